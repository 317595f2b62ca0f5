import FigureLayout

/// The fill, stroke width and font size the root `<svg>` of a document sets, so that the elements
/// that share them inherit them instead of repeating them: the commonest opaque fill (most often the
/// text colour), the commonest width of a stroked shape and the commonest size of text. Every
/// element draws as it would with the attribute of its own. Ties go to the value met first, so a
/// scene always gives the same bytes.
struct SVGRootDefaults {
    /// `#rrggbb` or `none`; `nil` when the scene fills nothing opaquely.
    let fill: String?
    /// The stroke width of stroked shapes (halos write their own); `nil` when nothing is stroked.
    let strokeWidth: Double?
    /// The size of DejaVu Sans text; `nil` when there is none.
    let fontSize: Double?

    init(_ scene: Scene) {
        var fills = Tally<String>()
        var widths = Tally<Double>()
        var sizes = Tally<Double>()
        func count(_ color: Color?) {
            guard let color else { return fills.add("none") }
            if color.alpha >= 1 { fills.add(color.hexString) }
        }
        if let background = scene.background { count(background) }
        for item in scene.items {
            switch item {
            case .circle(let circle):
                count(circle.fill)
                if let stroke = circle.stroke { widths.add(stroke.width) }
            case .box(let box):
                count(box.fill)
                if let stroke = box.stroke { widths.add(stroke.width) }
            case .path(let path):
                count(nil)
                widths.add(path.stroke.width)
                if path.arrowAtEnd { count(path.stroke.color) }
            case .text(let run):
                count(run.color)
                if run.font.family == .sans { sizes.add(run.font.size) }
                if let halo = run.backdrop { count(halo) }
            }
        }
        fill = fills.commonest
        strokeWidth = widths.commonest
        fontSize = sizes.commonest
    }

    /// Counts of values, remembering which came first.
    private struct Tally<Value: Hashable> {
        private var counts: [Value: (count: Int, first: Int)] = [:]

        mutating func add(_ value: Value) {
            let first = counts.count
            counts[value, default: (0, first)].count += 1
        }

        var commonest: Value? {
            counts.min { ($0.value.count, -$0.value.first) > ($1.value.count, -$1.value.first) }?.key
        }
    }
}
