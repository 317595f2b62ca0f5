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

    /// Appends `commands` as compact path data: coordinates rounded to whole units, each relative to
    /// the current point (`m`, `l`, `h`, `v`, `c`, `z`), a command repeated without its letter, and no
    /// separator before a minus sign. Rounding is done on the absolute coordinates, so it never adds
    /// up along a contour. For glyph outlines at 1000 units per em, a unit is 0.001 em.
    mutating func appendCompactPath(_ commands: some Sequence<PathCommand>) {
        var current = (x: 0, y: 0), start = (x: 0, y: 0)
        var previous: UInt8 = 0
        var afterNumber = false
        func command(_ letter: Unicode.Scalar) {
            let byte = UInt8(ascii: letter)
            // A command repeated after its own numbers needs no letter (a repeated `m` would mean `l`).
            if byte != previous || letter == "m" || letter == "z" {
                append(byte)
                afterNumber = false
            }
            previous = letter == "m" ? UInt8(ascii: "l") : byte
        }
        func number(_ value: Int) {
            if afterNumber && value >= 0 { append(UInt8(ascii: " ")) }
            appendSVGNumber(Double(value), decimals: 0)
            afterNumber = true
        }
        func rounded(_ point: Point) -> (x: Int, y: Int) { (Int(point.x.rounded()), Int(point.y.rounded())) }
        func relative(_ point: (x: Int, y: Int)) {
            number(point.x - current.x)
            number(point.y - current.y)
        }
        for element in commands {
            switch element {
            case .move(let to):
                let point = rounded(to)
                command("m")
                relative(point)
                current = point
                start = point
            case .line(let to):
                let point = rounded(to)
                if point.y == current.y {
                    command("h")
                    number(point.x - current.x)
                } else if point.x == current.x {
                    command("v")
                    number(point.y - current.y)
                } else {
                    command("l")
                    relative(point)
                }
                current = point
            case .curve(let control1, let control2, let to):
                command("c")
                for point in [rounded(control1), rounded(control2)] { relative(point) }
                let point = rounded(to)
                relative(point)
                current = point
            case .close:
                command("z")
                current = start
            }
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

/// One command of a path in absolute coordinates, for `appendCompactPath`.
enum PathCommand {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    case close
}
