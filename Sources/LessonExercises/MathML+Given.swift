import LessonFormatting
import LessonMath

extension MathML {
    /// A given number with no more decimals than it has (up to the format's precision).
    public static func given(_ value: Double, _ format: NumberFormat) -> MathML {
        .value(value, format.shortest(for: [value]))
    }

    /// A given number as a factor or term: in parentheses when negative.
    public static func givenFactor(_ value: Double, _ format: NumberFormat) -> MathML {
        .factor(value, format.shortest(for: [value]))
    }
}
