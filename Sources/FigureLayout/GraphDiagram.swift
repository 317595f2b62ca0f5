/// Places the nodes of a computational graph as boxes on a grid the figure chooses (a column and a
/// row for each node, in bands stacked top to bottom when the graph is folded) and draws each edge
/// twice: solid forward from the input's right side to the reader's left side, and dashed backward
/// as the same line shifted a few units down, its arrowhead in the input. Every edge has its own
/// port on both boxes, so arrowheads spread along a side instead of piling onto one point. An edge
/// that skips a column crosses it along a lane the figure keeps free of boxes (the row of the
/// reader's port, or, from a node that `runsLevel`, its own row); an edge to a later band leaves its
/// column, runs along the gap between the bands and comes back down to the reader's lane.
struct GraphDiagram {
    struct Node {
        /// The name, the value and the gradient (none for a node without one, e.g. a target).
        var lines: [TextLine]
        /// Indices of the nodes it reads, each smaller than its own.
        var inputs: [Int]
        /// The column of the grid (shared by every band).
        var column: Int
        /// The row within its band, in rows of the tallest box; fractional rows are allowed.
        var row: Double
        /// The band (a folded row of the graph), 0 for the top one.
        var band = 0
        /// Whether the node has a gradient; backward edges only run into nodes that have one.
        var hasGradient = true
        /// Whether an edge from it that skips columns runs level with it across them (through the
        /// gap between two boxes of the column it crosses) and turns to its reader in the last gap,
        /// rather than turning first and running level with the reader's port.
        var runsLevel = false
    }

    /// Where the key of the strokes goes: in a row under the graph, or stacked in the graph's top
    /// right corner when that corner is clear (a slide's part, where height is scarce).
    enum KeyPlacement {
        case below
        case topRight
        /// No key: where it is said in words beside the figure.
        case none
    }

    var nodes: [Node]
    /// The key of the strokes, drawn above the notes.
    var keys: [LegendKey]
    var notes: [[TextLine]]
    var title: String
    /// What the figure shows, above it (a slide's part that shows some of a step).
    var heading: String?
    var keyPlacement = KeyPlacement.below
    /// How wide a gap between columns is for each unit an edge across it rises or falls (up to
    /// 220): the wider, the less steep the edge, and the further apart its backward twin.
    var runPerRise = 0.5

    private static let padding = (horizontal: 8.0, vertical: 5.0)
    /// The narrowest gap between columns.
    private static let columnGap = 40.0
    /// The gap between columns that only level edges cross (see `Node.runsLevel`).
    private static let levelGap = 22.0
    /// Space between the boxes of a column, and the minimum between bands.
    private static let rowGap = 16.0
    private static let bandGap = 44.0
    /// Distance between the ports of two edges on one side of a box.
    private static let portPitch = 16.0
    /// How far a backward edge runs below its forward edge.
    static let backwardOffset = 7.0
    /// Where a lane starts, left of the column it crosses.
    private static let laneLead = 12.0

    private struct Edge {
        var source: Int
        var reader: Int
    }

    private var edges: [Edge] {
        nodes.indices.flatMap { index in nodes[index].inputs.map { Edge(source: $0, reader: index) } }
    }

