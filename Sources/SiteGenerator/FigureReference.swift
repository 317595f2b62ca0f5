import FigureLayout

/// A figure of an example page, already rendered by the figure step: its title and alt text in the
/// page's language, and its files next to the page (figures/<name>.svg, .png at 2×, .pdf).
public struct FigureReference: Equatable, Sendable {
    /// Which figure of the lesson, which also decides the section it appears in.
    public let kind: FigureKind
    /// The caption.
    public let title: String
    /// The alt text of the image, in the page's language.
    public let alt: String

    /// The image shown on the page.
    public let svgPath: String
    /// For slides: the figure at twice the size.
    public let pngPath: String
    /// Vector, for LaTeX and Beamer.
    public let pdfPath: String

    /// The figure `kind`, whose files are figures/<kind>.svg, .png and .pdf next to the page.
    /// (Stored rather than computed: templates see stored properties only.)
    public init(kind: FigureKind, title: String, alt: String) {
        self.kind = kind
        self.title = title
        self.alt = alt
        svgPath = "\(Self.folder)/\(kind.rawValue).svg"
        pngPath = "\(Self.folder)/\(kind.rawValue).png"
        pdfPath = "\(Self.folder)/\(kind.rawValue).pdf"
    }

    /// The folder of an example's figures, relative to its pages.
    public static let folder = "figures"
}
