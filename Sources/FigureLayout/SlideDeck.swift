import BackpropEngine
import LessonFormatting

/// Slides of 1280×720 (16:9): a title slide, then one slide per figure in lesson order, each with a
/// title, the figure and one caption, numbered. A figure is laid out for the slide, not shrunk to
/// it: its text is never smaller than `minimumTextSize`, and a figure too large for that is split
/// over several slides, each titled with the part it shows.
public struct SlideDeck: Sendable {
    /// One slide before layout: a figure with its heading and caption. Other stages (e.g. equation
    /// slides) add their own slides to a deck's list.
    public struct Slide: Sendable {
        public var figure: Scene
        public var title: String
        public var caption: String
        /// Whether the figure may be split over several slides rather than scaled to fit one.
        public var splittable: Bool
        /// The figure's own parts, readable one by one, to show when the whole does not fit.
        public var parts: [Scene]
        /// The heading of each part when the parts have names (a layer pair), else empty: the parts
        /// are then numbered.
        public var partTitles: [String]

        public init(
            figure: Scene, title: String, caption: String, splittable: Bool = true, parts: [Scene] = [], partTitles: [String] = []
        ) {
            self.figure = figure
            self.title = title
            self.caption = caption
            self.splittable = splittable
            self.parts = parts
            self.partTitles = partTitles
        }
    }

    public static let width = 1280.0
    public static let height = 720.0
    /// The smallest type size on a slide, in points at 1280 × 720.
    public static let minimumTextSize = 18.0
    /// A figure is never enlarged more than this, so small figures keep a sensible type size.
    public static let maxEnlargement = 2.0
    private static let margin = 40.0
    private static let titleFont = FontStyle(size: 34, bold: true)
    private static let captionFont = FontStyle(size: 22)
    private static let numberFont = FontStyle(size: 18)
    private static let legendFont = FontStyle(size: 18, italic: true)

    public let walkthrough: Walkthrough
    public let step: Int
    /// The example's title in the slides' language, for the title slide.
    public let title: String
    /// Whether the backward pass is revealed over several slides (`BackwardFigure.buildUp`).
    public let buildUp: Bool

    public init(walkthrough: Walkthrough, step: Int = 0, title: String = "", buildUp: Bool = false) {
        self.walkthrough = walkthrough
        self.step = step
        self.title = title
        self.buildUp = buildUp
    }

    /// One slide per `FigureKind`, in order, before layout.
    public func figureSlides(_ context: FigureContext) throws(StringTable.MissingKey) -> [Slide] {
        var slides: [Slide] = []
        for kind in FigureKind.allCases { slides += try figureSlides(kind, context) }
        return slides
    }

    /// The slide of the figure `kind` before layout, or its build-up slides for the backward pass.
    public func figureSlides(_ kind: FigureKind, _ context: FigureContext) throws(StringTable.MissingKey) -> [Slide] {
        if kind == .backward, buildUp {
            let frames = try BackwardFigure(walkthrough: walkthrough, step: step).buildUp(context)
            var slides: [Slide] = []
            for (number, frame) in frames.enumerated() {
                slides.append(Slide(
                    figure: frame,
                    title: try context.text(.deckStep, [
                        "title": try context.text(kind.titleKey), "step": String(number + 1), "steps": String(frames.count),
                    ]),
                    caption: try context.text(kind.captionKey)))
            }
            return slides
        }
        // The loss curve is a chart, not split: drawn on a smaller canvas it is enlarged more.
        let figure = kind == .loss
            ? try LossCurveFigure(walkthrough: walkthrough, width: 520, height: 240).scene(context)
            : try kind.scene(walkthrough: walkthrough, step: step, context: context)
        if kind == .graph {
            let legend = wrapped(figure.separatingNotes().notes.map(\.text), context)
            return [Slide(
                figure: figure, title: try context.text(kind.titleKey), caption: try context.text(kind.captionKey),
                parts: try GraphFigure(walkthrough: walkthrough, step: step).parts(context) { part in
                    fits(part.separatingNotes().body, legendHeight: legend.height, context)
                })]
        }
        // A layered figure too large for a slide is shown one layer pair at a time, each laid out
        // for the slide's width at the deck's type size.
        let legend = wrapped(figure.separatingNotes().notes.map(\.text), context, packed: true)
        let area = figureArea(legendHeight: legend.height, context)
        let scale = Self.scale(of: figure)
        let pairs = try kind.layerPairs(
            walkthrough: walkthrough, step: step, maxWidth: area.width / scale, maxHeight: area.height / scale, context: context)
        return [Slide(
            figure: figure, title: try context.text(kind.titleKey), caption: try context.text(kind.captionKey),
            splittable: kind != .loss, parts: pairs.map(\.scene), partTitles: pairs.map(\.title))]
    }

