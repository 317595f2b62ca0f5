import LessonFormatting

/// A figure of an example page, already rendered by the figure step: its title and alt text in the
/// page's language and its files, as paths relative to the page.
public struct FigureReference: Equatable, Sendable {
    /// Which figure of the lesson, which also decides the section it appears in.
    public enum Name: String, CaseIterable, Sendable {
        case network, forward, backward, update, graph, loss
    }

    public var name: Name
    /// The caption.
    public var title: String
    /// The alt text of the image, in the page's language.
    public var alt: String
    /// Shown on the page.
    public var svgPath: String
    public var pngPath: String
    public var pdfPath: String

    public init(name: Name, title: String, alt: String, svgPath: String, pngPath: String, pdfPath: String) {
        self.name = name
        self.title = title
        self.alt = alt
        self.svgPath = svgPath
        self.pngPath = pngPath
        self.pdfPath = pdfPath
    }

    /// The figure `name` with the site's own title and alt text (`figure.<name>.title`, `.alt`) and
    /// the standard files figures/<name>.svg|png|pdf next to the page.
    public static func standard(_ name: Name, strings: StringTable) throws(StringTable.MissingKey) -> FigureReference {
        FigureReference(
            name: name, title: try strings.text("figure.\(name.rawValue).title"),
            alt: try strings.text("figure.\(name.rawValue).alt"),
            svgPath: "figures/\(name.rawValue).svg", pngPath: "figures/\(name.rawValue).png",
            pdfPath: "figures/\(name.rawValue).pdf")
    }
}
