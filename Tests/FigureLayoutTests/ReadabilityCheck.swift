import FigureLayout

/// Everything that makes a scene hard to read, one message per problem: a label off the canvas,
/// two labels overlapping, a label on a line, circle or box it does not belong to, a label outside
/// the circle it belongs to, or an owner that does not exist; a label touching an arrowhead; and
/// for a label that belongs to a line (issue 11, "edge labels that belong to their edge"): a label
/// whose box is not nearer to its own line than to any other by `ownEdgeMargin`, a label nearer
/// than `crossingDistance` to a point where two lines cross, and two labels of different lines
/// with the same text within `twinDistance` of each other (a cluster of look-alike numbers, where
/// a reader cannot tell which is which without tracing the lines). Lines and curves are sampled
/// every half unit, independently of the layout's own clipping arithmetic.
func readabilityProblems(_ scene: Scene) -> [String] {
    var problems: [String] = []
    let runs = scene.textRuns
    var circles: [Circle] = []
    var boxes: [Box] = []
    var paths: [Path] = []
    for item in scene.items {
        switch item {
        case .circle(let circle): circles.append(circle)
        case .box(let box): boxes.append(box)
        case .path(let path): paths.append(path)
        case .text: break
        }
    }
    let ids = Set(circles.compactMap(\.id) + boxes.compactMap(\.id) + paths.compactMap(\.id))
    let sampled = paths.map { ($0.id, samples(of: $0)) }
    let crossings = crossingPoints(paths)
    let arrowheads = paths.compactMap { path in arrowheadPoints(path).map { (path.id, $0) } }
    for (index, run) in runs.enumerated() {
        let box = run.bounds
        let name = "\"\(run.text)\""
        if !scene.canvas.insetBy(-0.01).contains(box) { problems.append("\(name) leaves the canvas: \(box)") }
        for other in runs[(index + 1)...] where box.overlaps(other.bounds) {
            problems.append("\(name) overlaps \"\(other.text)\"")
        }
        if let owner = run.owner, !ids.contains(owner) { problems.append("\(name) names a missing owner \(owner)") }
        for circle in circles where circle.id != run.owner && touches(box, circle) {
            problems.append("\(name) sits on circle \(circle.id ?? "?")")
        }
        // A figure may draw a neuron twice (a phone's figure, one layer pair under the other): its
        // name sits inside one of them.
        let own = circles.filter { $0.id == run.owner }
        if let circle = own.first, !own.contains(where: { inside(box, $0) }) {
            problems.append("\(name) leaves its circle \(circle.id ?? "?")")
        }
        for other in boxes where other.id != run.owner && box.overlaps(other.frame) {
            problems.append("\(name) sits on box \(other.id ?? "?")")
        }
        for (id, points) in sampled where id == nil || id != run.owner {
            if points.contains(where: { $0.x > box.minX && $0.x < box.maxX && $0.y > box.minY && $0.y < box.maxY }) {
                problems.append("\(name) sits on path \(id ?? "?")")
            }
        }
        for (id, head) in arrowheads where head.contains(where: { rectDistance(box, $0) < arrowheadClearance }) {
            problems.append("\(name) touches the arrowhead of \(id ?? "?")")
        }
        if let owner = run.owner, let own = sampled.first(where: { $0.0 == owner })?.1 {
            // Measured from the label's box, not its centre: a wide label whose end reaches towards
            // another line reads as that line's.
            func distance(_ points: [Point]) -> Double { points.map { rectDistance(box, $0) }.min()! }
            let ownDistance = distance(own)
            for (id, points) in sampled where id != owner && distance(points) < ownDistance + ownEdgeMargin {
                problems.append("\(name) is about as near to path \(id ?? "?") as to its own \(owner)")
            }
            for crossing in crossings where rectDistance(box, crossing) < crossingDistance {
                problems.append("\(name) is \(rectDistance(box, crossing)) from a crossing at \(crossing)")
            }
            for other in runs[(index + 1)...] where other.text == run.text && other.owner != owner
                && paths.contains(where: { $0.id == other.owner }) && rectGap(box, other.bounds) < twinDistance {
                problems.append("\(name) of \(owner) is \(rectGap(box, other.bounds)) from the same text of \(other.owner!)")
            }
        }
    }
    return problems
}

/// How much nearer a line's label box must be to its own line than to any other.
let ownEdgeMargin = 10.0
/// How far a line's label must stay from any crossing of two lines.
let crossingDistance = 18.0
/// How far apart two labels of different lines with the same text must be.
let twinDistance = 40.0
/// How far every label stays from every arrowhead.
let arrowheadClearance = 1.0