    /// The pages: the title slide, then `slides` (the figures by default), each split into as many
    /// pages as it needs, all numbered.
    public func pages(_ context: FigureContext, slides: [Slide]? = nil) throws(StringTable.MissingKey) -> [Scene] {
        var pages = [try titlePage(context)]
        let all: [Slide]
        if let slides { all = slides } else { all = try figureSlides(context) }
        for slide in all {
            // The figure's notes become the slide's legend, wrapped to its width at a readable size.
            // (A chart keeps its own: its axis labels sit below its shapes too.)
            let (body, notes) = slide.splittable ? slide.figure.separatingNotes() : (slide.figure, [])
            var legend = wrapped(notes.map(\.text), context)
            let parts = slide.splittable ? split(body, legendHeight: legend.height, context) : [body]
            // Slides of named parts (layer pairs) run short notes together to leave the figure room.
            if parts.count > 1, !slide.partTitles.isEmpty { legend = wrapped(notes.map(\.text), context, packed: true) }
            for (part, heading) in try headedParts(slide, whole: parts, legendHeight: legend.height, context) {
                pages.append(page(part, title: heading, caption: slide.caption, legend: legend.lines, context))
            }
        }
        return pages.enumerated().map { number, page in
            number == 0 ? page : numbered(page, number + 1, of: pages.count, context)
        }
    }

    /// The parts a slide is shown in, each with its heading: the figure whole when it fits
    /// (`whole` is then one scene), else the slide's own parts (each cut again if it is still too
    /// large), headed by their names or numbered, else `whole`, the figure cut, numbered.
    private func headedParts(
        _ slide: Slide, whole: [Scene], legendHeight: Double, _ context: FigureContext
    ) throws(StringTable.MissingKey) -> [(Scene, String)] {
        func numbered(_ parts: [Scene], _ title: String) throws(StringTable.MissingKey) -> [(Scene, String)] {
            guard parts.count > 1 else { return parts.map { ($0, title) } }
            var headed: [(Scene, String)] = []
            for (number, part) in parts.enumerated() {
                headed.append((part, try context.text(.deckPart, [
                    "title": title, "part": String(number + 1), "parts": String(parts.count),
                ])))
            }
            return headed
        }
        guard whole.count > 1, !slide.parts.isEmpty else { return try numbered(whole, slide.title) }
        // Named parts (layer pairs) have no notes: the numbers under their lower row stay.
        let cut = slide.parts.map { part in
            split(slide.partTitles.isEmpty ? part.separatingNotes().body : part, legendHeight: legendHeight, context)
        }
        guard slide.partTitles.count == slide.parts.count else { return try numbered(cut.flatMap { $0 }, slide.title) }
        var headed: [(Scene, String)] = []
        for (pieces, title) in zip(cut, slide.partTitles) { headed += try numbered(pieces, title) }
        return headed
    }

    /// The example's title, its network, cost and learning rate.
    func titlePage(_ context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        let network = walkthrough.steps[step].network
        let settings = walkthrough.settings
        var placer = LabelPlacer(context: context)
        let lines = [
            // A long title is set smaller rather than run off the slide.
            TextLine(title, fitted(title, FontStyle(size: 44, bold: true), into: Self.width - 4 * Self.margin, context)),
            TextLine(
                try context.text(.deckNetwork, [
                    "sizes": network.sizesDescription,
                    "loss": try context.strings.text("loss.\(settings.loss.rawValue).name"),
                ]), FontStyle(size: 26), role: .secondaryText),
            TextLine(
                try context.text(.learningRate, ["value": context.numbers.given(settings.learningRate)]), FontStyle(size: 26),
                role: .secondaryText),
        ]
        var top = Self.height * 0.36
        for line in lines {
            let height = placer.size(of: [line]).height
            placer.insist([line], at: .init(point: Point(x: Self.margin * 2, y: top + height / 2), alignment: .leading))
            top += height + 18
        }
        return Scene(
            width: Self.width, height: Self.height, background: context.theme.background,
            items: placer.runs.map(SceneItem.text), title: title)
    }

    /// The area a slide that is not split (and so has no legend) gives its content: content of
    /// exactly this size is placed at its own size, not scaled.
    public func contentArea(_ context: FigureContext) -> Rect {
        figureArea(legendHeight: 0, context)
    }

    /// The area a figure gets on a slide above a legend `legendHeight` tall.
    private func figureArea(legendHeight: Double, _ context: FigureContext) -> Rect {
        let titleHeight = context.measure("Ág", Self.titleFont)
        let captionHeight = context.measure("Ág", Self.captionFont)
        let top = Self.margin + titleHeight.ascent + titleHeight.descent + 20
        let bottom = Self.height - Self.margin - captionHeight.ascent - captionHeight.descent - 20
            - (legendHeight > 0 ? legendHeight + 12 : 0)
        return Rect(x: Self.margin, y: top, width: Self.width - 2 * Self.margin, height: bottom - top)
    }

