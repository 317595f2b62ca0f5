import FigureLayout
import LessonMath

/// One part of the lesson's equations as a figure of its own, for PowerPoint, Keynote or Google
/// Slides: the derivations at slide size (32 pt, lines broken to fit a 1280 × 720 slide), on the
/// theme's background with a margin, results in the part's colour.
public struct EquationFigure: Sendable {
    /// The type size, in points: the middle of the deck's sizes.
    public static let size = 32.0
    /// Lines are broken to fit this width, a slide's less its margins.
    public static let maxWidth = 1200.0
    static let margin = 16.0

    public let equations: [Equation]
    public let accent: Theme.Role
    public let title: String

    public init(equations: [Equation], accent: Theme.Role, title: String) {
        self.equations = equations
        self.accent = accent
        self.title = title
    }

    /// The figure in `theme`; every line on one canvas, however tall.
    public func scene(theme: Theme, typesetter: MathTypesetter) -> Scene {
        let stack = EquationStack(equations: equations, accent: accent)
        let (pages, _) = stack.pages(
            width: Self.maxWidth, height: .greatestFiniteMagnitude, sizes: [Self.size], centered: false, theme: theme, typesetter: typesetter)
        let scene = Scene(width: Self.maxWidth, height: 1, background: theme.background, items: pages.first ?? [], title: title)
        return scene.fitted(margin: Self.margin)
    }
}
