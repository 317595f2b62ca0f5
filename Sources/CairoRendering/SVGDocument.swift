import FigureLayout

/// A scene written as SVG markup straight from its geometry: circles, rounded rectangles and paths
/// as SVG shapes, arrowheads and text backdrops as in the PNG and PDF, and text either as DejaVu Sans
/// glyph outlines defined once per document (ids `g1`, `g2`, …) and placed with `<use>`, or as
/// `<text>` in an embedded subset of the font (`SVGText`). Ids count from 1 in order of first use,
/// so a scene always gives the same bytes.
struct SVGDocument {
    private let glyphs: GlyphOutlines
    private var body: [UInt8] = []
    private var definitions: [UInt8] = []
    /// 0 for a glyph that draws nothing.
    private var glyphIDs: [GlyphOutlines.Glyph: Int] = [:]
    private var definedGlyphCount = 0
    /// Lines of text whose glyphs are listed once and drawn twice (halo and text), ids `t1`, `t2`, ….
    private var definedLineCount = 0
    private let text: SVGText
    private let defaults: SVGRootDefaults
    /// With `SVGText.text`: the glyph of each character the text uses, by style, for the embedded fonts.
    private var characters: [FigureFonts.Style: [Unicode.Scalar: Int]] = [:]
    /// With `SVGText.text`: whether there is a `<text>`, and whether one has spaces that XML would
    /// otherwise collapse.
    private var hasTextElements = false
    private var preservesSpaces = false

    /// The complete document for `scene`, its text written as `text` says.
    static func bytes(for scene: Scene, glyphs: GlyphOutlines, text: SVGText = .outlines) throws -> [UInt8] {
        var document = SVGDocument(glyphs: glyphs, text: text, defaults: SVGRootDefaults(scene))
        return try document.write(scene)
    }

    private init(glyphs: GlyphOutlines, text: SVGText, defaults: SVGRootDefaults) {
        self.glyphs = glyphs
        self.text = text
        self.defaults = defaults
    }

