import Foundation

/// How numbers are written on pages and figures: a fixed number of decimals, the language's decimal
/// separator, and a real minus sign (U+2212) rather than a hyphen.
public struct NumberFormat: Equatable, Hashable, Sendable {
    /// Digits after the decimal separator.
    public var precision: Int
    /// "," or ".".
    public var decimalSeparator: String
    /// The real minus sign "−" (U+2212) for pages and figures; "-" for terminals and code.
    public var minusSign: String

    public init(precision: Int, decimalSeparator: String, minusSign: String = "\u{2212}") {
        self.precision = precision
        self.decimalSeparator = decimalSeparator
        self.minusSign = minusSign
    }

    /// The default for a language: a decimal comma in Spanish, a point in English.
    public init(precision: Int, language: Language) {
        self.init(precision: precision, decimalSeparator: language == .spanish ? "," : ".")
    }

    /// The string table's choice, `number.decimalSeparator` (so a teacher can switch Spanish pages
    /// and figures to a decimal point in Templates/strings/es.yaml), or the language's default.
    public init(precision: Int, strings: StringTable) {
        let separator = strings.strings[Self.separatorKey] ?? Self(precision: precision, language: strings.language).decimalSeparator
        self.init(precision: precision, decimalSeparator: separator)
    }

    /// The string-table key of the decimal separator.
    public static let separatorKey = "number.decimalSeparator"
    /// The decimal separators a string table may choose.
    public static let decimalSeparators = [",", "."]

    /// `value` rounded to `precision` decimals, e.g. −0,8090. A value that rounds to zero is written
    /// without a sign. Not-finite values must never reach a page; they are written as "∞", "−∞" or "?".
    public func string(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "?" : (value < 0 ? minusSign + "∞" : "∞") }
        let plain = Self.fixed(abs(value), digits: max(0, min(precision, 15)))
        let negative = value < 0 && plain.contains { $0 != "0" && $0 != "." }
        let localized = decimalSeparator == "." ? plain : plain.replacingOccurrences(of: ".", with: decimalSeparator)
        return (negative ? minusSign : "") + localized
    }

    /// A non-negative value with exactly `digits` decimals, independent of the process locale.
    private static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard scaled < 1e18 else { return String(format: "%.\(digits)f", locale: nil, value) }
        let integer = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = String(integer / divisor)
        guard digits > 0 else { return whole }
        let fraction = String(integer % divisor)
        return whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
