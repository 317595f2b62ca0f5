import CCairo
import FigureLayout
import Foundation

/// DejaVu Sans (and Asana Math, for equations) as the SVG writer needs it: where each glyph of a line of text sits and the outline
/// of each glyph, taken from Cairo at a fixed size once per process and cached, so an SVG document
/// carries its own letter shapes (no font needed on the reader's side) and they match the PNG and
/// PDF, which Cairo draws from the same font with the same unhinted metrics. Safe to share between threads.
final class GlyphOutlines: @unchecked Sendable {
    /// One glyph of the font in one style.
    struct Glyph: Hashable {
        var index: UInt
        var bold: Bool
        var italic: Bool
        var family: FontFamily
    }

    /// A glyph on the baseline, `x` from the start of the text in units of `unitsPerEm`.
    struct PlacedGlyph {
        var glyph: Glyph
        var x: Double
    }

    private struct Line: Hashable {
        var text: String
        var bold: Bool
        var italic: Bool
        var family: FontFamily
    }

    /// The font size the outlines and positions are taken at; a run of size s scales them by s / unitsPerEm.
    static let unitsPerEm = 1000.0

    /// The one instance of the process, or why Cairo could not make it.
    static let shared = Result { try GlyphOutlines() }

    // An NSLock for the same reason as in `CairoTextMeasurer` (ThreadSanitizer and Mutex on Linux).
    private let lock = NSLock()
    private let context: CairoContext
    private var lines: [Line: [PlacedGlyph]] = [:]
    private var outlines: [Glyph: [UInt8]] = [:]

    private init() throws {
        context = try CairoContext(try CairoSurface.image(width: 1, height: 1))
    }

    /// The glyphs that draw `text` in the style of `font` (its size aside), as Cairo's text API places them.
    func glyphs(in text: String, font: FontStyle) -> [PlacedGlyph] {
        let line = Line(text: text, bold: font.bold, italic: font.italic, family: font.family)
        return lock.withLock {
            if let cached = lines[line] { return cached }
            selectFont(bold: line.bold, italic: line.italic, family: line.family)
            var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
            var count: Int32 = 0
            let status = cairo_scaled_font_text_to_glyphs(
                cairo_get_scaled_font(context.pointer), 0, 0, text, -1, &glyphs, &count, nil, nil, nil)
            defer { cairo_glyph_free(glyphs) }
            let placed =
                status == CAIRO_STATUS_SUCCESS
                ? UnsafeBufferPointer(start: glyphs, count: Int(count)).map {
                    PlacedGlyph(glyph: Glyph(index: $0.index, bold: line.bold, italic: line.italic, family: line.family), x: $0.x)
                }
                : []
            lines[line] = placed
            return placed
        }
    }

    /// The glyph's outline as compact SVG path data in whole units of `unitsPerEm` (relative
    /// commands), its origin on the baseline at its left end, y growing downwards; empty for a glyph
    /// that draws nothing (a space).
    func outline(of glyph: Glyph) -> [UInt8] {
        lock.withLock {
            if let cached = outlines[glyph] { return cached }
            selectFont(bold: glyph.bold, italic: glyph.italic, family: glyph.family)
            var cairoGlyph = cairo_glyph_t(index: glyph.index, x: 0, y: 0)
            cairo_new_path(context.pointer)
            cairo_glyph_path(context.pointer, &cairoGlyph, 1)
            let path = cairo_copy_path(context.pointer)
            defer {
                cairo_path_destroy(path)
                cairo_new_path(context.pointer)
            }
            var commands: [PathCommand] = []
            if let path, path.pointee.status == CAIRO_STATUS_SUCCESS {
                let elements = UnsafeBufferPointer(start: path.pointee.data, count: Int(path.pointee.num_data))
                var index = 0
                while index < elements.count {
                    let header = elements[index].header
                    let points = elements[(index + 1)..<(index + Int(header.length))].map { Point(x: $0.point.x, y: $0.point.y) }
                    switch header.type {
                    // Cairo follows each close with a move to the start of the closed contour,
                    // where SVG's `Z` already leaves the current point; only a move that starts
                    // a new contour is written.
                    case CAIRO_PATH_MOVE_TO
                    where index + Int(header.length) == elements.count
                        || elements[index + Int(header.length)].header.type == CAIRO_PATH_MOVE_TO:
                        break
                    case CAIRO_PATH_MOVE_TO: commands.append(.move(points[0]))
                    case CAIRO_PATH_LINE_TO: commands.append(.line(points[0]))
                    case CAIRO_PATH_CURVE_TO: commands.append(.curve(points[0], points[1], points[2]))
                    default: commands.append(.close)
                    }
                    index += Int(header.length)
                }
            }
            var data: [UInt8] = []
            data.appendCompactPath(commands)
            outlines[glyph] = data
            return data
        }
    }

    private func selectFont(bold: Bool, italic: Bool, family: FontFamily) {
        context.selectFont(FontStyle(size: Self.unitsPerEm, bold: bold, italic: italic, family: family))
    }
}
