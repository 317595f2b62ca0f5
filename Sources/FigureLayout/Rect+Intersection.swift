/// The tests that keep labels readable: does a label's box touch a line, a circle or another box?
extension Rect {
    /// Whether the segment from `a` to `b` passes through this rectangle (Liang–Barsky clipping).
    func intersects(segmentFrom a: Point, to b: Point) -> Bool {
        let dx = b.x - a.x, dy = b.y - a.y
        var low = 0.0, high = 1.0
        // One edge of the rectangle at a time, without an array: labels are placed by the thousand.
        return Self.clip(-dx, a.x - minX, &low, &high) && Self.clip(dx, maxX - a.x, &low, &high)
            && Self.clip(-dy, a.y - minY, &low, &high) && Self.clip(dy, maxY - a.y, &low, &high)
    }

    /// One step of Liang–Barsky clipping: narrows `low`…`high` to the part of the segment inside
    /// one edge; false if none of it is.
    private static func clip(_ p: Double, _ q: Double, _ low: inout Double, _ high: inout Double) -> Bool {
        if p == 0 { return q >= 0 }
        let t = q / p
        if p < 0 { low = max(low, t) } else { high = min(high, t) }
        return low <= high
    }

    /// Whether the disc of `radius` around `center` shares area with this rectangle.
    func intersects(circleAt center: Point, radius: Double) -> Bool {
        let nearestX = min(max(center.x, minX), maxX)
        let nearestY = min(max(center.y, minY), maxY)
        let dx = center.x - nearestX, dy = center.y - nearestY
        return dx * dx + dy * dy < radius * radius
    }

    /// How far `point` is from this rectangle (0 inside it).
    func distance(to point: Point) -> Double {
        let dx = max(minX - point.x, 0, point.x - maxX), dy = max(minY - point.y, 0, point.y - maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// How far the segment from `a` to `b` is from this rectangle (0 where it passes through it).
    func distance(toSegmentFrom a: Point, to b: Point) -> Double {
        if intersects(segmentFrom: a, to: b) { return 0 }
        let dx = b.x - a.x, dy = b.y - a.y, lengthSquared = dx * dx + dy * dy
        func fromSegment(_ x: Double, _ y: Double) -> Double {
            let t = lengthSquared == 0 ? 0 : min(max(((x - a.x) * dx + (y - a.y) * dy) / lengthSquared, 0), 1)
            let ex = a.x + t * dx - x, ey = a.y + t * dy - y
            return (ex * ex + ey * ey).squareRoot()
        }
        return min(
            min(distance(to: a), distance(to: b)),
            min(min(fromSegment(minX, minY), fromSegment(maxX, minY)), min(fromSegment(minX, maxY), fromSegment(maxX, maxY))))
    }

    /// How far `other` is from this rectangle (0 where they touch or overlap).
    func distance(to other: Rect) -> Double {
        let dx = max(other.minX - maxX, 0, minX - other.maxX), dy = max(other.minY - maxY, 0, minY - other.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The smallest rectangle holding the points `a` and `b`.
    init(spanning a: Point, _ b: Point) {
        self.init(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }

    /// The smallest rectangle holding both.
    func union(_ other: Rect) -> Rect {
        let x0 = min(minX, other.minX), y0 = min(minY, other.minY)
        return Rect(x: x0, y: y0, width: max(maxX, other.maxX) - x0, height: max(maxY, other.maxY) - y0)
    }
}

extension Path {
    /// The path as a polyline, each Bézier segment flattened into `samplesPerCurve` chords.
    func polyline(samplesPerCurve: Int = 32) -> [Point] {
        var points = [start]
        var current = start
        for segment in segments {
            switch segment {
            case .line(let to):
                points.append(to)
            case .curve(let c1, let c2, let to):
                for step in 1...samplesPerCurve {
                    points.append(Self.bezier(current, c1, c2, to, t: Double(step) / Double(samplesPerCurve)))
                }
            }
            current = segment.end
        }
        return points
    }

    /// The point at `t` of the cubic Bézier p0 c1 c2 p3.
    static func bezier(_ p0: Point, _ c1: Point, _ c2: Point, _ p3: Point, t: Double) -> Point {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        return Point(x: a * p0.x + b * c1.x + c * c2.x + d * p3.x, y: a * p0.y + b * c1.y + c * c2.y + d * p3.y)
    }
}
