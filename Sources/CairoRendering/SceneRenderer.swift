import CCairo
import Dispatch
import FigureLayout

/// Draws any `Scene` to SVG, PNG or PDF bytes, in memory: PNG and PDF with Cairo, SVG written
/// directly from the scene with Cairo's glyph outlines. The same scene always gives the same bytes,
/// whatever was rendered before in the process.
public struct SceneRenderer: Sendable {
    /// Rows per band when a large image is drawn in parallel bands (see `drawInBands`).
    let rowsPerBand: Int

    public init() { self.init(rowsPerBand: 512) }

    init(rowsPerBand: Int) { self.rowsPerBand = rowsPerBand }

    /// The scene as an SVG document sized in CSS pixels, titled with the scene's title. Its text is
    /// DejaVu Sans either way `text` says: glyph outlines, or `<text>` with the glyphs it uses
    /// embedded — or outlines after all should the font's file not cut into a subset.
    public func svg(_ scene: Scene, text: SVGText = .outlines) throws -> [UInt8] {
        try checkCanvas(width: scene.width, height: scene.height)
        let glyphs = try GlyphOutlines.shared.get()
        do {
            return try SVGDocument.bytes(for: scene, glyphs: glyphs, text: text)
        } catch is FigureFonts.Failure {
            return try SVGDocument.bytes(for: scene, glyphs: glyphs, text: .outlines)
        }
    }

    /// The scene as a PNG of `scale` pixels per unit (2 for sharp figures on high-density screens),
    /// recording 72 × `scale` dots per inch. Transparent where the scene has no background.
    public func png(_ scene: Scene, scale: Double = 2) throws -> [UInt8] {
        let width = (scene.width * scale).rounded(), height = (scene.height * scale).rounded()
        try checkCanvas(width: width, height: height, limit: Self.largestImageSide)
        let surface = try CairoSurface.image(width: Int(width), height: Int(height))
        try drawInBands(scene, on: surface, scale: scale)
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

    /// At most this many bands, fixed rather than taken from the processor count.
    private static let largestBandCount = 4

    /// Draws the scene on horizontal bands of the image at once, each band a view of its own rows
    /// of the same pixels, so a large figure is rasterised on every core. Cairo works out each
    /// pixel from the geometry alone, and bands start on whole rows, so the pixels are the same
    /// as when drawn in one piece.
    private func drawInBands(_ scene: Scene, on image: CairoSurface, scale: Double) throws {
        let height = Int(cairo_image_surface_get_height(image.pointer))
        let count = min(Self.largestBandCount, max(1, height / rowsPerBand))
        guard count > 1 else { return try draw(scene, on: image, scale: scale) }
        let bandHeight = (height + count - 1) / count
        let bands = try ImageBands((0..<count).map { band in
            let rows = band * bandHeight..<min((band + 1) * bandHeight, height)
            return (rows.lowerBound, try image.band(rows: rows))
        })
        DispatchQueue.concurrentPerform(iterations: count) { band in
            bands.draw(band) { surface, top in
                let context = try CairoContext(surface)
                context.translate(dy: -Double(top))
                context.scale(by: scale)
                context.draw(scene)
                try context.check("drawing the figure “\(scene.title)”")
            }
        }
        if let failure = bands.failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Cairo's largest image surface side, in pixels.
    private static let largestImageSide = 32767.0

    private func checkCanvas(width: Double, height: Double, limit: Double = .greatestFiniteMagnitude) throws {
        guard width.isFinite, height.isFinite, width > 0, height > 0, width <= limit, height <= limit else {
            throw SceneRenderingError.invalidCanvas(width: width, height: height)
        }
    }
}

/// The bands of one image and the error of each band that failed. Each band is drawn and its
/// error written by one thread only; the errors are read after all have finished.
private final class ImageBands: @unchecked Sendable {
    private let bands: [(top: Int, surface: CairoSurface)]
    /// One slot per band, so no two threads touch the same memory.
    let failures: UnsafeMutableBufferPointer<(any Error)?>

    init(_ bands: [(top: Int, surface: CairoSurface)]) {
        self.bands = bands
        failures = .allocate(capacity: bands.count)
        failures.initialize(repeating: nil)
    }

    deinit {
        failures.deinitialize()
        failures.deallocate()
    }

    func draw(_ band: Int, _ body: (CairoSurface, Int) throws -> Void) {
        do { try body(bands[band].surface, bands[band].top) } catch { failures[band] = error }
    }
}
