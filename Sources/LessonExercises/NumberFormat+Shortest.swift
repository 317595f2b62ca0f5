import LessonFormatting
import LessonMath

extension NumberFormat {
    /// This format with as few decimals as write every one of `values` exactly (at most this
    /// format's precision), so that given weights and inputs such as 0.3 read 0.3, not 0.3000.
    public func shortest(for values: [Double]) -> NumberFormat {
        var format = self
        format.precision = (0...precision).first { digits in
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            return values.allSatisfy { abs(($0 * scale).rounded() - $0 * scale) < 1e-9 * max(1, abs($0 * scale)) }
        } ?? precision
        return format
    }
}

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