    private mutating func write(_ scene: Scene) throws -> [UInt8] {
        body.reserveCapacity(scene.items.count * 120)
        if let background = scene.background {
            body.append(contentsOf: #"<rect width=""#.utf8)
            body.appendSVGNumber(scene.width)
            body.append(contentsOf: #"" height=""#.utf8)
            body.appendSVGNumber(scene.height)
            body.append(UInt8(ascii: "\""))
            appendFill(background)
            body.append(contentsOf: "/>\n".utf8)
        }
        for item in scene.items {
            switch item {
            case .circle(let circle): write(circle)
            case .box(let box): write(box)
            case .path(let path): write(path)
            case .text(let run): write(run)
            }
        }

        let fonts = try SVGFontFaces(characters)
        var document: [UInt8] = []
        document.reserveCapacity(body.count + definitions.count + fonts.style.count + 512)
        document.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
        document.append(
            contentsOf: #"\#n<svg xmlns="http://www.w3.org/2000/svg" width=""#.utf8)
        document.appendSVGNumber(scene.width)
        document.append(contentsOf: #"px" height=""#.utf8)
        document.appendSVGNumber(scene.height)
        document.append(contentsOf: #"px" viewBox="0 0 "#.utf8)
        document.appendSVGNumber(scene.width)
        document.append(UInt8(ascii: " "))
        document.appendSVGNumber(scene.height)
        // Cairo strokes every line of a figure with round caps and joins.
        document.append(contentsOf: #"" stroke-linecap="round" stroke-linejoin="round""#.utf8)
        // The paint most elements share, which they inherit instead of repeating it.
        if let fill = defaults.fill {
            document.append(contentsOf: #" fill=""#.utf8)
            document.append(contentsOf: fill.utf8)
            document.append(UInt8(ascii: "\""))
        }
        if let width = defaults.strokeWidth {
            document.append(contentsOf: #" stroke-width=""#.utf8)
            document.appendSVGNumber(width)
            document.append(UInt8(ascii: "\""))
        }
        if hasTextElements {
            document.append(contentsOf: #" font-family=""#.utf8)
            if !fonts.style.isEmpty { document.append(contentsOf: (fonts.family + ", ").utf8) }
            document.append(contentsOf: #"DejaVu Sans, sans-serif" font-size=""#.utf8)
            document.appendSVGNumber(defaults.fontSize ?? 0)
            // Text drawn from its outlines, unhinted, as Cairo draws it.
            document.append(contentsOf: #"" text-rendering="geometricPrecision""#.utf8)
        }
        if preservesSpaces { document.append(contentsOf: #" xml:space="preserve""#.utf8) }
        document.append(UInt8(ascii: ">"))
        if !scene.title.isEmpty {
            document.append(contentsOf: "<title>".utf8)
            document.append(contentsOf: Self.escaped(scene.title).utf8)
            document.append(contentsOf: "</title>".utf8)
        }
        document.append(UInt8(ascii: "\n"))
        document.append(contentsOf: fonts.style)
        if !definitions.isEmpty {
            document.append(contentsOf: "<defs>\n".utf8)
            document.append(contentsOf: definitions)
            document.append(contentsOf: "</defs>\n".utf8)
        }
        document.append(contentsOf: body)
        document.append(contentsOf: "</svg>\n".utf8)
        return document
    }

    private mutating func write(_ circle: Circle) {
        body.append(contentsOf: #"<circle cx=""#.utf8)
        body.appendSVGNumber(circle.center.x)
        body.append(contentsOf: #"" cy=""#.utf8)
        body.appendSVGNumber(circle.center.y)
        body.append(contentsOf: #"" r=""#.utf8)
        body.appendSVGNumber(circle.radius)
        body.append(UInt8(ascii: "\""))
        appendKey(circle.id)
        appendPaint(fill: circle.fill, stroke: circle.stroke)
        body.append(contentsOf: "/>\n".utf8)
    }

    private mutating func write(_ box: Box) {
        appendRectangle(box.frame, cornerRadius: box.cornerRadius)
        appendKey(box.id)
        appendPaint(fill: box.fill, stroke: box.stroke)
        body.append(contentsOf: "/>\n".utf8)
    }

    private mutating func write(_ path: Path) {
        let arrowhead = path.arrowAtEnd ? Arrowhead(for: path) : nil
        let line =
            arrowhead == nil
            ? path
            : path.trimmingEnd(by: path.stroke.arrowheadLength * Arrowhead.lineStopRatio)
        body.append(contentsOf: #"<path d=""#.utf8)
        body.appendFigurePath(from: line.start, line.segments)
        body.append(UInt8(ascii: "\""))
        appendKey(path.id)
        appendPaint(fill: nil, stroke: line.stroke)
        body.append(contentsOf: "/>\n".utf8)
        if let arrowhead {
            body.append(contentsOf: #"<path d=""#.utf8)
            body.appendFigurePath(from: arrowhead.tip, [.line(to: arrowhead.left), .line(to: arrowhead.right)], closed: true)
            body.append(UInt8(ascii: "\""))
            appendKey(path.id)
            appendFill(path.stroke.color)
            body.append(contentsOf: "/>\n".utf8)
        }
    }

    private mutating func write(_ run: TextRun) {
        // Asana Math's outlines are CFF, which `TrueTypeFont` does not subset: its text stays outlines.
        if text == .text, run.font.family == .sans { return writeText(run) }
        let placed = glyphs.glyphs(in: run.text, font: run.font).compactMap { glyph in
            identifier(of: glyph.glyph).map { (id: $0, x: glyph.x) }
        }
        guard !placed.isEmpty else { return }
        guard let halo = run.backdrop else {
            appendGlyphGroup(placed, run: run, id: nil) {
                $0.appendKey(run.owner)
                $0.appendFill(run.color)
            }
            body.append(UInt8(ascii: "\n"))
            return
        }
        // The halo is the glyphs stroked wide in the backdrop colour, drawn under the text: the
        // glyphs are listed once, in the halo's group, and the text is a `<use>` of that list.
        definedLineCount += 1
        body.append(contentsOf: "<g".utf8)
        appendKey(run.owner)
        appendFill(halo)
        body.append(contentsOf: #" stroke=""#.utf8)
        body.appendHexColor(halo)
        body.append(contentsOf: #"" stroke-width=""#.utf8)
        body.appendSVGNumber(TextRun.haloWidth * GlyphOutlines.unitsPerEm, decimals: 0)
        body.append(contentsOf: #"">"#.utf8)
        appendGlyphGroup(placed, run: run, id: definedLineCount) { _ in }
        body.append(contentsOf: "</g>\n".utf8)
        body.append(contentsOf: ##"<use href="#t"##.utf8)
        body.appendSVGNumber(Double(definedLineCount), decimals: 0)
        body.append(UInt8(ascii: "\""))
        appendKey(run.owner)
        appendFill(run.color)
        body.append(contentsOf: "/>\n".utf8)
    }

    /// A group that places `placed` glyphs at the run's origin and size, with the id `t<id>` when
    /// given, its other attributes written by `attributes`.
    private mutating func appendGlyphGroup(
        _ placed: [(id: Int, x: Double)], run: TextRun, id: Int?, attributes: (inout Self) -> Void
    ) {
        body.append(contentsOf: #"<g transform="translate("#.utf8)
        body.appendSVGNumber(run.origin.x)
        body.append(UInt8(ascii: " "))
        body.appendSVGNumber(run.origin.y)
        body.append(contentsOf: ") scale(".utf8)
        body.appendSVGNumber(run.font.size / GlyphOutlines.unitsPerEm, decimals: 6)
        body.append(contentsOf: #")""#.utf8)
        if let id {
            body.append(contentsOf: #" id="t"#.utf8)
            body.appendSVGNumber(Double(id), decimals: 0)
            body.append(UInt8(ascii: "\""))
        }
        attributes(&self)
        body.append(contentsOf: ">".utf8)
        for glyph in placed {
            body.append(contentsOf: ##"<use href="#g"##.utf8)
            body.appendSVGNumber(Double(glyph.id), decimals: 0)
            // Positions in whole units of the em (0.001 em), as the outlines are.
            if glyph.x.rounded() != 0 {
                body.append(contentsOf: #"" x=""#.utf8)
                body.appendSVGNumber(glyph.x, decimals: 0)
            }
            body.append(contentsOf: #""/>"#.utf8)
        }
        body.append(contentsOf: "</g>".utf8)
    }

    /// `run` as a `<text>` element in the document's font (DejaVu Sans, embedded), its halo as a
    /// stroke painted under the fill; its characters noted for the embedded font.
    private mutating func writeText(_ run: TextRun) {
        let placed = glyphs.glyphs(in: run.text, font: run.font)
        let scalars = Array(run.text.unicodeScalars)
        // Cairo's text API gives one glyph per character, in order.
        if placed.count == scalars.count {
            let style = FigureFonts.Style(bold: run.font.bold, italic: run.font.italic)
            for (scalar, glyph) in zip(scalars, placed) { characters[style, default: [:]][scalar] = Int(glyph.glyph.index) }
        }
        hasTextElements = true
        if run.text.first == " " || run.text.last == " " || run.text.contains("  ") { preservesSpaces = true }
        body.append(contentsOf: #"<text x=""#.utf8)
        body.appendSVGNumber(run.origin.x)
        body.append(contentsOf: #"" y=""#.utf8)
        body.appendSVGNumber(run.origin.y)
        body.append(UInt8(ascii: "\""))
        if run.font.size != defaults.fontSize {
            body.append(contentsOf: #" font-size=""#.utf8)
            body.appendSVGNumber(run.font.size)
            body.append(UInt8(ascii: "\""))
        }
        if run.font.bold { body.append(contentsOf: #" font-weight="bold""#.utf8) }
        if run.font.italic { body.append(contentsOf: #" font-style="italic""#.utf8) }
        appendKey(run.owner)
        appendFill(run.color)
        if let halo = run.backdrop {
            body.append(contentsOf: #" stroke=""#.utf8)
            body.appendHexColor(halo)
            body.append(contentsOf: #"" stroke-width=""#.utf8)
            body.appendSVGNumber(run.font.size * TextRun.haloWidth)
            body.append(contentsOf: #"" paint-order="stroke""#.utf8)
        }
        body.append(contentsOf: ">".utf8)
        body.append(contentsOf: Self.escaped(run.text).utf8)
        body.append(contentsOf: "</text>\n".utf8)
    }

    /// The document's id number for the glyph, defining its outline on first use; `nil` for a glyph
    /// that draws nothing.
    private mutating func identifier(of glyph: GlyphOutlines.Glyph) -> Int? {
        if let id = glyphIDs[glyph] { return id == 0 ? nil : id }
        let outline = glyphs.outline(of: glyph)
        guard !outline.isEmpty else {
            glyphIDs[glyph] = 0
            return nil
        }
        definedGlyphCount += 1
        let id = definedGlyphCount
        glyphIDs[glyph] = id
        definitions.append(contentsOf: #"<path id="g"#.utf8)
        definitions.appendSVGNumber(Double(id), decimals: 0)
        definitions.append(contentsOf: #"" d=""#.utf8)
        definitions.append(contentsOf: outline)
        definitions.append(contentsOf: "\"/>\n".utf8)
        return id
    }

    /// Opens a `<rect` whose corners are quarter circles of `cornerRadius`, clamped to fit as Cairo's are.
    private mutating func appendRectangle(_ rect: Rect, cornerRadius: Double) {
        body.append(contentsOf: #"<rect x=""#.utf8)
        body.appendSVGNumber(rect.x)
        body.append(contentsOf: #"" y=""#.utf8)
        body.appendSVGNumber(rect.y)
        body.append(contentsOf: #"" width=""#.utf8)
        body.appendSVGNumber(rect.width)
        body.append(contentsOf: #"" height=""#.utf8)
        body.appendSVGNumber(rect.height)
        body.append(UInt8(ascii: "\""))
        let radius = min(max(cornerRadius, 0), rect.width / 2, rect.height / 2)
        if radius > 0 {
            body.append(contentsOf: #" rx=""#.utf8)
            body.appendSVGNumber(radius)
            body.append(UInt8(ascii: "\""))
        }
    }

    /// ` data-q="…"`: the quantity an element draws (its scene id, or its label's owner), which the
    /// pages use to link the figure with the numbers in the equations.
    private mutating func appendKey(_ key: String?) {
        guard let key else { return }
        body.append(contentsOf: #" data-q=""#.utf8)
        body.append(contentsOf: Self.escaped(key).utf8)
        body.append(UInt8(ascii: "\""))
    }

    private mutating func appendPaint(fill: Color?, stroke: Stroke?) {
        if let fill { appendFill(fill) } else if defaults.fill != "none" { body.append(contentsOf: #" fill="none""#.utf8) }
        guard let stroke else { return }
        body.append(contentsOf: #" stroke=""#.utf8)
        body.appendHexColor(stroke.color)
        body.append(UInt8(ascii: "\""))
        if stroke.color.alpha < 1 {
            body.append(contentsOf: #" stroke-opacity=""#.utf8)
            body.appendSVGNumber(stroke.color.alpha, decimals: 3)
            body.append(UInt8(ascii: "\""))
        }
        if stroke.width != defaults.strokeWidth {
            body.append(contentsOf: #" stroke-width=""#.utf8)
            body.appendSVGNumber(stroke.width)
            body.append(UInt8(ascii: "\""))
        }
        if !stroke.dash.isEmpty {
            body.append(contentsOf: #" stroke-dasharray=""#.utf8)
            for (index, length) in stroke.dash.enumerated() {
                if index > 0 { body.append(UInt8(ascii: " ")) }
                body.appendSVGNumber(length)
            }
            body.append(UInt8(ascii: "\""))
        }
    }

    /// ` fill="…"`, left out when the document's root sets the same fill.
    private mutating func appendFill(_ color: Color) {
        if color.alpha >= 1, color.hexString == defaults.fill { return }
        body.append(contentsOf: #" fill=""#.utf8)
        body.appendHexColor(color)
        body.append(UInt8(ascii: "\""))
        if color.alpha < 1 {
            body.append(contentsOf: #" fill-opacity=""#.utf8)
            body.appendSVGNumber(color.alpha, decimals: 3)
            body.append(UInt8(ascii: "\""))
        }
    }

    /// `text` with the characters XML reserves in element content replaced by entities.
    private static func escaped(_ text: String) -> String {
        // Most labels have none of the three; `replacing` costs a search by characters even then.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
        else { return text }
        return text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
