import Foundation

/// How numbers are written on pages, figures, the deck and `trace`, the way a lecturer writes them:
/// computed values with `precision` significant digits (0,1910; 0,0004123; 12,35), in scientific
/// notation (5,5·10⁻¹¹) when they are tiny or huge, values the teacher gave exactly as written
/// (η = 2, not 2,000), the language's decimal separator and a real minus sign.
public struct NumberFormat: Equatable, Hashable, Sendable {
    /// Significant digits of a computed value (at least 1).
    public var precision: Int
    /// "," or ".".
    public var decimalSeparator: String
    /// The real minus sign "−" (U+2212) for pages and figures; "-" for terminals and code.
    public var minusSign: String
    /// The sign between the mantissa and the power of ten: "·" in Spanish, "×" in English.
    public var timesSign: String
    /// The numbers the teacher wrote in the example file, by value, with their text as written
    /// ("2", "0.05", "-0.10"); `given(_:)` writes them that way.
    public var givenValues: [Double: String]

    /// Below this size (and from `largestPlain` up) a value is written in scientific notation.
    public static let smallestPlain = 1e-4
    /// From this size up a value is written in scientific notation.
    public static let largestPlain = 1e6

    public init(
        precision: Int, decimalSeparator: String, minusSign: String = "\u{2212}", timesSign: String? = nil,
        givenValues: [Double: String] = [:]
    ) {
        self.precision = max(1, precision)
        self.decimalSeparator = decimalSeparator
        self.minusSign = minusSign
        self.timesSign = timesSign ?? (decimalSeparator == "," ? "·" : "×")
        self.givenValues = givenValues
    }

    /// The default for a language: a decimal comma and "·" in Spanish, a point and "×" in English.
    public init(precision: Int, language: Language) {
        self.init(precision: precision, decimalSeparator: language == .spanish ? "," : ".",
                  timesSign: language == .spanish ? "·" : "×")
    }

    /// The string table's choice, `number.decimalSeparator` (so a teacher can switch Spanish pages
    /// and figures to a decimal point in Templates/strings/es.yaml), or the language's default.
    public init(precision: Int, strings: StringTable) {
        let standard = Self(precision: precision, language: strings.language)
        let separator = strings.strings[Self.separatorKey] ?? standard.decimalSeparator
        self.init(precision: precision, decimalSeparator: separator, timesSign: standard.timesSign)
    }

    /// The string-table key of the decimal separator.
    public static let separatorKey = "number.decimalSeparator"
    /// The decimal separators a string table may choose.
    public static let decimalSeparators = [",", "."]

    /// The same format, writing `values` as the teacher wrote them.
    public func giving(_ values: [Double: String]) -> NumberFormat {
        var format = self
        format.givenValues.merge(values) { first, _ in first }
        return format
    }

    /// A number split for typesetting: the mantissa as written (sign included) and, in scientific
    /// notation, the power of ten.
    public struct Parts: Equatable, Sendable {
        public var mantissa: String
        /// `nil` for plain notation.
        public var exponent: Int?

        public init(mantissa: String, exponent: Int? = nil) {
            self.mantissa = mantissa
            self.exponent = exponent
        }
    }

    /// `value` as a computed number: `precision` significant digits, e.g. −0,8090 or 0,0004123;
    /// scientific below `smallestPlain` and from `largestPlain` up; 0 as "0". Not-finite values must
    /// never reach a page; they are written as "∞", "−∞" or "?".
    public func parts(_ value: Double) -> Parts {
        guard value.isFinite else { return Parts(mantissa: value.isNaN ? "?" : (value < 0 ? minusSign + "∞" : "∞")) }
        guard value != 0 else { return Parts(mantissa: "0") }
        let sign = value < 0 ? minusSign : ""
        let size = abs(value)
        let digits = min(precision, 15)
        var exponent = Int(floor(log10(size)))
        // Rounding can carry into the next power of ten (9,99996 → 10,00).
        if Self.rounded(size / pow(10, Double(exponent)), decimals: digits - 1) >= 10 { exponent += 1 }
        if size < Self.smallestPlain || size >= Self.largestPlain {
            var mantissa = Self.fixed(size / pow(10, Double(exponent)), digits: digits - 1)
            if mantissa.contains(".") {
                while mantissa.hasSuffix("0") { mantissa.removeLast() }
                if mantissa.hasSuffix(".") { mantissa.removeLast() }
            }
            return Parts(mantissa: sign + localized(mantissa), exponent: exponent)
        }
        let decimals = max(0, digits - 1 - exponent)
        return Parts(mantissa: sign + localized(Self.fixed(size, digits: decimals)))
    }

    /// `value` as a computed number in one string (see `parts`): 0,1910, −0,8090, 5,5·10⁻¹¹.
    public func string(_ value: Double) -> String {
        let parts = parts(value)
        guard let exponent = parts.exponent else { return parts.mantissa }
        return parts.mantissa + timesSign + "10" + Self.superscript(exponent, minusSign: "⁻")
    }

    /// `value` as the teacher wrote it in the example file ("2", "0,05", "−0,10"), or as a computed
    /// number when it was not given.
    public func given(_ value: Double) -> String {
        guard let written = givenValues[value], !written.lowercased().contains("e") else { return string(value) }
        var text = written.hasPrefix("+") ? String(written.dropFirst()) : written
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        if text.hasPrefix(".") { text = "0" + text }
        if text.hasSuffix(".") { text.removeLast() }
        return (negative && value != 0 ? minusSign : "") + localized(text)
    }

    /// `value` with exactly `decimals` decimals, for the ticks of an axis, where every label shares
    /// the step's decimals (0; 0,05; 0,10; 0,15) rather than significant digits.
    public func tick(_ value: Double, decimals: Int) -> String {
        let plain = Self.fixed(abs(value), digits: max(0, min(decimals, 15)))
        let negative = value < 0 && plain.contains { $0 != "0" && $0 != "." }
        return (negative ? minusSign : "") + localized(plain)
    }

    /// A list of numbers in parentheses, separated so that the list cannot be confused with a decimal
    /// comma: (2; 3) with a decimal comma, (2, 3) with a point; one number alone stands without them.
    /// `write` formats each entry.
    public func list(_ values: [Double], _ write: (Double) -> String) -> String {
        values.count == 1 ? write(values[0]) : "(" + values.map(write).joined(separator: listSeparator) + ")"
    }

    /// "; " with a decimal comma, ", " with a decimal point.
    public var listSeparator: String { decimalSeparator == "," ? "; " : ", " }

    private func localized(_ plain: String) -> String {
        decimalSeparator == "." ? plain : plain.replacingEvery(".", with: decimalSeparator)
    }

    /// `exponent` in Unicode superscript digits, e.g. ⁻¹¹.
    public static func superscript(_ exponent: Int, minusSign: String = "⁻") -> String {
        let digits = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")
        return (exponent < 0 ? minusSign : "") + String(String(abs(exponent)).map { digits[Int(String($0))!] })
    }

    private static func rounded(_ value: Double, decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded() / scale
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