/// The gap between two rectangles (0 when they touch or overlap).
private func rectGap(_ a: Rect, _ b: Rect) -> Double {
    let dx = max(a.minX - b.maxX, 0, b.minX - a.maxX), dy = max(a.minY - b.maxY, 0, b.minY - a.maxY)
    return (dx * dx + dy * dy).squareRoot()
}

/// Points filling the arrowhead that ends `path`, if it has one, half a unit apart: a triangle
/// `Stroke.arrowheadLength` long and 0.84 times as wide at its base (as the renderers draw it).
private func arrowheadPoints(_ path: Path) -> [Point]? {
    guard path.arrowAtEnd, let last = path.segments.last else { return nil }
    let before: Point = switch last {
    case .line: path.segments.count > 1 ? path.segments[path.segments.count - 2].end : path.start
    case .curve(_, let c2, _): c2
    }
    let tip = last.end
    let dx = tip.x - before.x, dy = tip.y - before.y
    let length = (dx * dx + dy * dy).squareRoot()
    guard length > 0 else { return nil }
    let (ux, uy) = (dx / length, dy / length)
    let head = path.stroke.arrowheadLength, halfWidth = head * 0.42
    var points: [Point] = []
    for i in 0...Int(head * 2) {
        let along = Double(i) / 2, half = halfWidth * along / head
        for j in 0...max(Int(half * 4), 1) {
            let across = -half + 2 * half * Double(j) / Double(max(Int(half * 4), 1))
            points.append(Point(x: tip.x - ux * along - uy * across, y: tip.y - uy * along + ux * across))
        }
    }
    return points
}

private func rectDistance(_ box: Rect, _ point: Point) -> Double {
    let dx = max(box.minX - point.x, 0, point.x - box.maxX), dy = max(box.minY - point.y, 0, point.y - box.maxY)
    return (dx * dx + dy * dy).squareRoot()
}

/// Where straight segments of two different paths cross, away from their ends.
private func crossingPoints(_ paths: [Path]) -> [Point] {
    let segments = paths.enumerated().flatMap { index, path -> [(Int, Point, Point)] in
        let points = [path.start] + path.segments.map(\.end)
        return zip(points, points.dropFirst()).map { (index, $0, $1) }
    }
    var points: [Point] = []
    for (i, a) in segments.enumerated() {
        for b in segments[(i + 1)...] where a.0 != b.0 {
            let r = Point(x: a.2.x - a.1.x, y: a.2.y - a.1.y), s = Point(x: b.2.x - b.1.x, y: b.2.y - b.1.y)
            let denominator = r.x * s.y - r.y * s.x
            guard abs(denominator) > 1e-9 else { continue }
            let q = Point(x: b.1.x - a.1.x, y: b.1.y - a.1.y)
            let t = (q.x * s.y - q.y * s.x) / denominator, u = (q.x * r.y - q.y * r.x) / denominator
            if t > 0.02, t < 0.98, u > 0.02, u < 0.98 { points.append(Point(x: a.1.x + r.x * t, y: a.1.y + r.y * t)) }
        }
    }
    return points
}

/// Points along the path at most half a unit apart.
private func samples(of path: Path) -> [Point] {
    var points: [Point] = []
    var current = path.start
    func line(_ a: Point, _ b: Point) {
        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        let steps = max(Int(length * 2), 1)
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            points.append(Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t))
        }
    }
    for segment in path.segments {
        switch segment {
        case .line(let to):
            line(current, to)
        case .curve(let c1, let c2, let to):
            var previous = current
            for step in 1...400 {
                let t = Double(step) / 400, u = 1 - t
                let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                let next = Point(
                    x: a * current.x + b * c1.x + c * c2.x + d * to.x, y: a * current.y + b * c1.y + c * c2.y + d * to.y)
                line(previous, next)
                previous = next
            }
        }
        current = segment.end
    }
    return points
}

private func touches(_ box: Rect, _ circle: Circle) -> Bool {
    let x = min(max(circle.center.x, box.minX), box.maxX), y = min(max(circle.center.y, box.minY), box.maxY)
    let dx = x - circle.center.x, dy = y - circle.center.y
    return dx * dx + dy * dy < circle.radius * circle.radius
}

private func inside(_ box: Rect, _ circle: Circle) -> Bool {
    [(box.minX, box.minY), (box.maxX, box.minY), (box.minX, box.maxY), (box.maxX, box.maxY)].allSatisfy {
        let dx = $0.0 - circle.center.x, dy = $0.1 - circle.center.y
        return dx * dx + dy * dy <= circle.radius * circle.radius
    }
}
