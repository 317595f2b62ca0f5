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
    /// The tips of the arrowheads that end paths, each with how far from it its head reaches.
    private var arrowheads: [(tip: Point, reach: Double)] = []

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
            // A head's base is narrower than it is long: it lies within 1.1 lengths of its tip.
            if path.arrowAtEnd, let tip = points.last { arrowheads.append((tip, 1.1 * path.stroke.arrowheadLength)) }
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

    /// How far a line's label keeps from what could make it read as another line's (issue 11, "edge
    /// labels that belong to their edge"), in figure units from its box: a tenth over what the
    /// readability tests ask. Its own line passes through its box, so lines sampled every half unit,
    /// as the tests measure them, are no nearer to it than the lines themselves.
    enum LineLabelSpacing {
        /// Every other line is at least this much further from the label than its own line.
        static let foreignLine = 10.1
        /// From every point where two lines cross: a label there could belong to any of them.
        static let crossing = 18.1
        /// From a label of another line that reads the same: look-alike numbers side by side make a
        /// reader trace the lines to tell them apart.
        static let sameText = 40.1
        /// From every arrowhead, its own line's included.
        static let arrowhead = 1.5
    }

    /// How far a line's label may move across its line, as fractions of its height (or width),
    /// nearest first: never so far that the line only grazes its box.
    private static let shiftsAcrossLine = (1...9).flatMap { [-0.05 * Double($0), 0.05 * Double($0)] }

    /// Places `lines`, the label of the straight line `owner` from `start` to `end`, at the first of
    /// `fractions` along it (best first) where it fits and reads as that line's: `LineLabelSpacing`
    /// from every other line, every one of `crossings`, every label of another line that reads the
    /// same and every arrowhead. Failing that, at the first where it does so moved across the line
    /// (up or down a line flatter than 45°, left or right a steeper one) by up to 0.45 of its size,
    /// the line still through its box. `nil` if there is none.
    mutating func placeOnLine(
        _ lines: [TextLine], from start: Point, to end: Point, at fractions: [Double], owner: String, backdrop: Color?,
        crossings: [Point]
    ) -> [TextRun]? {
        // Laid out once, then moved: measuring text is the costly part.
        let laidOut = layout(lines, at: Candidate(point: start), owner: owner, backdrop: backdrop)
        let (width, height) = size(of: lines)
        let flat = abs(end.x - start.x) >= abs(end.y - start.y)
        let reach = Self.shiftsAcrossLine.map(abs).max()! * (flat ? height : width)
        let own = segments.filter { $0.owner == owner }.map { ($0.from, $0.to) }
        let foreign = segments.filter { $0.owner != owner }.map { ($0.from, $0.to) }
        let lineOwners = Set(segments.compactMap(\.owner))
        let texts = Set(lines.map(\.text))
        let twins = runs.filter { texts.contains($0.text) && $0.owner != owner && $0.owner.map(lineOwners.contains) == true }
        func moved(_ t: Double, shift: Double) -> [TextRun] {
            let dx = (end.x - start.x) * t + (flat ? 0 : shift * width), dy = (end.y - start.y) * t + (flat ? shift * height : 0)
            return laidOut.map { run in
                var run = run
                run.origin = Point(x: run.origin.x + dx, y: run.origin.y + dy)
                run.bounds = Rect(x: run.bounds.minX + dx, y: run.bounds.minY + dy, width: run.bounds.width, height: run.bounds.height)
                return run
            }
        }
        // One copy of the placer for every trial: a closure reading the `inout` self copies it at each call.
        let placer = self
        func readable(_ placed: [TextRun]) -> Bool {
            placed.allSatisfy {
                placer.readsAsItsLine($0, own: own, foreign: foreign, crossings: crossings, twins: twins) && placer.fits($0)
            }
        }
        if let placed = fractions.lazy.map({ moved($0, shift: 0) }).first(where: readable) {
            runs += placed
            return placed
        }
        // Moving across the line brings the label no further from a crossing than it moves.
        let reachable = fractions.filter { t in
            moved(t, shift: 0).allSatisfy { run in crossings.allSatisfy { run.bounds.distance(to: $0) + reach >= LineLabelSpacing.crossing } }
        }
        for t in reachable {
            if let placed = Self.shiftsAcrossLine.lazy.map({ moved(t, shift: $0) }).first(where: readable) {
                runs += placed
                return placed
            }
        }
        return nil
    }

    /// Whether `run`, a label of the line made of the segments `own`, keeps `LineLabelSpacing` from
    /// everything that could make it read as another line's: the `foreign` segments, `crossings`,
    /// arrowheads and the labels of other lines that may read the same (`twins`).
    private func readsAsItsLine(
        _ run: TextRun, own: [(Point, Point)], foreign: [(Point, Point)], crossings: [Point], twins: [TextRun]
    ) -> Bool {
        let box = run.bounds
        for crossing in crossings where box.distance(to: crossing) < LineLabelSpacing.crossing { return false }
        for head in arrowheads where box.distance(to: head.tip) < head.reach + LineLabelSpacing.arrowhead { return false }
        for twin in twins where twin.text == run.text && box.distance(to: twin.bounds) < LineLabelSpacing.sameText { return false }
        var nearest = Double.infinity
        for (a, b) in own { nearest = min(nearest, box.distance(toSegmentFrom: a, to: b)) }
        // A segment whose bounds are far enough is far enough itself.
        for (a, b) in foreign where box.distance(to: Rect(spanning: a, b)) < nearest + LineLabelSpacing.foreignLine
            && box.distance(toSegmentFrom: a, to: b) < nearest + LineLabelSpacing.foreignLine {
            return false
        }
        return true
    }
}