    /// `notes` broken into lines of the slide's width in the legend font, and their height; with
    /// `packed`, notes that fit together share a line, set apart by " · ".
    private func wrapped(_ notes: [String], _ context: FigureContext, packed: Bool = false) -> (lines: [TextLine], height: Double) {
        let usable = Self.width - 2 * Self.margin
        var notes = notes
        if packed {
            var joined: [String] = []
            for note in notes {
                if let last = joined.last, context.measure(last + " · " + note, Self.legendFont).width <= usable {
                    joined[joined.count - 1] = last + " · " + note
                } else {
                    joined.append(note)
                }
            }
            notes = joined
        }
        let placer = LabelPlacer(context: context)
        let lines = notes.flatMap { placer.wrapped(TextLine($0, Self.legendFont, role: .secondaryText), width: usable) }
        return (lines, lines.isEmpty ? 0 : placer.size(of: lines).height)
    }

    /// `figure` as one or more parts, each of which fits the figure area with its smallest text at
    /// `minimumTextSize` or more.
    func split(_ figure: Scene, legendHeight: Double, _ context: FigureContext) -> [Scene] {
        if fits(figure, legendHeight: legendHeight, context) { return [figure] }
        let area = figureArea(legendHeight: legendHeight, context)
        let scale = Self.scale(of: figure)
        return figure.parts(maxWidth: area.width / scale, maxHeight: area.height / scale, margin: 8)
    }

    /// Whether `figure` fits the figure area of a slide with its smallest text at `minimumTextSize`.
    private func fits(_ figure: Scene, legendHeight: Double, _ context: FigureContext) -> Bool {
        let area = figureArea(legendHeight: legendHeight, context)
        let scale = Self.scale(of: figure)
        return figure.width * scale <= area.width && figure.height * scale <= area.height
    }

    /// How much `figure` is enlarged on a slide so that its smallest text is `minimumTextSize`, with
    /// 2 % to spare: a part's strokes reach a little beyond the cut they were chosen by.
    private static func scale(of figure: Scene) -> Double {
        minimumTextSize / (figure.textRuns.map(\.font.size).min() ?? minimumTextSize) * 1.02
    }

    /// `figure` scaled and centred between `title` and `caption` on a slide, `legend` under it.
    func page(_ figure: Scene, title: String, caption: String, legend: [TextLine], _ context: FigureContext) -> Scene {
        var placer = LabelPlacer(context: context)
        let usable = Self.width - 2 * Self.margin
        let titleFont = fitted(title, Self.titleFont, into: usable, context)
        let captionFont = fitted(caption, Self.captionFont, into: usable - 90, context)
        let headingHeight = placer.size(of: [TextLine(title, titleFont)]).height
        let captionHeight = placer.size(of: [TextLine(caption, captionFont)]).height
        placer.insist(
            [TextLine(title, titleFont)],
            at: .init(point: Point(x: Self.margin, y: Self.margin + headingHeight / 2), alignment: .leading))
        placer.insist(
            [TextLine(caption, captionFont, role: .secondaryText)],
            at: .init(point: Point(x: Self.margin, y: Self.height - Self.margin - captionHeight / 2), alignment: .leading))
        let legendHeight = legend.isEmpty ? 0 : placer.size(of: legend).height
        let area = figureArea(legendHeight: legendHeight, context)
        if !legend.isEmpty {
            placer.insist(legend, at: .init(point: Point(x: Self.margin, y: area.maxY + 12 + legendHeight / 2), alignment: .leading))
        }
        let smallest = figure.textRuns.map(\.font.size).min() ?? Self.minimumTextSize
        let enlargement = max(Self.maxEnlargement, Self.minimumTextSize / smallest)
        let scale = min(area.width / figure.width, area.height / figure.height, enlargement)
        let placed = figure.transformed(
            scale: scale, dx: area.x + (area.width - figure.width * scale) / 2,
            dy: area.y + (area.height - figure.height * scale) / 2)
        return Scene(
            width: Self.width, height: Self.height, background: context.theme.background,
            items: placed.items + placer.runs.map(SceneItem.text), title: figure.title)
    }

    /// `font`, made smaller until `text` fits in `width`, but not below `minimumTextSize`.
    private func fitted(_ text: String, _ font: FontStyle, into width: Double, _ context: FigureContext) -> FontStyle {
        var font = font
        while context.measure(text, font).width > width && font.size > Self.minimumTextSize { font.size -= 1 }
        return font
    }

    /// `page` with "n / total" in its bottom right corner.
    private func numbered(_ page: Scene, _ number: Int, of total: Int, _ context: FigureContext) -> Scene {
        var placer = LabelPlacer(context: context)
        let line = TextLine("\(number) / \(total)", Self.numberFont, role: .secondaryText)
        let height = placer.size(of: [line]).height
        placer.insist(
            [line], at: .init(point: Point(x: Self.width - Self.margin, y: Self.height - Self.margin - height / 2), alignment: .trailing))
        var page = page
        page.items += placer.runs.map(SceneItem.text)
        return page
    }
}
