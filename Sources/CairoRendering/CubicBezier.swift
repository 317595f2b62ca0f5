import FigureLayout

/// One cubic Bézier segment, for cutting a curve short of its end.
struct CubicBezier {
    var start: Point
    var control1: Point
    var control2: Point
    var end: Point

    func point(at t: Double) -> Point {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        return Point(
            x: a * start.x + b * control1.x + c * control2.x + d * end.x,
            y: a * start.y + b * control1.y + c * control2.y + d * end.y)
    }

    /// The last parameter, searching back from t = 1, whose point lies `distance` from `target`.
    func parameter(atDistance distance: Double, fromEnd target: Point) -> Double {
        var near = 1.0, far = 0.0
        for _ in 0..<40 {
            let middle = (near + far) / 2
            if point(at: middle).distance(to: target) < distance { near = middle } else { far = middle }
        }
        return (near + far) / 2
    }

    /// The part of the curve from t = 0 to `t` (de Casteljau).
    func prefix(upTo t: Double) -> CubicBezier {
        let p01 = start.interpolated(to: control1, by: t)
        let p12 = control1.interpolated(to: control2, by: t)
        let p23 = control2.interpolated(to: end, by: t)
        let p012 = p01.interpolated(to: p12, by: t)
        let p123 = p12.interpolated(to: p23, by: t)
        return CubicBezier(start: start, control1: p01, control2: p012, end: p012.interpolated(to: p123, by: t))
    }
}
