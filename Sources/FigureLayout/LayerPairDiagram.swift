/// One layer pair l−1 → l of a network figure, laid out for a 16:9 slide rather than cut out of the
/// page figure: layer l−1 as a row of neurons above layer l (a column of three neurons with three
/// lines each is taller than a slide at 18 pt; a row of them is not), every connection between the
/// two with the label the whole figure gives it. Each neuron holds its name; its numbers sit
/// outside it, above the upper row and below the lower one, so the circles stay small and the band
/// between the rows holds only the connections' labels. Each layer's heading is at the left of its
/// row (with what it elides under it), the output's lines beside its neurons (or under their numbers), the figure's key below. Its ids
/// are the whole figure's (`neuron-2-0`, `edge-1-0-2`), so a slide can be matched with the figure it
/// shows a part of.
struct LayerPairDiagram {
    /// The whole figure.
    var diagram: NetworkDiagram
    /// The pair: layout columns `parameterLayer` (the upper row) and `parameterLayer + 1` (0 = input).
    var parameterLayer: Int
    /// How wide the figure may grow, in figure units: the neurons spread across it before the rows
    /// move apart.
    var maxWidth: Double

    private static let attempts = 24
    private static let margin = 8.0
    /// Between a row's heading and its first neuron.
    private static let headingGap = 18.0

    /// How tall the figure may grow, in figure units: a pair whose labelled connections need more
    /// is drawn with its connections unlabelled and their matrix beside them.
    var maxHeight: Double = .infinity
    /// The sentence above the matrix saying why the connections carry no numbers.
    var matrixNote: String = ""
    /// When set, the lower row shows only these neurons of its layer, each with every connection
    /// into it: a pair too large for one slide is shown over several this way.
    var lowerNeurons: [Int]? = nil
    /// Whether each row's heading (and what it elides) sits outside the pair, above the upper row's
    /// numbers and under the lower row's, rather than at the left of its row: a phone's column needs
    /// its whole width for the neurons.
    var headingsOutside = false
    /// When set, the upper row shows only these neurons of its layer: a lone lower neuron whose
    /// connections' labels find no room between them is shown over several slides this way.
    var upperNeurons: [Int]? = nil

    /// The pair with every connection labelled as on the whole figure if that fits `maxWidth` ×
    /// `maxHeight`; else the same with the key beside the rows rather than under them, if that fits;
    /// else, when the lower row is the output layer, with the output's lines under its
    /// neurons' numbers rather than beside them, if that fits; else, when the lower row is one neuron, labelled with that neuron's numbers and
    /// the key beside it rather than under it (a slide is wider than it is tall), if that fits;
    /// else with the connections unlabelled and the matrix of their numbers beside them (saying
    /// so), if that fits; else the labelled pair, however large.
    func scene(_ context: FigureContext) -> Scene {
        func fits(_ scene: Scene) -> Bool { scene.width <= maxWidth + 0.5 && scene.height <= maxHeight + 0.5 }
        let labelled = scene(matrix: false, context)
        guard !fits(labelled) else { return labelled }
        if !diagram.keys.isEmpty {
            let keyBeside = scene(matrix: false, keyBeside: true, context)
            if fits(keyBeside) { return keyBeside }
        }
        if columns[1] == diagram.layerSizes.count - 1 {
            let outputsBelow = scene(matrix: false, outputsBelow: true, context)
            if fits(outputsBelow) { return outputsBelow }
        }
        if drawn(1).count == 1 {
            let beside = scene(matrix: false, lowerNumbersBeside: true, context)
            if fits(beside) { return beside }
        }
        let matrix = scene(matrix: true, context)
        return fits(matrix) ? matrix : labelled
    }

