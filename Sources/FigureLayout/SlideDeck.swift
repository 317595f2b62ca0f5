import BackpropEngine
import LessonFormatting

/// Slides of 1280×720 (16:9), one per figure in lesson order, each with a title, the figure scaled
/// to fit between them, and a one-line caption.
public struct SlideDeck: Sendable {
    public static let width = 1280.0
    public static let height = 720.0
    /// A figure is never enlarged more than this, so small figures keep a sensible type size.
    public static let maxEnlargement = 2.0
    private static let margin = 40.0
    private static let titleFont = FontStyle(size: 34, bold: true)
    private static let captionSize = 22.0

    public let walkthrough: Walkthrough
    public let step: Int

    public init(walkthrough: Walkthrough, step: Int = 0) {
        self.walkthrough = walkthrough
        self.step = step
    }

    /// One page per `FigureKind`, in order.
    public func pages(_ context: FigureContext) throws(StringTable.MissingKey) -> [Scene] {
        var pages: [Scene] = []
        for kind in FigureKind.allCases { pages.append(try page(kind, context)) }
        return pages
    }

    /// The page of the figure `kind`, with its title and caption.
    public func page(_ kind: FigureKind, _ context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        let figure = try kind.scene(walkthrough: walkthrough, step: step, context: context)
        return page(figure, title: try context.text(kind.titleKey), caption: try context.text(kind.captionKey), context)
    }

    /// The area a page with `title` and `caption` leaves for its content: content of exactly this
    /// size is placed by `page` at its own size, not scaled.
    public func contentArea(title: String, caption: String, _ context: FigureContext) -> Rect {
        let usable = Self.width - 2 * Self.margin
        let placer = LabelPlacer(context: context, canvas: Rect(x: 0, y: 0, width: Self.width, height: Self.height))
        let headingHeight = placer.size(of: [TextLine(title, fitted(title, Self.titleFont, into: usable, context))]).height
        let captionHeight = placer.size(
            of: [TextLine(caption, fitted(caption, FontStyle(size: Self.captionSize), into: usable, context))]).height
        return Rect(
            x: Self.margin, y: Self.margin + headingHeight + 20, width: usable,
            height: Self.height - 2 * Self.margin - headingHeight - captionHeight - 40)
    }

    /// `figure` scaled and centred between `title` and `caption` on a slide.
    public func page(_ figure: Scene, title: String, caption: String, _ context: FigureContext) -> Scene {
        let slide = Rect(x: 0, y: 0, width: Self.width, height: Self.height)
        var placer = LabelPlacer(context: context, canvas: slide)
        let usable = Self.width - 2 * Self.margin
        let heading = fitted(title, Self.titleFont, into: usable, context)
        let captionFont = fitted(caption, FontStyle(size: Self.captionSize), into: usable, context)
        let headingHeight = placer.size(of: [TextLine(title, heading)]).height
        let captionHeight = placer.size(of: [TextLine(caption, captionFont)]).height
        placer.insist(
            [TextLine(title, heading)],
            at: .init(point: Point(x: Self.margin, y: Self.margin + headingHeight / 2), alignment: .leading))
        placer.insist(
            [TextLine(caption, captionFont, role: .secondaryText)],
            at: .init(point: Point(x: Self.margin, y: Self.height - Self.margin - captionHeight / 2), alignment: .leading))
        let area = contentArea(title: title, caption: caption, context)
        let scale = min(area.width / figure.width, area.height / figure.height, Self.maxEnlargement)
        let placed = figure.transformed(
            scale: scale, dx: area.x + (area.width - figure.width * scale) / 2,
            dy: area.y + (area.height - figure.height * scale) / 2)
        return Scene(
            width: Self.width, height: Self.height, background: context.theme.background,
            items: placed.items + placer.runs.map(SceneItem.text), title: figure.title)
    }

    /// `font`, made smaller until `text` fits in `width`.
    private func fitted(_ text: String, _ font: FontStyle, into width: Double, _ context: FigureContext) -> FontStyle {
        var font = font
        while context.measure(text, font).width > width && font.size > 8 { font.size -= 1 }
        return font
    }
}
