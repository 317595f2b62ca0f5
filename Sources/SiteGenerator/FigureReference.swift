import FigureLayout

/// A figure of an example page, already rendered by the figure step: its title and alt text in the
/// page's language, and its files next to the page (figures/<name>.svg, -dark.svg, -narrow.svg and
/// -narrow-dark.svg for phones, .png at 2×, .pdf).
public struct FigureReference: Equatable, Sendable {
    /// Which figure of the lesson, which also decides the section it appears in.
    public let kind: FigureKind
    /// The caption.
    public let title: String
    /// The alt text of the image, in the page's language.
    public let alt: String

    /// The size the figure is drawn at, in CSS pixels (the `<img>`'s width and height).
    public let width: Int
    public let height: Int

    /// The image shown on the page.
    public let svgPath: String
    /// The image shown on the page in dark mode (the figure in the dark theme).
    public let darkSvgPath: String
    /// The images shown on a phone (`FigureKind.narrowScene`), light and dark.
    public let narrowSvgPath: String
    public let narrowDarkSvgPath: String
    /// For slides: the figure at twice the size.
    public let pngPath: String
    /// Vector, for LaTeX and Beamer.
    public let pdfPath: String

    /// The figure `kind`, whose files are figures/<kind>.svg, .png and .pdf next to the page.
    /// (Stored rather than computed: templates see stored properties only.)
    public init(kind: FigureKind, title: String, alt: String, width: Int = 0, height: Int = 0) {
        self.kind = kind
        self.title = title
        self.alt = alt
        self.width = width
        self.height = height
        svgPath = "\(Self.folder)/\(kind.rawValue).svg"
        darkSvgPath = "\(Self.folder)/\(kind.rawValue)-dark.svg"
        narrowSvgPath = "\(Self.folder)/\(kind.rawValue)-narrow.svg"
        narrowDarkSvgPath = "\(Self.folder)/\(kind.rawValue)-narrow-dark.svg"
        pngPath = "\(Self.folder)/\(kind.rawValue).png"
        pdfPath = "\(Self.folder)/\(kind.rawValue).pdf"
    }

    /// The folder of an example's figures, relative to its pages.
    public static let folder = "figures"

    /// The width and height of an SVG document as the renderer writes them (`width="550px"
    /// height="284px"` on the root element), rounded up to whole pixels; nil when absent.
    public static func size(ofSVG data: some Collection<UInt8>) -> (width: Int, height: Int)? {
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
        guard let root = head.firstMatch(of: /<svg\b[^>]*>/)?.0,
              let width = root.firstMatch(of: /\swidth="([0-9.]+)(px|pt)?"/).flatMap({ Double($0.1) }),
              let height = root.firstMatch(of: /\sheight="([0-9.]+)(px|pt)?"/).flatMap({ Double($0.1) })
        else { return nil }
        return (Int(width.rounded(.up)), Int(height.rounded(.up)))
    }
}