    private func scene(
        matrix: Bool, lowerNumbersBeside: Bool = false, outputsBelow: Bool = false, keyBeside: Bool = false, _ context: FigureContext
    ) -> Scene {
        let probe = LabelPlacer(context: context)
        var radius = 22.0
        var widest = 0.0
        for (r, column) in columns.enumerated() {
            for neuron in drawn(r) {
                let name = probe.size(of: Array(diagram.neuronBlock(column, neuron).prefix(1)))
                let halfDiagonal = (name.width * name.width + name.height * name.height).squareRoot() / 2
                radius = max(radius, (halfDiagonal + LabelPlacer.clearance * 2).rounded(.up))
                widest = max(widest, probe.size(of: diagram.neuronLines(column, neuron)).width)
            }
        }
        // What the headings take of the width, at the left of the rows, and the key between them.
        let headingSpace = headingsOutside ? 0 : (columns.map { column in
            max(probe.size(of: heading(column)).width, probe.size(of: elisionNote(column, probe)).width)
        } + [keyBeside ? LegendKey.rowSize(diagram.keys, probe).width : 0]).max()! + Self.headingGap
        let slots = NetworkLayout(layerSizes: layoutSizes, radius: radius, layerSpacing: 1, neuronSpacing: 1, kept: layoutKept)
            .columns.map { $0.centers.count + $0.ellipses.count }.max() ?? 1
        var spacing = max(2 * radius, widest) + (matrix ? 12 : 30)
        // A lone lower neuron has no crossings in its band: its labels need less room.
        var band = matrix ? 30.0 : lowerNumbersBeside ? 48.0 : 60.0
        for attempt in 0..<Self.attempts {
            if let scene = draw(
                radius: radius, halfWidth: max(radius, widest / 2), spacing: spacing, rowGap: 2 * radius + band, matrix: matrix,
                lowerNumbersBeside: lowerNumbersBeside, outputsBelow: outputsBelow, keyBeside: keyBeside || lowerNumbersBeside, context,
                insist: attempt == Self.attempts - 1) {
                return scene
            }
            // Wider first (a slide has width to spare), then taller; a pair too tall for the
            // slide already is not worth growing.
            let wider = (spacing * 1.1).rounded()
            if !matrix, headingSpace + Double(slots - 1) * wider + max(2 * radius, widest) + 2 * Self.margin <= maxWidth {
                spacing = wider
            } else if 4 * radius + band > maxHeight, band < 4 * maxHeight, attempt < Self.attempts - 2 {
                band = 4 * maxHeight
            } else {
                band = (band * 1.12).rounded()
            }
        }
        preconditionFailure("the last attempt always draws")
    }

