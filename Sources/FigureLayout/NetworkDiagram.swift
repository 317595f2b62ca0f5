import LessonNotation
/// What the four network figures have in common: neurons as circles holding their name and
/// numbers, one labelled line per drawn connection, the output's side notes, layer headings, what
/// was elided, and legend lines underneath. The figures say what to write; this places it, growing
/// the spacing until every label is readable.
struct NetworkDiagram {
    /// Which way the connections point.
    enum Direction {
        case none
        case forward
        case backward
    }

    var layerSizes: [Int]
    var stroke: Stroke
    var direction: Direction
    /// Lines under the name inside a neuron, by layout column (0 = input) and neuron.
    var neuronLines: (_ column: Int, _ neuron: Int) -> [TextLine]
    /// The label of a connection, if it has one.
    var edgeLabel: (NetworkLayout.Edge) -> String?
    /// Lines to the right of an output neuron.
    var outputLines: (_ neuron: Int) -> [TextLine]
    /// Lines above each column.
    var headings: [[TextLine]]
    /// "{n} neurons not shown" under each elided column (`nil` for the others).
    var elisionNotes: [String?]
    /// Neurons each elided layer must draw (by layer, e.g. the target class of the output).
    var kept: [[Int]] = []
    /// The key of the strokes, above the notes.
    var keys: [LegendKey] = []
    /// Legend and notes under the figure, one block each.
    var notes: [[TextLine]]
    /// The alt text.
    var title: String
    /// The matrix a slide sets beside a layer pair whose connections it cannot label legibly
    /// (`LayerPairDiagram`): its name for a parameter layer (W⁽ˡ⁾, ∂C/∂W⁽ˡ⁾) and each connection's entry,
    /// which is its label wherever the figure labels it.
    var matrixName: (_ parameterLayer: Int) -> String = { _ in "" }
    var matrixEntry: (NetworkLayout.Edge) -> String = { _ in "" }

    /// Fractions along an edge where its label may sit.
    private static let edgeLabelPositions = stride(from: 0.06, through: 0.94, by: 0.01).map { $0 }
    /// A label's box keeps at least this far from every crossing of two edges when it can; further
    /// than this counts as equally good, and then the middle of the edge is preferred.
    static let crossingDistance = 14.0
    /// Nearer a crossing than this, a label comes after every place further away, whatever its other room.
    static let crossingFloor = 7.0
    /// A label's box keeps at least this far from every other edge when it can.
    static let foreignEdgeDistance = 10.0
    /// Labels of different edges that read the same keep at least this far apart when they can.
    static let twinLabelDistance = 40.0
    /// Labels of different edges keep at least this far apart when they can.
    static let neighbourLabelDistance = 12.0
    private static let attempts = 14
    /// How many labels that found no place a layout labels first, one more each time, before it grows.
    private static let reorderings = 3
    /// The ⋮ of an elided layer, as large as a neuron.
    static let ellipsisFont = FontStyle(size: 30, bold: true)
    private static let margin = 12.0

    func scene(_ context: FigureContext) -> Scene {
        let probe = LabelPlacer(context: context)
        var radius = 22.0
        for (column, size) in layerSizes.enumerated() {
            for neuron in NetworkLayout.drawnNeurons(ofLayerWith: size, keeping: column < kept.count ? kept[column] : []) {
                let block = probe.size(of: neuronBlock(column, neuron))
                let halfDiagonal = (block.width * block.width + block.height * block.height).squareRoot() / 2
                radius = max(radius, (halfDiagonal + LabelPlacer.clearance * 2).rounded(.up))
            }
        }
        let probeLayout = NetworkLayout(layerSizes: layerSizes, radius: radius, layerSpacing: 1, neuronSpacing: 1, kept: kept)
        let widestEdgeLabel = probeLayout.edges.compactMap(edgeLabel)
            .map { context.measure($0, FigureFont.label).width }.max() ?? 0
        var layerSpacing = 2 * radius + max(140, 2.2 * widestEdgeLabel)
        var neuronSpacing = 2 * radius + 30
        for attempt in 0..<Self.attempts {
            let layout = NetworkLayout(
                layerSizes: layerSizes, radius: radius, layerSpacing: layerSpacing, neuronSpacing: neuronSpacing, kept: kept)
            // A label placed earlier may have taken the only place another had: that one first, a few
            // times over, before the figure grows.
            var first: [String] = []
            while true {
                var unplaced: String?
                if let scene = draw(layout, context, labellingFirst: first, unplaced: &unplaced, insist: attempt == Self.attempts - 1) {
                    return scene
                }
                guard let unplaced, !first.contains(unplaced), first.count < Self.reorderings else { break }
                first.insert(unplaced, at: 0)
            }
            layerSpacing = (layerSpacing * 1.18).rounded()
            neuronSpacing = (neuronSpacing * 1.12).rounded()
        }
        preconditionFailure("the last attempt always draws")
    }

