import BackpropEngine
import LessonFormatting

extension FigureKind {
    /// The width of a phone's text column (a 360 px screen less the page's margins), in figure
    /// units: a narrow figure is shown at its own size there, one unit to a CSS pixel, so that its
    /// text keeps the figures' type size.
    public static let narrowWidth = 336.0
    /// How tall one part of a narrow figure may grow (about a phone's screen): a layer pair whose
    /// labelled connections need more shows their matrix, or is split.
    static let narrowPartHeight = 560.0
    private static let narrowMargin = 8.0
    private static let narrowPartGap = 14.0

    /// The figure laid out for a phone's column, no wider than `narrowWidth` where it can be: the
    /// layered figures one layer pair at a time, top to bottom, each headed by its layers; the graph
    /// a step at a time; the loss curve on a narrower canvas. The key and the notes come once, at the
    /// bottom, broken into lines of the column's width. A layered figure keeps the whole figure's
    /// ids, so that a page links its numbers to either.
    public func narrowScene(walkthrough: Walkthrough, step: Int = 0, context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        switch self {
        case .loss:
            return try LossCurveFigure(walkthrough: walkthrough, width: Self.narrowWidth, height: 300).scene(context)
        case .graph:
            return try GraphFigure(walkthrough: walkthrough, step: step).narrowScene(context)
        case .network, .forward, .backward, .update:
            var diagram = try networkDiagram(walkthrough: walkthrough, step: step, context: context)!
            let keys = diagram.keys
            diagram.keys = []
            let pairs = try layerPairs(
                of: diagram, maxWidth: Self.narrowWidth - 1, maxHeight: Self.narrowPartHeight, headingsOutside: true,
                context: context
            ) { from, to throws(StringTable.MissingKey) in
                try context.text(.narrowLayerPair, ["from": from, "to": to])
            }
            return Self.stacked(pairs, keys: keys, notes: diagram.notes, title: diagram.title, context)
        }
    }

    /// `parts` one under the other, each under its bold heading and centred in the column, then
    /// `keys` (in a row if it fits, else one to a line) and `notes`, each broken into lines of the
    /// column's width.
    static func stacked(
        _ parts: [(title: String, scene: Scene)], keys: [LegendKey], notes: [[TextLine]], title: String, _ context: FigureContext
    ) -> Scene {
        var placer = LabelPlacer(context: context)
        let margin = Self.narrowMargin
        // A unit to spare: the figure is fitted to its content, rounded up.
        let column = max(Self.narrowWidth, parts.map(\.scene.width).max() ?? 0) - 2 * margin - 1
        var items: [SceneItem] = []
        var top = margin
        for (heading, scene) in parts {
            let lines = placer.wrapped(TextLine(heading, FigureFont.heading), width: column)
            let height = placer.size(of: lines).height
            placer.insist(lines, at: .init(point: Point(x: margin, y: top + height / 2), alignment: .leading))
            top += height
            // Each part was fitted with its own margin: centred, it keeps that much space around it.
            let placed = scene.translated(dx: (column + 2 * margin - scene.width) / 2, dy: top)
            items += placed.items
            top += scene.height + Self.narrowPartGap
        }
        let rows = LegendKey.rowSize(keys, placer).width <= column ? [keys] : keys.map { [$0] }
        for row in rows where !row.isEmpty {
            let key = LegendKey.row(row, at: Point(x: margin, y: top), &placer)
            items += key.items
            top += key.height + 6
        }
        for note in notes {
            let lines = note.flatMap { placer.wrapped($0, width: column) }
            let height = placer.size(of: lines).height
            placer.insist(lines, at: .init(point: Point(x: margin, y: top + height / 2), alignment: .leading))
            top += height + 4
        }
        return Scene(
            width: 0, height: 0, background: context.theme.background, items: items + placer.runs.map(SceneItem.text), title: title
        ).fitted(margin: margin)
    }
}
