import Foundation
import LessonFormatting

extension NumberFormat {
    /// This format with as few significant digits as write every one of `values` exactly (at most
    /// this format's precision), so that given weights and inputs such as 0.3 read 0,3, not 0,3000.
    public func shortest(for values: [Double]) -> NumberFormat {
        var format = self
        format.precision = (1...max(1, precision)).first { digits in
            values.allSatisfy { value in
                guard value != 0, value.isFinite else { return true }
                var scale = 1.0
                let exponent = Int((abs(value)).log10Floor)
                for _ in 0..<max(0, digits - 1 - exponent) { scale *= 10 }
                for _ in 0..<max(0, exponent - digits + 1) { scale /= 10 }
                return abs((value * scale).rounded() - value * scale) < 1e-9 * max(1, abs(value * scale))
            }
        } ?? precision
        return format
    }

    /// Whether `value` is large enough to be worked by hand: it reads in plain notation, not as a
    /// power of ten that a calculator rounds away.
    func showsNonZero(_ value: Double) -> Bool {
        abs(value) >= Self.smallestPlain
    }

    /// Whether `value` has at least two significant digits before the first zero a student would round
    /// to (|value| ≥ 0,001): δ and ∂C/∂w of an exercise are never tiny.
    func showsTwoSignificantDigits(_ value: Double) -> Bool {
        abs(value) >= 1e-3
    }
}

private extension Double {
    var log10Floor: Double { (Foundation.log10(self)).rounded(.down) }
}