    func neuronBlock(_ column: Int, _ neuron: Int) -> [TextLine] {
        // xₖ for the input layer (column 0), aⱼ⁽ˡ⁾ with the lessons' layer number l = column + 1 otherwise.
        let symbol = column == 0
            ? Symbol(.input, neurons: [neuron + 1]) : Symbol(.activation, neurons: [neuron + 1], layer: column + 1)
        return [TextLine(symbol.unicode, FigureFont.name)] + neuronLines(column, neuron)
    }

    /// The figure on `layout`, the connections `labellingFirst` labelled before the others, or `nil`
    /// if a label finds no readable place (unless `insist`, which puts such a label at its first
    /// choice); `unplaced` is then the connection whose label found none, if it was one.
    private func draw(
        _ layout: NetworkLayout, _ context: FigureContext, labellingFirst: [String], unplaced: inout String?, insist: Bool
    ) -> Scene? {
        let theme = context.theme
        var placer = LabelPlacer(context: context)
        var shapes: [SceneItem] = []
        for edge in layout.edges {
            let (start, end) = direction == .backward ? (edge.to, edge.from) : (edge.from, edge.to)
            shapes.append(.path(Path(
                id: edge.id, start: start, segments: [.line(to: end)], stroke: stroke, arrowAtEnd: direction != .none)))
        }
        // Hints of the connections of the neurons not shown: short faded strokes from the ⋮
        // towards the neighbouring layers.
        var hints: [(from: Point, to: Point)] = []
        for (c, column) in layout.columns.enumerated() {
            for ellipsis in column.ellipses {
            for neighbour in [c - 1, c + 1] where layout.columns.indices.contains(neighbour) {
                for center in layout.columns[neighbour].centers {
                    let dx = center.x - ellipsis.x, dy = center.y - ellipsis.y
                    let length = (dx * dx + dy * dy).squareRoot()
                    let (ux, uy) = (dx / length, dy / length)
                    let start = Point(x: ellipsis.x + ux * layout.radius * 0.9, y: ellipsis.y + uy * layout.radius * 0.9)
                    let end = Point(x: ellipsis.x + ux * layout.radius * 1.9, y: ellipsis.y + uy * layout.radius * 1.9)
                    hints.append((start, end))
                    shapes.append(.path(Path(
                        start: start, segments: [.line(to: end)],
                        stroke: Stroke(color: theme.color(.grid), width: 1.2, dash: [3, 3]))))
                }
            }
            }
        }
        for (c, column) in layout.columns.enumerated() {
            for (neuron, center) in zip(column.neurons, column.centers) {
                shapes.append(.circle(Circle(
                    center: center, radius: layout.radius, fill: theme.color(.neuronFill),
                    stroke: Stroke(color: theme.color(.neuronStroke), width: 1.5),
                    id: NetworkLayout.neuronID(column: c, neuron: neuron))))
            }
        }
        shapes.forEach { placer.avoid($0) }

        func place(
            _ lines: [TextLine], _ candidates: [LabelPlacer.Candidate], owner: String? = nil, backdrop: Color? = nil
        ) -> Bool {
            guard !lines.isEmpty else { return true }
            if placer.place(lines, candidates: candidates, owner: owner, backdrop: backdrop) != nil { return true }
            guard insist, let first = candidates.first else { return false }
            placer.insist(lines, at: first, owner: owner, backdrop: backdrop)
            return true
        }

        for (c, column) in layout.columns.enumerated() {
            for (neuron, center) in zip(column.neurons, column.centers) {
                let owner = NetworkLayout.neuronID(column: c, neuron: neuron)
                guard place(neuronBlock(c, neuron), [.init(point: center)], owner: owner) else { return nil }
            }
            for ellipsis in column.ellipses {
                guard place([TextLine("⋮", Self.ellipsisFont, role: .secondaryText)], [.init(point: ellipsis)])
                else { return nil }
            }
        }
        // The hints cross edges too: a label there could seem to belong to one.
        let crossings = Self.crossings(of: layout.edges.map { ($0.from, $0.to) } + hints)
        let edges = labellingFirst.compactMap { id in layout.edges.first { $0.id == id } }
            + layout.edges.filter { !labellingFirst.contains($0.id) }
        for edge in edges {
            guard let label = edgeLabel(edge) else { continue }
            // On one line where it can, else a change "before → after" with the value after under the
            // one before (as the slides' layer pairs set it): narrower, it finds room between the
            // neurons and the crossings where the whole line does not, before the figure grows.
            let stacked = LayerPairDiagram.lines(of: label)
            let forms = stacked.count > 1 ? [[TextLine(label)], stacked] : [[TextLine(label)]]
            if forms.contains(where: { lines in
                placer.placeOnLine(
                    lines, from: edge.from, to: edge.to,
                    at: labelPositions(on: edge, lines, placer.size(of: lines), crossings: crossings, edges: layout.edges, placed: placer.runs),
                    owner: edge.id, backdrop: theme.color(.labelBackdrop), crossings: crossings) != nil
            }) {
                continue
            }
            guard insist else {
                unplaced = edge.id
                return nil
            }
            let best = labelPositions(
                on: edge, forms[0], placer.size(of: forms[0]), crossings: crossings, edges: layout.edges, placed: placer.runs)[0]
            placer.insist(forms[0], at: .init(point: edge.point(at: best)), owner: edge.id, backdrop: theme.color(.labelBackdrop))
        }
        let output = layout.columns[layout.columns.count - 1]
        for (neuron, center) in zip(output.neurons, output.centers) {
            let x = center.x + layout.radius + 10
            let candidates = [0.0, -0.25, 0.25, -0.5, 0.5].map {
                LabelPlacer.Candidate(point: Point(x: x, y: center.y + $0 * layout.radius), alignment: .leading)
            }
            guard place(outputLines(neuron), candidates) else { return nil }
        }

        var bounds = Scene(width: 0, height: 0, background: nil, items: shapes + placer.runs.map(SceneItem.text))
            .contentBounds!
        for (column, lines) in zip(layout.columns, headings) {
            let height = placer.size(of: lines).height
            let candidates = (0..<3).map { row in
                LabelPlacer.Candidate(point: Point(
                    x: column.x, y: bounds.minY - 10 - height / 2 - Double(row) * (height + 6)))
            }
            guard place(lines, candidates) else { return nil }
        }
        for (column, note) in zip(layout.columns, elisionNotes) {
            guard let note else { continue }
            let lines = [TextLine(note, FigureFont.note, role: .secondaryText)]
            let height = placer.size(of: lines).height
            let candidates = (0..<4).map { row in
                LabelPlacer.Candidate(point: Point(
                    x: column.x, y: bounds.maxY + 10 + height / 2 + Double(row) * (height + 4)))
            }
            guard place(lines, candidates) else { return nil }
        }
        bounds = Scene(width: 0, height: 0, background: nil, items: shapes + placer.runs.map(SceneItem.text))
            .contentBounds!
        var top = bounds.maxY + 14
        let key = LegendKey.row(keys, at: Point(x: bounds.minX, y: top), &placer)
        top += key.height + (keys.isEmpty ? 0 : 8)
        for lines in notes {
            let height = placer.size(of: lines).height
            guard place(lines, [.init(point: Point(x: bounds.minX, y: top + height / 2), alignment: .leading)])
            else { return nil }
            top += height + 4
        }
        let scene = Scene(
            width: 0, height: 0, background: theme.background, items: shapes + key.items + placer.runs.map(SceneItem.text),
            title: title)
        return scene.fitted(margin: Self.margin)
    }

