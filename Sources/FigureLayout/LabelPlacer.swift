/// Places blocks of text where they touch no other label, no foreign line, circle or box, and stay
/// on the canvas: each block tries its candidate positions in order and takes the first that fits.
struct LabelPlacer {
    /// Where a block sits relative to its candidate point (vertically it is always centred).
    enum Alignment {
        case center
        /// The block starts at the point.
        case leading
        /// The block ends at the point.
        case trailing
    }

    struct Candidate {
        var point: Point
        var alignment: Alignment = .center
    }

    /// Free space kept around every label, in figure units.
    static let clearance = 3.0
    /// Space between the lines of a block.
    static let lineGap = 2.0

    let context: FigureContext
    /// When set, labels must stay inside it.
    var canvas: Rect?
    private(set) var runs: [TextRun] = []
    private var segments: [(owner: String?, from: Point, to: Point)] = []
    private var circles: [Circle] = []
    private var boxes: [Box] = []

    init(context: FigureContext, canvas: Rect? = nil) {
        self.context = context
        self.canvas = canvas
    }

    /// Makes a drawn shape something labels must avoid (unless they belong to it).
    mutating func avoid(_ item: SceneItem) {
        switch item {
        case .circle(let circle): circles.append(circle)
        case .box(let box): boxes.append(box)
        case .path(let path):
            let points = path.polyline()
            for (a, b) in zip(points, points.dropFirst()) { segments.append((path.id, a, b)) }
        case .text(let run): runs.append(run)
        }
    }

    /// The size of a block of lines.
    func size(of lines: [TextLine]) -> (width: Double, height: Double) {
        let metrics = lines.map { context.measure($0.text, $0.font) }
        let height = metrics.reduce(0) { $0 + $1.ascent + $1.descent } + Self.lineGap * Double(max(lines.count - 1, 0))
        return (metrics.map(\.width).max() ?? 0, height)
    }

    /// `line` broken between words into lines of its font and role, none wider than `width` unless
    /// a word alone is.
    func wrapped(_ line: TextLine, width: Double) -> [TextLine] {
        var lines: [TextLine] = []
        for word in line.text.split(separator: " ").map(String.init) {
            if let last = lines.last, size(of: [TextLine(last.text + " " + word, line.font)]).width <= width {
                lines[lines.count - 1].text = last.text + " " + word
            } else {
                lines.append(TextLine(word, line.font, role: line.role))
            }
        }
        return lines
    }

    /// The runs of `lines` laid out at `candidate`.
    func layout(
        _ lines: [TextLine], at candidate: Candidate, owner: String?, backdrop: Color?
    ) -> [TextRun] {
        let (width, height) = size(of: lines)
        let left: Double = switch candidate.alignment {
        case .center: candidate.point.x - width / 2
        case .leading: candidate.point.x
        case .trailing: candidate.point.x - width
        }
        var top = candidate.point.y - height / 2
        return lines.map { line in
            let metrics = context.measure(line.text, line.font)
            let x: Double = switch candidate.alignment {
            case .center: left + (width - metrics.width) / 2
            case .leading: left
            case .trailing: left + width - metrics.width
            }
            let bounds = Rect(x: x, y: top, width: metrics.width, height: metrics.ascent + metrics.descent)
            top += bounds.height + Self.lineGap
            return TextRun(
                text: line.text, origin: Point(x: x, y: bounds.minY + metrics.ascent), font: line.font,
                color: context.theme.color(line.role), bounds: bounds, owner: owner, backdrop: backdrop)
        }
    }

    /// Whether `run` would be readable where it is.
    func fits(_ run: TextRun) -> Bool {
        if let canvas, !canvas.contains(run.bounds) { return false }
        let area = (run.backdrop == nil ? run.bounds : run.backdropFrame).insetBy(-Self.clearance)
        if runs.contains(where: { $0.bounds.overlaps(area) }) { return false }
        if circles.contains(where: { $0.id != run.owner && area.intersects(circleAt: $0.center, radius: $0.radius) }) {
            return false
        }
        if boxes.contains(where: { $0.id != run.owner && $0.frame.overlaps(area) }) { return false }
        return !segments.contains { $0.owner != run.owner && area.intersects(segmentFrom: $0.from, to: $0.to) }
    }

    /// Places `lines` at the first candidate where every line fits; `nil` if none does.
    mutating func place(
        _ lines: [TextLine], candidates: [Candidate], owner: String? = nil, backdrop: Color? = nil
    ) -> [TextRun]? {
        for candidate in candidates {
            let placed = layout(lines, at: candidate, owner: owner, backdrop: backdrop)
            if placed.allSatisfy(fits) {
                runs += placed
                return placed
            }
        }
        return nil
    }

    /// Places `lines` at `candidate` whether or not they fit: the last resort of a layout that has
    /// run out of room to grow.
    mutating func insist(_ lines: [TextLine], at candidate: Candidate, owner: String? = nil, backdrop: Color? = nil) {
        runs += layout(lines, at: candidate, owner: owner, backdrop: backdrop)
    }
}
