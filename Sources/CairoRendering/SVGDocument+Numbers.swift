import FigureLayout

extension [UInt8] {
    /// Appends `value` rounded to `decimals` places, with "." as separator and no trailing zeros
    /// ("12.5", "-3", "0.01"): the same bytes in every locale and on every run, without going
    /// through a formatted string. Values too large for fixed point (never in a figure) fall back to Swift's printing.
    mutating func appendSVGNumber(_ value: Double, decimals: Int = 2) {
        let unit = Self.powersOfTen[decimals]
        let scaled = (value * Double(unit)).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else {
            append(contentsOf: (value.isFinite ? "\(value)" : "0").utf8)
            return
        }
        var number = Int(scaled)
        if number < 0 {
            append(UInt8(ascii: "-"))
            number = -number
        }
        appendDigits(number / unit)
        var fraction = number % unit
        guard fraction != 0 else { return }
        append(UInt8(ascii: "."))
        var divisor = unit / 10
        while fraction != 0 {
            append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    private mutating func appendDigits(_ number: Int) {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
            divisor /= 10
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let powersOfTen = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]

    /// Appends an SVG path command and its points: `M1 2`, `L3 4`, `C1 2 3 4 5 6`.
    mutating func appendPathCommand(_ command: Unicode.Scalar, _ points: some Sequence<Point>, decimals: Int = 2) {
        append(UInt8(ascii: command))
        var first = true
        for point in points {
            if !first { append(UInt8(ascii: " ")) }
            first = false
            appendSVGNumber(point.x, decimals: decimals)
            append(UInt8(ascii: " "))
            appendSVGNumber(point.y, decimals: decimals)
        }
    }

    /// Appends `#rrggbb`.
    mutating func appendHexColor(_ color: Color) {
        append(UInt8(ascii: "#"))
        for component in [color.red, color.green, color.blue] {
            let byte = Int((Swift.min(Swift.max(component, 0), 1) * 255).rounded())
            append(Self.hexDigits[byte >> 4])
            append(Self.hexDigits[byte & 0xF])
        }
    }
}
