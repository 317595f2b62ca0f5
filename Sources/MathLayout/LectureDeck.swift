import BackpropEngine
import FigureLayout
import LessonFormatting
import LessonMath

/// The deck as a lecture runs: the figure slides of `SlideDeck` with the worked equations of the step
/// between them (network, forward figure, forward equations, cost, backward figure, BP1, BP2,
/// BP3 and BP4, update figure, updates, new cost, graph, loss curve), on 1280 × 720 slides after
/// the deck's title slide, all numbered.
public struct LectureDeck: Sendable {
    /// The figure slides, and the layout of every slide.
    public let deck: SlideDeck

    public init(walkthrough: Walkthrough, step: Int = 0, title: String = "", buildUp: Bool = false) {
        deck = SlideDeck(walkthrough: walkthrough, step: step, title: title, buildUp: buildUp)
    }

    /// What one slide (or run of slides) shows.
    enum Slide: Equatable {
        case figure(FigureKind)
        case equations(LessonPart)
    }

    /// The slides in lecture order.
    func order(_ lesson: LessonEquations) -> [Slide] {
        let parts = LessonPart.lecture(lesson)
        func slides(_ include: (LessonPart) -> Bool) -> [Slide] { parts.filter(include).map { .equations($0) } }
        return [.figure(.network), .figure(.forward)]
            + slides { if case .forward = $0 { true } else { $0 == .cost } }
            + [.figure(.backward)]
            + slides { switch $0 { case .outputError, .hiddenError, .gradients: true; default: false } }
            + [.figure(.update)]
            + slides { if case .update = $0 { true } else { $0 == .costAfter } }
            + [.figure(.graph), .figure(.loss)]
    }

    /// The equations of the step, numbers written as `context` writes them.
    public func lessonEquations(_ context: FigureContext) -> LessonEquations {
        LessonEquations(
            step: deck.walkthrough.steps[deck.step], examples: deck.walkthrough.examples, settings: deck.walkthrough.settings,
            format: context.numbers)
    }

    /// Every page of the deck: the title slide, then the figure and equation slides in lecture order.
    public func pages(_ context: FigureContext, typesetter: MathTypesetter) throws(StringTable.MissingKey) -> [Scene] {
        let lesson = lessonEquations(context)
        var slides: [SlideDeck.Slide] = []
        for slide in order(lesson) {
            switch slide {
            case .figure(let kind): slides += try deck.figureSlides(kind, context)
            case .equations(let part): slides += try equationSlides(part, lesson: lesson, context, typesetter)
            }
        }
        return try deck.pages(context, slides: slides)
    }

    /// The slides of one part: one, or more when its lines do not fit on one at the smallest size.
    /// Each is laid out at its own size in the deck's content area, never scaled or split again.
    func equationSlides(
        _ part: LessonPart, lesson: LessonEquations, _ context: FigureContext, _ typesetter: MathTypesetter
    ) throws(StringTable.MissingKey) -> [SlideDeck.Slide] {
        let equations = part.equations(in: lesson)
        guard !equations.isEmpty else { return [] }
        let keys = part.slideKeys
        let layer = keys.layer.map { ["layer": "\($0)"] } ?? [:]
        let title = try context.strings.text(keys.title.rawValue, layer)
        var caption = try context.strings.text(keys.caption.rawValue)
        let perExample: Bool = switch part {
        case .forward, .outputError, .hiddenError: true
        default: false
        }
        if perExample, lesson.exampleCount > 1 {
            caption = try context.strings.text(SlideString.firstExample.rawValue, ["caption": caption, "m": "\(lesson.exampleCount)"])
        }
        let continued = try context.strings.text(SlideString.continued.rawValue, ["title": title])
        let area = deck.contentArea(context)
        let stack = EquationStack(equations: equations, accent: part.accent)
        let (pages, _) = stack.pages(width: area.width, height: area.height, theme: context.theme, typesetter: typesetter)
        return pages.enumerated().map { index, items in
            let content = Scene(width: area.width, height: area.height, background: nil, items: items, title: title)
            return SlideDeck.Slide(figure: content, title: index == 0 ? title : continued, caption: caption, splittable: false)
        }
    }
}
