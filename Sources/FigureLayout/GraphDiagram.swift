/// Places the nodes of a computational graph as boxes in columns by depth (a leaf sits just before
/// the first node that reads it) and draws each edge twice: solid forward, dashed and curved
/// backward. Edges only join neighbouring columns and curves stay in the gap between them, so no
/// line crosses a box.
struct GraphDiagram {
    struct Node {
        /// The name, the value and the gradient.
        var lines: [TextLine]
        /// Indices of the nodes it reads, each smaller than its own.
        var inputs: [Int]
    }

    var nodes: [Node]
    var notes: [[TextLine]]
    var title: String

    private static let padding = (horizontal: 8.0, vertical: 5.0)
    private static let columnGap = 64.0
    private static let rowGap = 16.0
    /// How far forward and backward edges sit above and below a box's middle.
    private static let laneOffset = 5.0

    /// The column of each node: 1 + the deepest input for computed nodes, one before the first
    /// reader for leaves.
    func depths() -> [Int] {
        var depth = [Int](repeating: 0, count: nodes.count)
        for (index, node) in nodes.enumerated() where !node.inputs.isEmpty {
            depth[index] = 1 + node.inputs.map { depth[$0] }.max()!
        }
        var firstReader = [Int?](repeating: nil, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            for input in node.inputs { firstReader[input] = min(firstReader[input] ?? depth[index], depth[index]) }
        }
        for (index, node) in nodes.enumerated() where node.inputs.isEmpty {
            if let reader = firstReader[index] { depth[index] = reader - 1 }
        }
        return depth
    }

    func scene(_ context: FigureContext) -> Scene {
        let theme = context.theme
        var placer = LabelPlacer(context: context)
        let depth = depths()
        let sizes = nodes.map { node -> (width: Double, height: Double) in
            let text = placer.size(of: node.lines)
            return (text.width + 2 * Self.padding.horizontal, text.height + 2 * Self.padding.vertical)
        }
        let columnCount = (depth.max() ?? 0) + 1
        var frames = [Rect](repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: nodes.count)
        var x = 0.0
        for column in 0..<columnCount {
            let members = nodes.indices.filter { depth[$0] == column }
            let width = members.map { sizes[$0].width }.max() ?? 0
            let height = members.map { sizes[$0].height }.reduce(0, +) + Self.rowGap * Double(max(members.count - 1, 0))
            var y = -height / 2
            for index in members {
                frames[index] = Rect(
                    x: x + (width - sizes[index].width) / 2, y: y, width: sizes[index].width, height: sizes[index].height)
                y += sizes[index].height + Self.rowGap
            }
            x += width + Self.columnGap
        }

        var forward: [SceneItem] = []
        var backward: [SceneItem] = []
        for (index, node) in nodes.enumerated() {
            let reader = frames[index]
            for input in node.inputs {
                let source = frames[input]
                let id = "edge-\(input)-\(index)"
                forward.append(.path(Path(
                    id: id + "-forward", start: Point(x: source.maxX, y: source.center.y - Self.laneOffset),
                    segments: [.line(to: Point(x: reader.minX, y: reader.center.y - Self.laneOffset))],
                    stroke: theme.forwardStroke, arrowAtEnd: true)))
                let start = Point(x: reader.minX, y: reader.center.y + Self.laneOffset)
                let end = Point(x: source.maxX, y: source.center.y + Self.laneOffset)
                let reach = (start.x - end.x) * 0.4
                backward.append(.path(Path(
                    id: id + "-backward", start: start,
                    segments: [.curve(
                        control1: Point(x: start.x - reach, y: start.y + 16),
                        control2: Point(x: end.x + reach, y: end.y + 16), to: end)],
                    stroke: theme.backwardStroke, arrowAtEnd: true)))
            }
        }
        let boxes = frames.indices.map { index in
            SceneItem.box(Box(
                frame: frames[index], cornerRadius: 6, fill: theme.color(.neuronFill),
                stroke: Stroke(color: theme.color(.neuronStroke), width: 1.2), id: "node-\(index)"))
        }
        let shapes = forward + backward + boxes
        shapes.forEach { placer.avoid($0) }
        for (index, node) in nodes.enumerated() {
            placer.insist(node.lines, at: .init(point: frames[index].center), owner: "node-\(index)")
        }
        let bounds = Scene(width: 0, height: 0, background: nil, items: shapes).contentBounds!
        var top = bounds.maxY + 14
        for lines in notes {
            let height = placer.size(of: lines).height
            placer.insist(lines, at: .init(point: Point(x: bounds.minX, y: top + height / 2), alignment: .leading))
            top += height + 4
        }
        return Scene(
            width: 0, height: 0, background: theme.background, items: shapes + placer.runs.map(SceneItem.text),
            title: title
        ).fitted(margin: 12)
    }
}