    /// The matrix of the pair's connections beside it: its name, what it stands for, and one entry
    /// per drawn connection, row j for neuron j of the lower layer and column k for neuron k of the
    /// upper one (w_jk), a ⋯ or ⋮ where the rows elide neurons; in brackets. Returns its items
    /// placed with `placer`, its top left at `origin`.
    private func matrixItems(
        _ edges: [NetworkLayout.Edge], rows: [[Int]], at origin: Point, _ placer: inout LabelPlacer, _ context: FigureContext
    ) -> [SceneItem] {
        let entries = Dictionary(edges.map { ("\($0.row)-\($0.column)", Self.lines(of: diagram.matrixEntry($0))) }) { a, _ in a }
        // Drawn neurons with nil where the layout puts a ⋯.
        func withGaps(_ neurons: [Int], size: Int) -> [Int?] {
            var result: [Int?] = []
            for (position, neuron) in neurons.enumerated() {
                if neuron > (position == 0 ? -1 : neurons[position - 1]) + 1 { result.append(nil) }
                result.append(neuron)
            }
            if let last = neurons.last, last < size - 1 { result.append(nil) }
            return result
        }
        let upper = upperNeurons == nil ? withGaps(rows[0], size: diagram.layerSizes[columns[0]]) : rows[0].map { $0 }
        let lower = lowerNeurons == nil ? withGaps(rows[1], size: diagram.layerSizes[columns[1]]) : rows[1].map { $0 }
        func cell(_ j: Int?, _ k: Int?) -> [TextLine] {
            guard let j, let k else { return [TextLine(j == nil ? "⋮" : "⋯", role: .secondaryText)] }
            return entries["\(j)-\(k)"] ?? [TextLine("")]
        }
        let cells = lower.map { j in upper.map { k in cell(j, k) } }
        let widths = upper.indices.map { c in cells.map { placer.size(of: $0[c]).width }.max() ?? 0 }
        let heights = cells.map { row in row.map { placer.size(of: $0).height }.max() ?? 0 }
        let gap = 10.0, rowGap = 10.0, bracket = 8.0
        var items: [SceneItem] = []
        let title = [TextLine(diagram.matrixName(parameterLayer), FigureFont.name)]
        let titleHeight = placer.size(of: title).height
        placer.insist(title, at: .init(point: Point(x: origin.x, y: origin.y + titleHeight / 2), alignment: .leading))
        var y = origin.y + titleHeight + 4
        if !matrixNote.isEmpty {
            // As wide as the matrix or its name, not wider.
            let width = max(
                widths.reduce(0, +) + gap * Double(max(widths.count - 1, 0)) + 2 * bracket + 8, placer.size(of: title).width)
            let note = Self.note(matrixNote, width: width, placer)
            let height = placer.size(of: note).height
            placer.insist(note, at: .init(point: Point(x: origin.x, y: y + height / 2), alignment: .leading))
            y += height
        }
        y += 10
        let top = y - 4
        let left = origin.x
        for (r, row) in cells.enumerated() {
            var x = left + bracket + 4
            for (c, lines) in row.enumerated() {
                placer.insist(lines, at: .init(point: Point(x: x + widths[c] / 2, y: y + heights[r] / 2)))
                x += widths[c] + gap
            }
            y += heights[r] + rowGap
        }
        let right = left + bracket + 4 + widths.reduce(0, +) + gap * Double(max(widths.count - 1, 0)) + 4 + bracket
        let bottom = y - rowGap + 4
        let stroke = Stroke(color: context.theme.color(.neuronStroke), width: 1.2)
        for (edge, tip) in [(left, bracket), (right, -bracket)] {
            items.append(.path(Path(
                start: Point(x: edge + tip, y: top),
                segments: [.line(to: Point(x: edge, y: top)), .line(to: Point(x: edge, y: bottom)), .line(to: Point(x: edge + tip, y: bottom))],
                stroke: stroke)))
        }
        return items
    }

    /// `text` as note lines, broken between words so that none is wider than `width` unless a
    /// word alone is.
    private static func note(_ text: String, width: Double, _ placer: LabelPlacer) -> [TextLine] {
        placer.wrapped(TextLine(text, FigureFont.note, role: .secondaryText), width: width)
    }

    /// What layout column `column` elides ("12 neurons not shown"), under its heading and no wider
    /// than it (a slide needs its width for the neurons), or than the figure with `headingsOutside`.
    private func elisionNote(_ column: Int, _ placer: LabelPlacer) -> [TextLine] {
        guard column < diagram.elisionNotes.count, let note = diagram.elisionNotes[column] else { return [] }
        return Self.note(note, width: headingsOutside ? maxWidth - 2 * Self.margin : max(placer.size(of: heading(column)).width, 80), placer)
    }

    /// A connection's label as lines: a change "before → after" (the update figure) breaks before
    /// its arrow, so that it is as narrow as the rows' slanted connections are apart.
    static func lines(of label: String) -> [TextLine] {
        let parts = label.components(separatedBy: " → ")
        guard parts.count == 2 else { return [TextLine(label)] }
        return [TextLine(parts[0]), TextLine("→ " + parts[1])]
    }

    /// The neurons row `r` draws.
    private func drawn(_ r: Int) -> [Int] {
        if r == 0, let upperNeurons { return upperNeurons }
        if r == 1, let lowerNeurons { return lowerNeurons }
        return NetworkLayout.drawnNeurons(ofLayerWith: diagram.layerSizes[columns[r]], keeping: kept(columns[r]))
    }

    /// The sizes and kept neurons of the layout of the two rows (the lower one holding only
    /// `lowerNeurons` when they are set, and the upper one `upperNeurons`).
    private var layoutSizes: [Int] {
        [upperNeurons?.count ?? diagram.layerSizes[columns[0]], lowerNeurons?.count ?? diagram.layerSizes[columns[1]]]
    }
    private var layoutKept: [[Int]] { [upperNeurons == nil ? kept(columns[0]) : [], lowerNeurons == nil ? kept(columns[1]) : []] }

