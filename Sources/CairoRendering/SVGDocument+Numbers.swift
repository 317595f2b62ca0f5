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

    /// Appends a figure's line as path data in hundredths of a unit (the figures' precision): `M`
    /// and `C` absolute, each straight piece as `L` to its end or `l` by its step from the point
    /// before, whichever is shorter, a letter left out after the same letter, no separator before a
    /// minus sign, and `Z` when `closed`. Steps are differences of coordinates already rounded, so
    /// they never add up to a drift: every point is the one the absolute form names.
    mutating func appendFigurePath(from start: Point, _ segments: [Path.Segment], closed: Bool = false) {
        func hundredths(_ point: Point) -> (x: Int, y: Int) {
            (Int((point.x * 100).rounded()), Int((point.y * 100).rounded()))
        }
        var previous: UInt8 = 0
        var afterNumber = false
        func command(_ letter: Unicode.Scalar) {
            if UInt8(ascii: letter) != previous {
                append(UInt8(ascii: letter))
                afterNumber = false
            }
            previous = UInt8(ascii: letter)
        }
        func pair(_ point: (x: Int, y: Int)) {
            for value in [point.x, point.y] {
                if afterNumber && value >= 0 { append(UInt8(ascii: " ")) }
                appendHundredths(value)
                afterNumber = true
            }
        }
        var current = hundredths(start)
        command("M")
        pair(current)
        for segment in segments {
            switch segment {
            case .line(let to):
                let end = hundredths(to), step = (x: end.x - current.x, y: end.y - current.y)
                func length(_ letter: Unicode.Scalar, _ point: (x: Int, y: Int)) -> Int {
                    // The letter, or where it is left out a space before a number without a sign.
                    (UInt8(ascii: letter) != previous || point.x >= 0 ? 1 : 0) + Self.hundredthsLength(point.x)
                        + (point.y < 0 ? 0 : 1) + Self.hundredthsLength(point.y)
                }
                if length("l", step) < length("L", end) {
                    command("l")
                    pair(step)
                } else {
                    command("L")
                    pair(end)
                }
                current = end
            case .curve(let control1, let control2, let to):
                command("C")
                for point in [control1, control2, to] { pair(hundredths(point)) }
                current = hundredths(to)
            }
        }
        if closed { append(UInt8(ascii: "Z")) }
    }

    /// Appends `value` hundredths as a decimal number without trailing zeros ("12.5", "-3", "0.01").
    private mutating func appendHundredths(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(abs(value) / 100)
        let fraction = abs(value) % 100
        guard fraction != 0 else { return }
        append(UInt8(ascii: "."))
        append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

    /// How many bytes `appendHundredths` writes for `value`.
    private static func hundredthsLength(_ value: Int) -> Int {
        var digits = 1, whole = abs(value) / 100
        while whole >= 10 {
            digits += 1
            whole /= 10
        }
        let fraction = abs(value) % 100
        return (value < 0 ? 1 : 0) + digits + (fraction == 0 ? 0 : fraction % 10 == 0 ? 2 : 3)
    }

    /// Appends `commands` as compact path data: coordinates rounded to whole units, each relative to
    /// the current point (`m`, `l`, `h`, `v`, `c`, `z`), a command repeated without its letter, and no
    /// separator before a minus sign. Rounding is done on the absolute coordinates, so it never adds
    /// up along a contour. For glyph outlines at 1000 units per em, a unit is 0.001 em.
    /// A cubic that is a quadratic raised in degree (as Cairo gives TrueType's curves, DejaVu Sans's)
    /// is written as that quadratic (`q`), or as `t` when its control point is the previous one's
    /// reflection (TrueType's implied on-curve points) to within a unit.
    mutating func appendCompactPath(_ commands: some Sequence<PathCommand>) {
        var current = (x: 0, y: 0), start = (x: 0, y: 0)
        // The current point before rounding, and the control point of the last quadratic (for `t`).
        var exact = Point(x: 0, y: 0), exactStart = Point(x: 0, y: 0)
        var lastControl: (x: Int, y: Int)?
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
                exactStart = to
                lastControl = nil
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
                lastControl = nil
            case .curve(let control1, let control2, let to):
                let point = rounded(to)
                if let control = Self.quadraticControl(from: exact, control1, control2, to) {
                    let control = rounded(control)
                    let reflected = lastControl.map { (x: 2 * current.x - $0.x, y: 2 * current.y - $0.y) }
                    if let reflected, abs(reflected.x - control.x) <= 1, abs(reflected.y - control.y) <= 1 {
                        command("t")
                        relative(point)
                        lastControl = reflected
                    } else {
                        command("q")
                        relative(control)
                        relative(point)
                        lastControl = control
                    }
                } else {
                    command("c")
                    for point in [rounded(control1), rounded(control2)] { relative(point) }
                    relative(point)
                    lastControl = nil
                }
                current = point
            case .close:
                command("z")
                current = start
                lastControl = nil
            }
            switch element {
            case .move(let to), .line(let to), .curve(_, _, let to): exact = to
            case .close: exact = exactStart
            }
        }
    }

    /// The control point of the quadratic from `start` to `end` that the cubic with these control
    /// points is (each cubic control point two thirds of the way from its end to it), or nil.
    private static func quadraticControl(from start: Point, _ control1: Point, _ control2: Point, _ end: Point) -> Point? {
        let fromStart = Point(x: start.x + 1.5 * (control1.x - start.x), y: start.y + 1.5 * (control1.y - start.y))
        let fromEnd = Point(x: end.x + 1.5 * (control2.x - end.x), y: end.y + 1.5 * (control2.y - end.y))
        guard abs(fromStart.x - fromEnd.x) < 0.01, abs(fromStart.y - fromEnd.y) < 0.01 else { return nil }
        return Point(x: (fromStart.x + fromEnd.x) / 2, y: (fromStart.y + fromEnd.y) / 2)
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