    /// The fractions along `edge` where its label `lines` (of `size`) may sit, best first: where its
    /// box has the most room, then near the middle. Room is counted from every crossing (a label at a
    /// crossing could belong to any of its edges), from every other edge of `edges` (it would seem to
    /// label that one too), from the edge labels already `placed` (those with a backdrop), more from
    /// those that read the same and from the edges still to be labelled the same (two "0"s side by
    /// side cannot be told apart), each up to a distance beyond which more does not help a reader;
    /// the least of them counts. A place nearer a crossing than `crossingFloor` comes after all
    /// others, the furthest from crossings first. `LabelPlacer.placeOnLine` takes the first that
    /// keeps the label readable.
    func labelPositions(
        on edge: NetworkLayout.Edge, _ lines: [TextLine], _ size: (width: Double, height: Double), crossings: [Point],
        edges: [NetworkLayout.Edge], placed: [TextRun]
    ) -> [Double] {
        let others = edges.filter { $0.id != edge.id }
        let texts = Set(lines.map(\.text))
        let twins = placed.filter { texts.contains($0.text) }.map(\.bounds)
        // Edges still to be labelled the same: room left beside them for their label.
        let label = edgeLabel(edge)
        let twinEdges = others.filter { other in !placed.contains { $0.owner == other.id } && edgeLabel(other) == label }
        let labels = placed.filter { $0.backdrop != nil }.map(\.bounds)
        func room(_ t: Double) -> (clearOfCrossings: Bool, room: Double) {
            let box = Self.labelBox(size, on: edge, at: t)
            var crossing = Double.infinity
            for point in crossings { crossing = min(crossing, box.distance(to: point)) }
            // Nearer a crossing than its floor, the distance from it is all that counts.
            guard crossing >= Self.crossingFloor else { return (false, crossing) }
            var room = min(crossing / Self.crossingDistance, 1)
            for label in labels { room = min(room, box.distance(to: label) / Self.neighbourLabelDistance) }
            for twin in twins { room = min(room, box.distance(to: twin) / Self.twinLabelDistance) }
            for (segments, scale) in [(others, Self.foreignEdgeDistance), (twinEdges, Self.twinLabelDistance)] {
                // An edge whose bounds are as far as the room already found cannot lessen it.
                for other in segments where box.distance(to: Rect(spanning: other.from, other.to)) < room * scale {
                    room = min(room, box.distance(toSegmentFrom: other.from, to: other.to) / scale)
                }
            }
            return (true, room)
        }
        return Self.edgeLabelPositions
            .map { (t: $0, room: room($0)) }
            .sorted {
                ($1.room.clearOfCrossings ? 1 : 0, $1.room.room, abs($0.t - 0.5))
                    < ($0.room.clearOfCrossings ? 1 : 0, $0.room.room, abs($1.t - 0.5))
            }
            .map(\.t)
    }

