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
    /// Legend and notes under the figure, one block each.
    var notes: [[TextLine]]
    /// The alt text.
    var title: String

    /// Fractions along an edge where its label may sit, tried in order.
    private static let edgeLabelPositions = [0.5, 0.3, 0.7, 0.22, 0.78, 0.4, 0.6, 0.15, 0.85, 0.35, 0.65, 0.27, 0.73, 0.45, 0.55]
    private static let attempts = 14
    private static let margin = 12.0

    func scene(_ context: FigureContext) -> Scene {
        let probe = LabelPlacer(context: context)
        var radius = 22.0
        for (column, size) in layerSizes.enumerated() {
            for neuron in NetworkLayout.drawnNeurons(ofLayerWith: size) {
                let block = probe.size(of: neuronBlock(column, neuron))
                let halfDiagonal = (block.width * block.width + block.height * block.height).squareRoot() / 2
                radius = max(radius, (halfDiagonal + LabelPlacer.clearance * 2).rounded(.up))
            }
        }
        let probeLayout = NetworkLayout(layerSizes: layerSizes, radius: radius, layerSpacing: 1, neuronSpacing: 1)
        let widestEdgeLabel = probeLayout.edges.compactMap(edgeLabel)
            .map { context.measure($0, FigureFont.label).width }.max() ?? 0
        var layerSpacing = 2 * radius + max(140, 2.2 * widestEdgeLabel)
        var neuronSpacing = 2 * radius + 30
        for attempt in 0..<Self.attempts {
            let layout = NetworkLayout(
                layerSizes: layerSizes, radius: radius, layerSpacing: layerSpacing, neuronSpacing: neuronSpacing)
            if let scene = draw(layout, context, insist: attempt == Self.attempts - 1) { return scene }
            layerSpacing = (layerSpacing * 1.18).rounded()
            neuronSpacing = (neuronSpacing * 1.12).rounded()
        }
        preconditionFailure("the last attempt always draws")
    }

    private func neuronBlock(_ column: Int, _ neuron: Int) -> [TextLine] {
        // xₖ for the input layer (column 0), aⱼ⁽ˡ⁾ with the lessons' layer number l = column + 1 otherwise.
        let symbol = column == 0
            ? Symbol(.input, neurons: [neuron + 1]) : Symbol(.activation, neurons: [neuron + 1], layer: column + 1)
        return [TextLine(symbol.unicode, FigureFont.name)] + neuronLines(column, neuron)
    }

    /// The figure on `layout`, or `nil` if a label finds no readable place (unless `insist`, which
    /// puts such a label at its first choice).
    private func draw(_ layout: NetworkLayout, _ context: FigureContext, insist: Bool) -> Scene? {
        let theme = context.theme
        var placer = LabelPlacer(context: context)
        var shapes: [SceneItem] = []
        for edge in layout.edges {
            let (start, end) = direction == .backward ? (edge.to, edge.from) : (edge.from, edge.to)
            shapes.append(.path(Path(
                id: edge.id, start: start, segments: [.line(to: end)], stroke: stroke, arrowAtEnd: direction != .none)))
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
            if let ellipsis = column.ellipsis {
                guard place([TextLine("⋮", FigureFont.name, role: .secondaryText)], [.init(point: ellipsis)])
                else { return nil }
            }
        }
        for edge in layout.edges {
            guard let label = edgeLabel(edge) else { continue }
            let candidates = Self.edgeLabelPositions.map { LabelPlacer.Candidate(point: edge.point(at: $0)) }
            guard place([TextLine(label)], candidates, owner: edge.id, backdrop: theme.color(.labelBackdrop))
            else { return nil }
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
        for lines in notes {
            let height = placer.size(of: lines).height
            guard place(lines, [.init(point: Point(x: bounds.minX, y: top + height / 2), alignment: .leading)])
            else { return nil }
            top += height + 4
        }
        let scene = Scene(
            width: 0, height: 0, background: theme.background, items: shapes + placer.runs.map(SceneItem.text),
            title: title)
        return scene.fitted(margin: Self.margin)
    }
}