    /// The two layout columns the pair shows.
    private var columns: [Int] { [parameterLayer, parameterLayer + 1] }

    private func kept(_ column: Int) -> [Int] { column < diagram.kept.count ? diagram.kept[column] : [] }

    private func heading(_ column: Int) -> [TextLine] { column < diagram.headings.count ? diagram.headings[column] : [] }

    /// The pair on rows `rowGap` apart with neurons `spacing` apart (each with its numbers
    /// `halfWidth` to either side of its centre at most), with the key beside the rows where it
    /// fits if `keyBeside`, or `nil` if a label finds no readable place (unless `insist`, which puts
    /// such a label at its first choice).
    private func draw(
        radius: Double, halfWidth: Double, spacing: Double, rowGap: Double, matrix: Bool, lowerNumbersBeside: Bool,
        outputsBelow: Bool, keyBeside: Bool, _ context: FigureContext, insist: Bool
    ) -> Scene? {
        let theme = context.theme
        // The page layout of the two layers, turned a quarter: its columns become rows.
        let layout = NetworkLayout(
            layerSizes: layoutSizes, radius: radius, layerSpacing: rowGap, neuronSpacing: spacing, kept: layoutKept)
        func turned(_ point: Point) -> Point { Point(x: point.y, y: point.x) }
        // The lower row's neurons by their number in the layer.
        func lower(_ j: Int) -> Int { lowerNeurons?[j] ?? j }
        func upper(_ k: Int) -> Int { upperNeurons?[k] ?? k }
        let edges = layout.edges.map { edge in
            NetworkLayout.Edge(
                parameterLayer: parameterLayer, row: lower(edge.row), column: upper(edge.column), from: turned(edge.from), to: turned(edge.to))
        }
        let rows = layout.columns.enumerated().map { r, column in
            (neurons: column.neurons.map(r == 0 ? upper : lower), centers: column.centers.map(turned),
             ellipses: column.ellipses.map(turned), y: column.x)
        }
        var placer = LabelPlacer(context: context)
        var shapes: [SceneItem] = []
        for edge in edges {
            let (start, end) = diagram.direction == .backward ? (edge.to, edge.from) : (edge.from, edge.to)
            shapes.append(.path(Path(
                id: edge.id, start: start, segments: [.line(to: end)], stroke: diagram.stroke,
                arrowAtEnd: diagram.direction != .none)))
        }
        // Hints of the connections of the neurons not shown, as on the page figure, each starting
        // clear of the ⋯ that stands for those neurons (wider than a neuron on a slide).
        let ellipsisLines = [TextLine("⋯", NetworkDiagram.ellipsisFont, role: .secondaryText)]
        let ellipsisSize = placer.size(of: ellipsisLines)
        var hints: [(from: Point, to: Point)] = []
        for (r, row) in rows.enumerated() {
            for ellipsis in row.ellipses {
                for neighbour in [r - 1, r + 1] where rows.indices.contains(neighbour) {
                    for center in rows[neighbour].centers {
                        let dx = center.x - ellipsis.x, dy = center.y - ellipsis.y
                        let length = (dx * dx + dy * dy).squareRoot()
                        let (ux, uy) = (dx / length, dy / length)
                        let outsideEllipsis = min(ellipsisSize.width / 2 / abs(ux), ellipsisSize.height / 2 / abs(uy)) + 3
                        let from = max(radius * 0.9, outsideEllipsis)
                        let start = Point(x: ellipsis.x + ux * from, y: ellipsis.y + uy * from)
                        let end = Point(x: ellipsis.x + ux * (from + radius), y: ellipsis.y + uy * (from + radius))
                        hints.append((start, end))
                        shapes.append(.path(Path(
                            start: start, segments: [.line(to: end)], stroke: Stroke(color: theme.color(.grid), width: 1.2, dash: [3, 3]))))
                    }
                }
            }
        }
        for (r, row) in rows.enumerated() {
            for (neuron, center) in zip(row.neurons, row.centers) {
                shapes.append(.circle(Circle(
                    center: center, radius: radius, fill: theme.color(.neuronFill),
                    stroke: Stroke(color: theme.color(.neuronStroke), width: 1.5),
                    id: NetworkLayout.neuronID(column: columns[r], neuron: neuron))))
            }
        }
        shapes.forEach { placer.avoid($0) }

        func place(_ lines: [TextLine], _ candidates: [LabelPlacer.Candidate], owner: String? = nil, backdrop: Color? = nil) -> Bool {
            guard !lines.isEmpty else { return true }
            if placer.place(lines, candidates: candidates, owner: owner, backdrop: backdrop) != nil { return true }
            guard insist, let first = candidates.first else { return false }
            placer.insist(lines, at: first, owner: owner, backdrop: backdrop)
            return true
        }

        for (r, row) in rows.enumerated() {
            for (neuron, center) in zip(row.neurons, row.centers) {
                let owner = NetworkLayout.neuronID(column: columns[r], neuron: neuron)
                guard place(Array(diagram.neuronBlock(columns[r], neuron).prefix(1)), [.init(point: center)], owner: owner)
                else { return nil }
                // Its numbers outside, away from the band of connections.
                let lines = diagram.neuronLines(columns[r], neuron)
                let height = placer.size(of: lines).height
                if r == 1, lowerNumbersBeside {
                    // Lower when a connection from the right comes in level with its middle.
                    guard place(lines, [0.0, 0.5, 1].map {
                        .init(point: Point(x: center.x + radius + 8, y: center.y + $0 * radius), alignment: .leading)
                    }) else { return nil }
                    continue
                }
                let y = r == 0 ? center.y - radius - 4 - height / 2 : center.y + radius + 4 + height / 2
                guard place(lines, [.init(point: Point(x: center.x, y: y))]) else { return nil }
            }
            // Neurons not shown run along the row: ⋯ rather than ⋮.
            for ellipsis in row.ellipses {
                guard place(ellipsisLines, [.init(point: ellipsis)])
                else { return nil }
            }
        }
        // The hints cross connections too: a label there could seem to belong to one.
        let crossings = NetworkDiagram.crossings(of: edges.map { ($0.from, $0.to) } + hints)
        for edge in edges where !matrix {
            guard let label = diagram.edgeLabel(edge) else { continue }
            let lines = Self.lines(of: label)
            let size = placer.size(of: lines)
            let positions = diagram.labelPositions(on: edge, lines, size, crossings: crossings, edges: edges, placed: placer.runs)
            if placer.placeOnLine(
                lines, from: edge.from, to: edge.to, at: positions, owner: edge.id, backdrop: theme.color(.labelBackdrop),
                crossings: crossings) != nil {
                continue
            }
            guard insist else { return nil }
            placer.insist(lines, at: .init(point: edge.point(at: positions[0])), owner: edge.id, backdrop: theme.color(.labelBackdrop))
        }
        if columns[1] == diagram.layerSizes.count - 1, let output = rows.last {
            // At the right of every output neuron if they all fit there (right of its numbers or under
            // them, when they are beside it), else (or when asked) under every one's numbers.
            var beside = placer
            let besides = !outputsBelow && zip(output.neurons, output.centers).allSatisfy { neuron, center in
                let lines = diagram.outputLines(neuron)
                let candidates: [LabelPlacer.Candidate]
                if lowerNumbersBeside {
                    let numbers = placer.size(of: diagram.neuronLines(columns[1], neuron))
                    let height = placer.size(of: lines).height
                    candidates = [0.0, 0.5, 1].map {
                        .init(point: Point(x: center.x + radius + 8 + numbers.width + 12, y: center.y + $0 * radius), alignment: .leading)
                    } + [.init(point: Point(x: center.x + radius + 8, y: center.y + numbers.height / 2 + 2 + height / 2), alignment: .leading)]
                } else {
                    candidates = [0.0, 0.5, 1].map {
                        .init(point: Point(x: center.x + radius + 8, y: center.y + $0 * radius), alignment: .leading)
                    }
                }
                return lines.isEmpty || beside.place(lines, candidates: candidates) != nil
            }
            if besides {
                placer = beside
            } else if lowerNumbersBeside {
                return nil
            } else {
                for (neuron, center) in zip(output.neurons, output.centers) {
                    let lines = diagram.outputLines(neuron)
                    let values = placer.size(of: diagram.neuronLines(columns[1], neuron)).height
                    let below = center.y + radius + 8 + values + placer.size(of: lines).height / 2
                    guard place(lines, [LabelPlacer.Candidate(point: Point(x: center.x, y: below))]) else { return nil }
                }
            }
        }
        let left = rows.flatMap { $0.centers + $0.ellipses }.map(\.x).min()! - halfWidth - Self.headingGap
        let right = rows.flatMap { $0.centers + $0.ellipses }.map(\.x).max()! + halfWidth + Self.headingGap
        if headingsOutside {
            let content = Scene(width: 0, height: 0, background: nil, items: shapes + placer.runs.map(SceneItem.text)).contentBounds!
            for r in rows.indices {
                let lines = heading(columns[r]) + elisionNote(columns[r], placer)
                let height = placer.size(of: lines).height
                let y = r == 0 ? content.minY - 6 - height / 2 : content.maxY + 6 + height / 2
                guard place(lines, [.init(point: Point(x: content.minX, y: y), alignment: .leading)]) else { return nil }
            }
        } else {
            for (r, row) in rows.enumerated() {
                guard place(heading(columns[r]), [.init(point: Point(x: left, y: row.y), alignment: .trailing)]) else { return nil }
            }
        }
        let bounds = Scene(width: 0, height: 0, background: nil, items: shapes + placer.runs.map(SceneItem.text)).contentBounds!
        var extra: [SceneItem] = []
        if matrix {
            let origin = Point(x: bounds.maxX + Self.headingGap, y: bounds.minY)
            extra = matrixItems(edges, rows: rows.map(\.neurons), at: origin, &placer, context)
        }
        var keyItems = keyBeside ? [] : LegendKey.row(diagram.keys, at: Point(x: bounds.minX, y: bounds.maxY + 8), &placer).items
        for (r, row) in rows.enumerated() where !headingsOutside {
            let lines = elisionNote(columns[r], placer)
            guard !lines.isEmpty else { continue }
            // Under the row's heading, where the slide has room to spare.
            let below = row.y + placer.size(of: heading(columns[r])).height / 2 + 4 + placer.size(of: lines).height / 2
            guard place(lines, [0.0, 0.5, 1, 1.5].map { .init(point: Point(x: left, y: below + $0 * 8), alignment: .trailing) }
                + [.init(point: Point(x: right, y: row.y), alignment: .leading)])
            else { return nil }
        }
        if keyBeside {
            // Above the lower row's heading, in the band's empty left end (reaching left of the
            // headings if it must), or right of the upper row, where it adds no height and keeps the
            // figure within `maxWidth`; under everything if connections pass every such place.
            let (keyWidth, keyHeight) = LegendKey.rowSize(diagram.keys, placer)
            let content = Scene(width: 0, height: 0, background: nil, items: shapes + placer.runs.map(SceneItem.text)).contentBounds!
            let aboveLowerHeading = rows[1].y - placer.size(of: heading(columns[1])).height / 2 - 6 - keyHeight
            let candidates = [
                Point(x: bounds.minX, y: aboveLowerHeading), Point(x: left - keyWidth, y: aboveLowerHeading),
                Point(x: content.maxX + Self.headingGap, y: rows[0].y - keyHeight / 2),
            ].filter { max($0.x + keyWidth, content.maxX) - min($0.x, content.minX) <= maxWidth - 2 * Self.margin }
            let origin = candidates.first { LegendKey.rowFits(diagram.keys, at: $0, placer) }
                ?? Point(x: bounds.minX, y: content.maxY + 8)
            keyItems = LegendKey.row(diagram.keys, at: origin, &placer).items
        }
        let scene = Scene(
            width: 0, height: 0, background: theme.background, items: shapes + extra + keyItems + placer.runs.map(SceneItem.text),
            title: diagram.title)
        return scene.fitted(margin: Self.margin)
    }
}