    /// The box of a label of `size` centred on `edge` at fraction `t` along it.
    static func labelBox(_ size: (width: Double, height: Double), on edge: NetworkLayout.Edge, at t: Double) -> Rect {
        let center = edge.point(at: t)
        return Rect(x: center.x - size.width / 2, y: center.y - size.height / 2, width: size.width, height: size.height)
    }

    /// The points where two edges cross, away from the neurons they start and end at.
    static func crossings(_ edges: [NetworkLayout.Edge]) -> [Point] {
        crossings(of: edges.map { ($0.from, $0.to) })
    }

    /// The points where two of `segments` cross, away from their ends.
    static func crossings(of segments: [(from: Point, to: Point)]) -> [Point] {
        var points: [Point] = []
        for (i, a) in segments.enumerated() {
            for b in segments[(i + 1)...] {
                let r = Point(x: a.to.x - a.from.x, y: a.to.y - a.from.y)
                let s = Point(x: b.to.x - b.from.x, y: b.to.y - b.from.y)
                let denominator = r.x * s.y - r.y * s.x
                guard abs(denominator) > 1e-9 else { continue }
                let qp = Point(x: b.from.x - a.from.x, y: b.from.y - a.from.y)
                let t = (qp.x * s.y - qp.y * s.x) / denominator
                let u = (qp.x * r.y - qp.y * r.x) / denominator
                if t > 0.01, t < 0.99, u > 0.01, u < 0.99 { points.append(Point(x: a.from.x + r.x * t, y: a.from.y + r.y * t)) }
            }
        }
        return points
    }
}
