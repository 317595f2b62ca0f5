import FigureLayout

/// A figure of an example page, already rendered by the figure step: its title and alt text in the
/// page's language, and its files next to the page (figures/<name>.svg, .png at 2×, .pdf).
public struct FigureReference: Equatable, Sendable {
    /// Which figure of the lesson, which also decides the section it appears in.
    public var kind: FigureKind
    /// The caption.
    public var title: String
    /// The alt text of the image, in the page's language.
    public var alt: String

    public init(kind: FigureKind, title: String, alt: String) {
        self.kind = kind
        self.title = title
        self.alt = alt
    }

    /// The folder of an example's figures, relative to its pages.
    public static let folder = "figures"

    /// The image shown on the page.
    public var svgPath: String { "\(Self.folder)/\(kind.rawValue).svg" }
    /// For slides: the figure at twice the size.
    public var pngPath: String { "\(Self.folder)/\(kind.rawValue).png" }
    /// Vector, for LaTeX and Beamer.
    public var pdfPath: String { "\(Self.folder)/\(kind.rawValue).pdf" }
}
