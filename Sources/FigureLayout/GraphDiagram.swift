/// Places the nodes of a computational graph as boxes in columns by depth (a leaf sits just before
/// the first node that reads it) and draws each edge twice: solid forward, dashed backward. Edges
/// only join neighbouring columns. A column too tall for the figure is folded into sub-columns with
/// gaps between them and between their rows, and edges to or from a folded column follow those
/// gaps, so no line crosses a box.
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
    /// The gap between the sub-columns of a folded column, wide enough for two lanes of edges.
    private static let subColumnGap = 24.0
    /// A column is folded only down to this many rows.
    private static let minimumRows = 4
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

    /// Where a node sits: its box, and its place in its column's grid of sub-columns.
    private struct Slot {
        var frame = Rect(x: 0, y: 0, width: 0, height: 0)
        var column = 0
        var subColumn = 0
        /// The middle of the row gap just below the node's row.
        var gapBelow = 0.0
    }

    /// The x-extent of a column and how many sub-columns it is split into.
    private struct ColumnSpan {
        var minX: Double
        var maxX: Double
        var subColumns: Int
        var subColumnWidth: Double
    }

    /// Places the nodes: each depth is a column; a column taller than the others allow is folded
    /// into side-by-side sub-columns of equal rows, so the figure stays about as tall as it is wide.
    private func place(
        _ sizes: [(width: Double, height: Double)], depth: [Int]
    ) -> (slots: [Slot], columns: [ColumnSpan]) {
        let columnCount = (depth.max() ?? 0) + 1
        let members = (0..<columnCount).map { column in nodes.indices.filter { depth[$0] == column } }
        let widths = members.map { $0.map { sizes[$0].width }.max() ?? 0 }
        let rowHeights = members.map { $0.map { sizes[$0].height }.max() ?? 0 }
        func subColumns(_ column: Int, rows: Int) -> Int { max(1, (members[column].count + rows - 1) / rows) }
        func extent(rows: Int) -> (width: Double, height: Double) {
            var width = 0.0, height = 0.0
            for column in 0..<columnCount {
                let k = subColumns(column, rows: rows), count = members[column].count
                width += Double(k) * widths[column] + Double(k - 1) * Self.subColumnGap + Self.columnGap
                let shownRows = k == 1 ? count : rows
                height = max(height, Double(shownRows) * (rowHeights[column] + Self.rowGap))
            }
            return (width, height)
        }
        var rows = members.map(\.count).max() ?? 1
        while rows > Self.minimumRows, extent(rows: rows).height > extent(rows: rows).width { rows -= 1 }

        var slots = [Slot](repeating: Slot(), count: nodes.count)
        var columns: [ColumnSpan] = []
        var x = 0.0
        for column in 0..<columnCount {
            let k = subColumns(column, rows: rows), width = widths[column]
            if k == 1 {
                // One column: boxes stacked at their own heights, centred on y = 0.
                let indices = members[column]
                let height = indices.map { sizes[$0].height }.reduce(0, +) + Self.rowGap * Double(max(indices.count - 1, 0))
                var y = -height / 2
                for index in indices {
                    slots[index] = Slot(
                        frame: Rect(x: x + (width - sizes[index].width) / 2, y: y, width: sizes[index].width, height: sizes[index].height),
                        column: column, subColumn: 0, gapBelow: y + sizes[index].height + Self.rowGap / 2)
                    y += sizes[index].height + Self.rowGap
                }
            } else {
                // A grid of k sub-columns filled top to bottom, rows of equal height so that the gaps
                // between rows run straight across the column for edges to follow.
                let rowHeight = rowHeights[column] + Self.rowGap
                let top = -Double(rows) * rowHeight / 2
                for (position, index) in members[column].enumerated() {
                    let sub = position / rows, row = position % rows
                    let left = x + Double(sub) * (width + Self.subColumnGap)
                    let y = top + Double(row) * rowHeight + (rowHeights[column] - sizes[index].height) / 2
                    slots[index] = Slot(
                        frame: Rect(x: left + (width - sizes[index].width) / 2, y: y, width: sizes[index].width, height: sizes[index].height),
                        column: column, subColumn: sub, gapBelow: top + Double(row + 1) * rowHeight - Self.rowGap / 2)
                }
            }
            let columnWidth = Double(k) * width + Double(k - 1) * Self.subColumnGap
            columns.append(ColumnSpan(minX: x, maxX: x + columnWidth, subColumns: k, subColumnWidth: width))
            x += columnWidth + Self.columnGap
        }
        return (slots, columns)
    }

    /// The route of the edge from `source` to `reader` (in the next column), `lane` units off the
    /// middle (negative above: forward, positive below: backward), from the source's right side to
    /// the reader's left side. Straight when nothing stands between them; otherwise it leaves the
    /// source's sub-column by the gap beside it, follows the gap below the source's row out of the
    /// column, crosses to the gap below the reader's row and follows it to the gap before the reader.
    private func route(from source: Slot, to reader: Slot, columns: [ColumnSpan], lane: Double) -> [Point] {
        let start = Point(x: source.frame.maxX, y: source.frame.center.y + lane)
        let end = Point(x: reader.frame.minX, y: reader.frame.center.y + lane)
        let from = columns[source.column], to = columns[reader.column]
        let sourceIsLast = source.subColumn == from.subColumns - 1
        if sourceIsLast && reader.subColumn == 0 { return [start, end] }
        var points = [start]
        if !sourceIsLast {
            let corridor = from.minX + Double(source.subColumn + 1) * (from.subColumnWidth + Self.subColumnGap)
                - Self.subColumnGap / 2 + lane / 2
            let gap = source.gapBelow + lane / 2
            points += [Point(x: corridor, y: start.y), Point(x: corridor, y: gap), Point(x: from.maxX + Self.laneOffset, y: gap)]
        }
        if reader.subColumn > 0 {
            let corridor = to.minX + Double(reader.subColumn) * (to.subColumnWidth + Self.subColumnGap)
                - Self.subColumnGap / 2 + lane / 2
            let gap = reader.gapBelow + lane / 2
            points += [Point(x: to.minX - Self.laneOffset, y: gap), Point(x: corridor, y: gap), Point(x: corridor, y: end.y)]
        }
        return points + [end]
    }

    func scene(_ context: FigureContext) -> Scene {
        let theme = context.theme
        var placer = LabelPlacer(context: context)
        let depth = depths()
        let sizes = nodes.map { node -> (width: Double, height: Double) in
            let text = placer.size(of: node.lines)
            return (text.width + 2 * Self.padding.horizontal, text.height + 2 * Self.padding.vertical)
        }
        let (slots, columns) = place(sizes, depth: depth)
        let frames = slots.map(\.frame)

        var forward: [SceneItem] = []
        var backward: [SceneItem] = []
        for (index, node) in nodes.enumerated() {
            for input in node.inputs {
                let id = "edge-\(input)-\(index)"
                let ahead = route(from: slots[input], to: slots[index], columns: columns, lane: -Self.laneOffset)
                forward.append(.path(Path(
                    id: id + "-forward", start: ahead[0], segments: ahead.dropFirst().map { .line(to: $0) },
                    stroke: theme.forwardStroke, arrowAtEnd: true)))
                let back = Array(route(from: slots[input], to: slots[index], columns: columns, lane: Self.laneOffset).reversed())
                let segments: [Path.Segment]
                if back.count == 2 {
                    let (start, end) = (back[0], back[1])
                    let reach = (start.x - end.x) * 0.4
                    segments = [.curve(
                        control1: Point(x: start.x - reach, y: start.y + 16),
                        control2: Point(x: end.x + reach, y: end.y + 16), to: end)]
                } else {
                    segments = back.dropFirst().map { .line(to: $0) }
                }
                backward.append(.path(Path(
                    id: id + "-backward", start: back[0], segments: segments, stroke: theme.backwardStroke, arrowAtEnd: true)))
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
