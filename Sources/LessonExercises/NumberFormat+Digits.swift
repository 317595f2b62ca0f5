import LessonFormatting

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

    /// Whether `value` written with this format has a digit other than zero.
    func showsNonZero(_ value: Double) -> Bool {
        string(value).contains { $0.isNumber && $0 != "0" }
    }

    /// Whether `value` written with this format has at least two significant digits (0,0012, not 0,0004).
    func showsTwoSignificantDigits(_ value: Double) -> Bool {
        let digits = string(value).filter(\.isNumber).drop { $0 == "0" }
        return digits.count >= 2
    }
}
