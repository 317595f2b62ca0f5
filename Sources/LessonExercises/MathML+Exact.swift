import LessonFormatting
import LessonMath

extension MathML {
    /// A number of an exercise's givens written exactly, with no more significant digits than it has
    /// (at most the format's precision): 0,3 rather than 0,3000, so that a student copies what is there.
    public static func exact(_ value: Double, _ format: NumberFormat) -> MathML {
        .value(value, format.shortest(for: [value]))
    }

    /// `exact` as a factor or term: in parentheses when negative.
    public static func exactFactor(_ value: Double, _ format: NumberFormat) -> MathML {
        .factor(value, format.shortest(for: [value]))
    }
}
