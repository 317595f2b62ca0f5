import FigureLayout

/// Fills A4 pages from the top: lines of text wrapped at the margins, figures scaled to the width,
/// ruled space for answers, and a new page whenever the next piece does not fit.
struct PageFlow {
    /// A4 in points (1/72 inch), as PDF pages are measured.
    static let width = 595.28
    static let height = 841.89
    static let margin = 48.0
    static let footerFont = FontStyle(size: 8)

    let context: FigureContext
    /// The footer of each page, given its number (from 1).
    let footer: (Int) -> String
    private(set) var pages: [Scene] = []
    private var items: [SceneItem] = []
    private var y = PageFlow.margin

    init(context: FigureContext, footer: @escaping (Int) -> String) {
        self.context = context
        self.footer = footer
    }

    var usableWidth: Double { Self.width - 2 * Self.margin }
    private var bottom: Double { Self.height - Self.margin - 14 }

    /// Starts a new page unless `height` more fits on this one.
    mutating func keep(_ height: Double) {
        if y + height > bottom, !items.isEmpty { newPage() }
    }

    mutating func newPage() {
        let page = pages.count + 1
        let text = footer(page)
        let metrics = context.measurer.measure(text, font: Self.footerFont)
        let origin = Point(x: Self.margin, y: Self.height - Self.margin + 4)
        items.append(.text(TextRun(
            text: text, origin: origin, font: Self.footerFont, color: context.theme.color(.secondaryText),
            bounds: Rect(x: origin.x, y: origin.y - metrics.ascent, width: metrics.width, height: metrics.ascent + metrics.descent))))
        pages.append(Scene(width: Self.width, height: Self.height, background: context.theme.background, items: items, title: text))
        items = []
        y = Self.margin
    }

    mutating func space(_ height: Double) { y += height }

    /// `text` wrapped at spaces to the width (less `indent`); continuation lines indented by `hanging` more.
    mutating func text(
        _ text: String, _ font: FontStyle, role: Theme.Role = .text, indent: Double = 0, hanging: Double = 0
    ) {
        let lines = wrapped(text, font, width: usableWidth - indent, hanging: hanging)
        for (index, line) in lines.enumerated() {
            let metrics = context.measurer.measure(line, font: font)
            let lineHeight = (metrics.ascent + metrics.descent) * 1.35
            keep(lineHeight)
            let origin = Point(x: Self.margin + indent + (index == 0 ? 0 : hanging), y: y + metrics.ascent)
            items.append(.text(TextRun(
                text: line, origin: origin, font: font, color: context.theme.color(role),
                bounds: Rect(x: origin.x, y: y, width: metrics.width, height: metrics.ascent + metrics.descent))))
            y += lineHeight
        }
    }

    /// `figure` scaled to the width and at most `maxHeight` tall, centred.
    mutating func figure(_ figure: Scene, maxHeight: Double) {
        let scale = min(usableWidth / figure.width, maxHeight / figure.height, 1.2)
        keep(figure.height * scale)
        let placed = figure.transformed(
            scale: scale, dx: Self.margin + (usableWidth - figure.width * scale) / 2, dy: y)
        items += placed.items
        y += figure.height * scale
    }

    /// `count` ruled lines to write on.
    mutating func ruledLines(_ count: Int, spacing: Double = 22) {
        keep(Double(count) * spacing)
        for _ in 0..<count {
            y += spacing
            items.append(.path(Path(
                start: Point(x: Self.margin, y: y), segments: [.line(to: Point(x: Self.width - Self.margin, y: y))],
                stroke: Stroke(color: context.theme.color(.grid), width: 0.6))))
        }
        y += 6
    }

    /// The pages, the last one closed.
    mutating func finish() -> [Scene] {
        if !items.isEmpty { newPage() }
        return pages
    }

    /// Lines of `text` no wider than `width`, broken at spaces (a word longer than the line stands alone).
    private func wrapped(_ text: String, _ font: FontStyle, width: Double, hanging: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            let limit = lines.isEmpty ? width : width - hanging
            if !current.isEmpty, context.measurer.measure(candidate, font: font).width > limit {
                lines.append(current)
                current = word
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lines
    }
}
