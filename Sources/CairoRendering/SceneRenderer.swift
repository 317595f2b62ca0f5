import CCairo
import FigureLayout

/// Draws any `Scene` with Cairo to SVG, PNG or PDF bytes, in memory. The same scene always gives
/// the same bytes, whatever was rendered before in the process.
public struct SceneRenderer: Sendable {
    public init() {}

    /// The scene as an SVG document sized in CSS pixels, titled with the scene's title.
    /// Text is drawn as glyph outlines in DejaVu Sans, so it needs no font on the reader's side.
    public func svg(_ scene: Scene) throws -> [UInt8] {
        try checkCanvas(width: scene.width, height: scene.height)
        let surface = try CairoSurface.svg(width: scene.width, height: scene.height)
        try draw(scene, on: surface)
        return SVGMarkup(bytes: try surface.finishDocument())
            .renumberingIdentifiers()
            .insertingTitle(scene.title)
            .bytes
    }

    /// The scene as a PNG of `scale` pixels per unit (2 for sharp figures on high-density screens),
    /// recording 72 × `scale` dots per inch. Transparent where the scene has no background.
    public func png(_ scene: Scene, scale: Double = 2) throws -> [UInt8] {
        let width = (scene.width * scale).rounded(), height = (scene.height * scale).rounded()
        try checkCanvas(width: width, height: height, limit: Self.largestImageSide)
        let surface = try CairoSurface.image(width: Int(width), height: Int(height))
        try draw(scene, on: surface, scale: scale)
        let encoder = PNGEncoder(dotsPerInch: 72 * scale)
        return try surface.withImagePixels { pixels, width, height, stride in
            try encoder.encode(argb32: pixels, width: width, height: height, stride: stride)
        }
    }

    /// The scene as a one-page PDF whose page is the scene's size in points.
    public func pdf(_ scene: Scene) throws -> [UInt8] {
        try pdf(pages: [scene], title: scene.title)
    }

    /// A PDF with one page per scene, each page the size of its scene (e.g. a 16:9 slide deck).
    public func pdf(pages: [Scene], title: String = "") throws -> [UInt8] {
        guard let first = pages.first else { throw SceneRenderingError.noPages }
        for page in pages { try checkCanvas(width: page.width, height: page.height) }
        let surface = try CairoSurface.pdf(width: first.width, height: first.height)
        // Without these Cairo stamps the current time into the document information.
        surface.setPDFMetadata(CAIRO_PDF_METADATA_CREATE_DATE, "")
        surface.setPDFMetadata(CAIRO_PDF_METADATA_MOD_DATE, "")
        if !title.isEmpty { surface.setPDFMetadata(CAIRO_PDF_METADATA_TITLE, title) }
        let context = try CairoContext(surface)
        for (number, page) in pages.enumerated() {
            try surface.setPDFPageSize(width: page.width, height: page.height)
            context.draw(page)
            context.showPage()
            try context.check("drawing page \(number + 1) of \(pages.count) (“\(page.title)”)")
        }
        return try surface.finishDocument()
    }

    private func draw(_ scene: Scene, on surface: CairoSurface, scale: Double = 1) throws {
        let context = try CairoContext(surface)
        context.scale(by: scale)
        context.draw(scene)
        try context.check("drawing the figure “\(scene.title)”")
    }

    /// Cairo's largest image surface side, in pixels.
    private static let largestImageSide = 32767.0

    private func checkCanvas(width: Double, height: Double, limit: Double = .greatestFiniteMagnitude) throws {
        guard width.isFinite, height.isFinite, width > 0, height > 0, width <= limit, height <= limit else {
            throw SceneRenderingError.invalidCanvas(width: width, height: height)
        }
    }
}
