import FigureLayout

extension Path {
    /// The direction in which the path arrives at its end (not normalised): towards the end from
    /// the last distinct control point of the last segment.
    var endTangent: Point {
        guard let last = segments.last else { return Point(x: 0, y: 0) }
        let end = last.end
        let previousEnd = segments.dropLast().last?.end ?? start
        let candidates: [Point] =
            switch last {
            case .line: [previousEnd]
            case .curve(let control1, let control2, _): [control2, control1, previousEnd]
            }
        for candidate in candidates where candidate != end {
            return Point(x: end.x - candidate.x, y: end.y - candidate.y)
        }
        return Point(x: 0, y: 0)
    }

    /// The path with its last segment shortened by `distance` (measured as a straight line back
    /// from the end), so an arrowhead can cover the end. Segments shorter than that stay whole.
    func trimmingEnd(by distance: Double) -> Path {
        guard let last = segments.last, distance > 0 else { return self }
        let segmentStart = segments.dropLast().last?.end ?? start
        var trimmed = self
        switch last {
        case .line(let end):
            let length = segmentStart.distance(to: end)
            guard length > distance else { return self }
            let keep = (length - distance) / length
            trimmed.segments[segments.count - 1] = .line(to: segmentStart.interpolated(to: end, by: keep))
        case .curve(let control1, let control2, let end):
            let bezier = CubicBezier(start: segmentStart, control1: control1, control2: control2, end: end)
            guard segmentStart.distance(to: end) > distance else { return self }
            let head = bezier.prefix(upTo: bezier.parameter(atDistance: distance, fromEnd: end))
            trimmed.segments[segments.count - 1] = .curve(control1: head.control1, control2: head.control2, to: head.end)
        }
        return trimmed
    }
}