    func scene(_ context: FigureContext) -> Scene {
        let theme = context.theme
        var placer = LabelPlacer(context: context)
        let edges = self.edges
        let outgoing = nodes.indices.map { index in edges.indices.filter { edges[$0].source == index } }
        let incoming = nodes.indices.map { index in edges.indices.filter { edges[$0].reader == index } }

        // Box sizes: the text, or the ports, whichever needs more height. Rows are as tall as the
        // tallest text; a box made taller by its ports (a sum, an activation read by many) grows
        // into the room its column leaves, and the rows grow only if that room is too small.
        let textHeights = nodes.map { placer.size(of: $0.lines).height + 2 * Self.padding.vertical }
        let sizes = nodes.indices.map { index -> (width: Double, height: Double) in
            let ports = Double(max(outgoing[index].count, incoming[index].count)) * Self.portPitch + 4
            return (placer.size(of: nodes[index].lines).width + 2 * Self.padding.horizontal, max(textHeights[index], ports))
        }
        var pitch = (textHeights.max() ?? 0) + Self.rowGap
        let byColumn = Dictionary(grouping: nodes.indices) { nodes[$0].band * 10_000 + nodes[$0].column }
        for members in byColumn.values {
            let sorted = members.sorted { nodes[$0].row < nodes[$1].row }
            for (a, b) in zip(sorted, sorted.dropFirst()) where nodes[b].row > nodes[a].row {
                let needed = (sizes[a].height + sizes[b].height) / 2 + Self.rowGap / 2
                pitch = max(pitch, needed / (nodes[b].row - nodes[a].row))
            }
        }
        let columnCount = (nodes.map(\.column).max() ?? 0) + 1
        var widths = [Double](repeating: 0, count: columnCount)
        for index in nodes.indices { widths[nodes[index].column] = max(widths[nodes[index].column], sizes[index].width) }

        // Bands: their top edges, each band as tall as its rows.
        let bandCount = (nodes.map(\.band).max() ?? 0) + 1
        var bandTop = [Double](repeating: 0, count: bandCount)
        var bandBottom = [Double](repeating: 0, count: bandCount)
        for band in 0..<bandCount {
            let rows = nodes.filter { $0.band == band }.map(\.row)
            let top = band == 0 ? 0 : bandBottom[band - 1] + Self.bandGap
            bandTop[band] = top + pitch / 2 - (rows.min() ?? 0) * pitch
            bandBottom[band] = bandTop[band] + (rows.max() ?? 0) * pitch + pitch / 2
        }
        func centerY(_ index: Int) -> Double { bandTop[nodes[index].band] + nodes[index].row * pitch }

        // Column gaps: wide enough that the steepest edge across a gap stays readable.
        // A gap that only level edges cross straight (no edge turns or starts a slope in it) needs
        // no more than room for their lines.
        let sloped = Set(edges.flatMap { edge in
            let (source, reader) = (nodes[edge.source], nodes[edge.reader])
            if runsLevel(edge) { return [reader.column - 1] }
            return source.band == reader.band ? [source.column] : [source.column, reader.column - 1]
        })
        var gaps = (0..<max(columnCount - 1, 0)).map { sloped.contains($0) ? Self.columnGap : Self.levelGap }
        for edge in edges where nodes[edge.source].band == nodes[edge.reader].band {
            // A level edge turns in the gap before its reader; any other in the gap after its source.
            let gap = runsLevel(edge) ? nodes[edge.reader].column - 1 : nodes[edge.source].column
            guard gap < gaps.count else { continue }
            gaps[gap] = max(gaps[gap], min(abs(centerY(edge.reader) - centerY(edge.source)) * runPerRise, 220))
        }
        var columnX = [Double](repeating: 0, count: columnCount)
        for column in 1..<max(columnCount, 1) { columnX[column] = columnX[column - 1] + widths[column - 1] + gaps[column - 1] }

        let frames = nodes.indices.map { index in
            let column = nodes[index].column
            return Rect(
                x: columnX[column] + (widths[column] - sizes[index].width) / 2, y: centerY(index) - sizes[index].height / 2,
                width: sizes[index].width, height: sizes[index].height)
        }

        // Ports: on the right side outgoing edges in the order of their readers; on the left side
        // edges from the next column and level ones first, then those that cross a lane or a band,
        // each by height.
        func order(_ list: [Int], by end: (Edge) -> Int) -> [Int] {
            list.sorted { a, b in
                let (na, nb) = (end(edges[a]), end(edges[b]))
                return (nodes[na].band, centerY(na), na) < (nodes[nb].band, centerY(nb), nb)
            }
        }
        func portY(_ frame: Rect, _ slot: Int, of count: Int) -> Double {
            frame.center.y - Double(count) * Self.portPitch / 2 + Double(slot) * Self.portPitch
                + (Self.portPitch - Self.backwardOffset) / 2
        }
        var sourcePort = [Double](repeating: 0, count: edges.count)
        var readerPort = [Double](repeating: 0, count: edges.count)
        for index in nodes.indices {
            let out = order(outgoing[index]) { $0.reader }
            for (slot, edge) in out.enumerated() { sourcePort[edge] = portY(frames[index], slot, of: out.count) }
            let adjacent = incoming[index].filter { isAdjacent(edges[$0]) || runsLevel(edges[$0]) }
            let far = incoming[index].filter { !isAdjacent(edges[$0]) && !runsLevel(edges[$0]) }
            let into = order(adjacent) { $0.source } + order(far) { $0.source }
            for (slot, edge) in into.enumerated() { readerPort[edge] = portY(frames[index], slot, of: into.count) }
        }

        var forward: [SceneItem] = []
        var backward: [SceneItem] = []
        for (number, edge) in edges.enumerated() {
            let (source, reader) = (nodes[edge.source], nodes[edge.reader])
            let start = Point(x: frames[edge.source].maxX, y: sourcePort[number])
            let end = Point(x: frames[edge.reader].minX, y: readerPort[number])
            let laneX = columnX[reader.column - 1] - Self.laneLead
            var route = [start]
            if source.band != reader.band {
                let out = start.x + Self.laneLead, gapY = bandBottom[reader.band - 1] + Self.bandGap / 2 - Self.backwardOffset / 2
                route += [Point(x: out, y: start.y), Point(x: out, y: gapY), Point(x: laneX, y: gapY), Point(x: laneX, y: end.y)]
            } else if runsLevel(edge) {
                let turnX = columnX[reader.column - 1] + widths[reader.column - 1] + Self.laneLead
                route.append(Point(x: turnX, y: start.y))
            } else if reader.column - source.column > 1 {
                route.append(Point(x: laneX, y: end.y))
            }
            route.append(end)
            let id = "edge-\(edge.source)-\(edge.reader)"
            forward.append(.path(Path(
                id: id + "-forward", start: route[0], segments: route.dropFirst().map { .line(to: $0) },
                stroke: theme.forwardStroke, arrowAtEnd: true)))
            guard source.hasGradient else { continue }
            // The same route shifted down (and right, where it turns vertical) with its ends on the
            // same box sides, reversed so that its arrowhead sits in the input.
            let shift = Self.backwardOffset
            let back = route.indices.map { i -> Point in
                let dx = (i == 0 || i == route.count - 1 || source.band == reader.band) ? 0 : shift
                return Point(x: route[i].x + dx, y: route[i].y + shift)
            }.reversed()
            backward.append(.path(Path(
                id: id + "-backward", start: back.first!, segments: back.dropFirst().map { .line(to: $0) },
                stroke: theme.backwardStroke, arrowAtEnd: true)))
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
        if let heading {
            let line = TextLine(heading, FigureFont.heading)
            let height = placer.size(of: [line]).height
            placer.insist([line], at: .init(point: Point(x: bounds.minX, y: bounds.minY - 10 - height / 2), alignment: .leading))
        }
        var top = bounds.maxY + 14
        let key: (items: [SceneItem], height: Double)
        if keyPlacement == .topRight, let corner = cornerKey(bounds: bounds, frames: frames, paths: forward + backward, &placer) {
            key = (corner, 0)
        } else if keyPlacement == .none {
            key = ([], 0)
        } else {
            key = LegendKey.row(keys, at: Point(x: bounds.minX, y: top), &placer)
            top += key.height + (keys.isEmpty ? 0 : 8)
        }
        for lines in notes {
            let height = placer.size(of: lines).height
            placer.insist(lines, at: .init(point: Point(x: bounds.minX, y: top + height / 2), alignment: .leading))
            top += height + 4
        }
        return Scene(
            width: 0, height: 0, background: theme.background, items: shapes + key.items + placer.runs.map(SceneItem.text),
            title: title
        ).fitted(margin: 12)
    }

    /// The keys one under the other in the top right corner of `bounds`, their samples aligned, or
    /// `nil` (and `placer` untouched) if a box or an edge is in the way.
    private func cornerKey(
        bounds: Rect, frames: [Rect], paths: [SceneItem], _ placer: inout LabelPlacer
    ) -> [SceneItem]? {
        guard !keys.isEmpty else { return nil }
        let sizes = keys.map { LegendKey.rowSize([$0], placer) }
        let gap = 4.0, clearance = 8.0
        let block = Rect(
            x: bounds.maxX - (sizes.map(\.width).max() ?? 0), y: bounds.minY,
            width: sizes.map(\.width).max() ?? 0, height: sizes.map(\.height).reduce(0, +) + gap * Double(keys.count - 1))
        let clear = block.insetBy(-clearance)
        guard !frames.contains(where: { $0.overlaps(clear) }) else { return nil }
        for case .path(let path) in paths {
            let points = path.polyline()
            if zip(points, points.dropFirst()).contains(where: { clear.intersects(segmentFrom: $0, to: $1) }) { return nil }
        }
        var items: [SceneItem] = []
        var top = block.minY
        for (index, key) in keys.enumerated() {
            let row = LegendKey.row([key], at: Point(x: block.minX, y: top), &placer)
            // Each row numbers its own sample from 0; the samples keep the whole key's ids.
            items += row.items.map { item in
                guard case .path(var path) = item else { return item }
                path.id = "legend-key-\(index)"
                return .path(path)
            }
            top += row.height + gap
        }
        return items
    }

    /// The part of the graph made of the `core` nodes with every edge into them: an input from
    /// outside the core is drawn as a leaf in its own column, its copies spread a row and a quarter
    /// apart around the middle of the nodes they feed. The part sits on one band from column 0.
    func part(core: [Int]) -> GraphDiagram {
        let coreSet = Set(core)
        var boundary: [Int] = []
        for index in core.sorted() {
            for input in nodes[index].inputs where !coreSet.contains(input) && !boundary.contains(input) { boundary.append(input) }
        }
        let members = (core + boundary).sorted()
        let newIndex = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        func flatRow(_ index: Int) -> Double { Double(nodes[index].band) * 10_000 + nodes[index].row }
        var rows: [Int: Double] = [:]
        for index in core { rows[index] = flatRow(index) }
        // Boundary copies: by column, in their original order, centred on their readers.
        let byColumn = Dictionary(grouping: boundary) { nodes[$0].column }
        for copies in byColumn.values {
            let sorted = copies.sorted { flatRow($0) < flatRow($1) }
            let readers = sorted.flatMap { input in core.filter { nodes[$0].inputs.contains(input) } }
            let middle = readers.map { rows[$0]! }.reduce(0, +) / Double(max(readers.count, 1))
            for (position, index) in sorted.enumerated() {
                rows[index] = middle + (Double(position) - Double(sorted.count - 1) / 2) * 1.25
            }
        }
        let firstColumn = members.map { index in coreSet.contains(index) ? nodes[index].column : nodes[index].column }.min() ?? 0
        let minRow = rows.values.min() ?? 0
        let partNodes = members.map { index -> Node in
            var node = nodes[index]
            node.inputs = coreSet.contains(index) ? node.inputs.compactMap { newIndex[$0] } : []
            node.row = rows[index]! - minRow
            node.band = 0
            // A copy from an earlier band stands in the column before its reader.
            if !coreSet.contains(index), let reader = core.first(where: { nodes[$0].inputs.contains(index) }),
               nodes[reader].band != nodes[index].band || nodes[reader].column <= nodes[index].column {
                node.column = nodes[reader].column - 1
            }
            return node
        }
        let shift = partNodes.map(\.column).min() ?? firstColumn
        return GraphDiagram(
            nodes: partNodes.map { var node = $0; node.column -= shift; return node }, keys: keys, notes: notes, title: title)
    }

    /// Some of the nodes placed anew on one band, each with its lines and gradient: `layout` lists
    /// them by their index here, with what they read (by their position in `layout`) and where they go.
    func rearranged(_ layout: [(node: Int, inputs: [Int], column: Int, row: Double)]) -> GraphDiagram {
        let placed = layout.map { entry in
            var node = nodes[entry.node]
            node.inputs = entry.inputs
            node.column = entry.column
            node.row = entry.row
            node.band = 0
            return node
        }
        return GraphDiagram(nodes: placed, keys: keys, notes: notes, title: title)
    }

    /// The diagram with every line wider than `width` that lists a vector ("[0,1; 0,2; 0,3]")
    /// broken after each of its entries, so that its box is narrow and tall.
    func vectorsAsColumns(widerThan width: Double, _ context: FigureContext) -> GraphDiagram {
        var diagram = self
        for index in nodes.indices {
            diagram.nodes[index].lines = nodes[index].lines.flatMap { line -> [TextLine] in
                let entries = line.text.components(separatedBy: "; ")
                guard entries.count > 1, context.measure(line.text, line.font).width > width else { return [line] }
                return entries.indices.map { TextLine(entries[$0] + ($0 < entries.count - 1 ? ";" : ""), line.font, role: line.role) }
            }
        }
        return diagram
    }

    /// Whether the edge skips columns of one band level with its source (see `Node.runsLevel`).
    private func runsLevel(_ edge: Edge) -> Bool {
        nodes[edge.source].runsLevel && nodes[edge.source].band == nodes[edge.reader].band
            && nodes[edge.reader].column - nodes[edge.source].column > 1
    }

    /// Whether the edge joins neighbouring columns of one band.
    private func isAdjacent(_ edge: Edge) -> Bool {
        nodes[edge.source].band == nodes[edge.reader].band && nodes[edge.reader].column - nodes[edge.source].column == 1
    }
}
