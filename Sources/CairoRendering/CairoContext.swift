import CCairo
import FigureLayout

/// Owns one `cairo_t` drawing on a `CairoSurface`, with the drawing calls the scenes need.
final class CairoContext {
    let pointer: OpaquePointer
    /// Kept alive for as long as the context draws on it.
    let surface: CairoSurface

    /// The font family of every figure; it covers δ ⊙ ′ − ∂ ᵀ ⁽²⁾ ₁₂ → ← η λ Σ ⋮.
    static let fontFamily = "DejaVu Sans"
    /// The family of typeset equations, registered from its file by `MathFont`.
    static let mathFontFamily = "Asana Math"

    init(_ surface: CairoSurface) throws {
        self.surface = surface
        self.pointer = cairo_create(surface.pointer)
        try check("creating a drawing context")
        setFontOptions()
    }

    deinit { cairo_destroy(pointer) }

    /// Throws if any drawing so far has failed.
    func check(_ operation: @autoclosure () -> String) throws {
        try CairoError.check(cairo_status(pointer), operation())
    }

    /// Unhinted outlines and unrounded advances, so text measures the same on every surface and
    /// at every scale, and widths scale linearly with the font size.
    private func setFontOptions() {
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(pointer, options)
    }

    func scale(by factor: Double) { cairo_scale(pointer, factor, factor) }
    func translate(dy: Double) { cairo_translate(pointer, 0, dy) }

    func setColor(_ color: Color) {
        cairo_set_source_rgba(pointer, color.red, color.green, color.blue, color.alpha)
    }

    func paint() { cairo_paint(pointer) }
    func fill() { cairo_fill(pointer) }
    func fillPreserve() { cairo_fill_preserve(pointer) }
    func showPage() { cairo_show_page(pointer) }

    /// Strokes the current path with round caps and joins.
    func stroke(_ stroke: Stroke) {
        setColor(stroke.color)
        cairo_set_line_width(pointer, stroke.width)
        cairo_set_line_cap(pointer, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(pointer, CAIRO_LINE_JOIN_ROUND)
        cairo_set_dash(pointer, stroke.dash, Int32(stroke.dash.count), 0)
        cairo_stroke(pointer)
    }

    func move(to point: Point) { cairo_move_to(pointer, point.x, point.y) }
    func line(to point: Point) { cairo_line_to(pointer, point.x, point.y) }
    func curve(to point: Point, control1: Point, control2: Point) {
        cairo_curve_to(pointer, control1.x, control1.y, control2.x, control2.y, point.x, point.y)
    }
    func closePath() { cairo_close_path(pointer) }
    func newPath() { cairo_new_path(pointer) }

    func addCircle(center: Point, radius: Double) {
        cairo_new_sub_path(pointer)
        cairo_arc(pointer, center.x, center.y, radius, 0, 2 * Double.pi)
    }

    /// A rectangle whose corners are quarter circles of `cornerRadius` (clamped to fit).
    func addRectangle(_ rect: Rect, cornerRadius: Double) {
        let radius = min(max(cornerRadius, 0), rect.width / 2, rect.height / 2)
        guard radius > 0 else {
            cairo_rectangle(pointer, rect.x, rect.y, rect.width, rect.height)
            return
        }
        let quarter = Double.pi / 2
        cairo_new_sub_path(pointer)
        cairo_arc(pointer, rect.maxX - radius, rect.minY + radius, radius, -quarter, 0)
        cairo_arc(pointer, rect.maxX - radius, rect.maxY - radius, radius, 0, quarter)
        cairo_arc(pointer, rect.minX + radius, rect.maxY - radius, radius, quarter, 2 * quarter)
        cairo_arc(pointer, rect.minX + radius, rect.minY + radius, radius, 2 * quarter, 3 * quarter)
        cairo_close_path(pointer)
    }

    /// Selects the style's face (DejaVu Sans in its weight and slant, or Asana Math) at its size.
    func selectFont(_ font: FontStyle) {
        cairo_set_font_face(pointer, FontFaces.shared.face(for: font))
        cairo_set_font_size(pointer, font.size)
    }

    /// Draws `text` in the selected font with the left end of its baseline at `origin`.
    /// Adds the outlines of `text` to the current path, for stroking.
    func addTextPath(_ text: String, at origin: Point) {
        newPath()
        move(to: origin)
        cairo_text_path(pointer, text)
    }

    func showText(_ text: String, at origin: Point) {
        move(to: origin)
        cairo_show_text(pointer, text)
    }

    /// The advance width of `text` and the ascent and descent of the selected font.
    func textMetrics(_ text: String) -> TextMetrics {
        var textExtents = cairo_text_extents_t()
        var fontExtents = cairo_font_extents_t()
        cairo_text_extents(pointer, text, &textExtents)
        cairo_font_extents(pointer, &fontExtents)
        return TextMetrics(width: textExtents.x_advance, ascent: fontExtents.ascent, descent: fontExtents.descent)
    }

    /// The advance width of `text` and the height and depth of its glyphs' ink in the selected font.
    func inkMetrics(_ text: String) -> TextMetrics {
        var extents = cairo_text_extents_t()
        cairo_text_extents(pointer, text, &extents)
        guard extents.width > 0 || extents.height > 0 else { return TextMetrics(width: extents.x_advance, ascent: 0, descent: 0) }
        return TextMetrics(width: extents.x_advance, ascent: -extents.y_bearing, descent: extents.height + extents.y_bearing)
    }

    /// The characters of `text` that the selected font has no glyph for: they would be drawn as
    /// empty boxes. Cairo does not fall back to other fonts.
    func charactersWithoutGlyphs(in text: String) -> [Character] {
        let font = cairo_get_scaled_font(pointer)
        var missing: [Character] = []
        for character in text where !missing.contains(character) {
            var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
            var count: Int32 = 0
            let status = cairo_scaled_font_text_to_glyphs(
                font, 0, 0, String(character), -1, &glyphs, &count, nil, nil, nil)
            defer { cairo_glyph_free(glyphs) }
            let glyphIndices = UnsafeBufferPointer(start: glyphs, count: Int(count)).map(\.index)
            if status != CAIRO_STATUS_SUCCESS || glyphIndices.isEmpty || glyphIndices.contains(0) {
                missing.append(character)
            }
        }
        return missing
    }
}
