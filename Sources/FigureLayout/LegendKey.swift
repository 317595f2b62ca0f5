/// One entry of a figure's key: a short sample of a stroke exactly as the figure draws it (colour,
/// width, dashes, arrowhead), and what it means.
struct LegendKey {
    var stroke: Stroke
    var label: String
    /// Whether the figure's strokes of this kind end in an arrowhead.
    var arrow = true

    /// The start of the ids of the sample strokes.
    static let idPrefix = "legend-key-"
    /// How long a sample stroke is, and the gaps after it and after its label.
    private static let sampleLength = 34.0
    private static let labelGap = 6.0
    private static let entryGap = 22.0

    /// The width and height of `row(keys, …)`.
    static func rowSize(_ keys: [LegendKey], _ placer: LabelPlacer) -> (width: Double, height: Double) {
        let sizes = keys.map { placer.size(of: [TextLine($0.label, FigureFont.note)]) }
        return (sizes.map { sampleLength + labelGap + $0.width + entryGap }.reduce(0, +), sizes.map(\.height).max() ?? 0)
    }

    /// Whether `row(keys, at: origin, &placer)` would set every label clear of what `placer` holds.
    static func rowFits(_ keys: [LegendKey], at origin: Point, _ placer: LabelPlacer) -> Bool {
        var trial = placer
        return row(keys, at: origin, &trial, insist: false) != nil
    }

    /// The samples of `keys` in a row starting at `origin` (its top left), their labels placed
    /// with `placer`; returns the sample paths and the row's height.
    static func row(_ keys: [LegendKey], at origin: Point, _ placer: inout LabelPlacer) -> (items: [SceneItem], height: Double) {
        row(keys, at: origin, &placer, insist: true)!
    }

    /// The row, or `nil` if a label finds no clear place and `insist` is false.
    private static func row(
        _ keys: [LegendKey], at origin: Point, _ placer: inout LabelPlacer, insist: Bool
    ) -> (items: [SceneItem], height: Double)? {
        var x = origin.x
        var items: [SceneItem] = []
        let lines = keys.map { [TextLine($0.label, FigureFont.note, role: .secondaryText)] }
        let height = lines.map { placer.size(of: $0).height }.max() ?? 0
        let middle = origin.y + height / 2
        for (index, key) in keys.enumerated() {
            let id = "\(idPrefix)\(index)"
            let path = Path(
                id: id, start: Point(x: x, y: middle), segments: [.line(to: Point(x: x + sampleLength, y: middle))],
                stroke: key.stroke, arrowAtEnd: key.arrow)
            items.append(.path(path))
            placer.avoid(.path(path))
            let label = lines[index]
            let at = LabelPlacer.Candidate(point: Point(x: x + sampleLength + labelGap, y: middle), alignment: .leading)
            if insist {
                placer.insist(label, at: at)
            } else if placer.place(label, candidates: [at]) == nil {
                return nil
            }
            x += sampleLength + labelGap + placer.size(of: label).width + entryGap
        }
        return (items, height)
    }
}
