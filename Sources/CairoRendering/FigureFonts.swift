import CFigureFont
import Foundation

/// The DejaVu Sans files the figures' text is drawn from, built into the program (CFigureFont), and
/// the WOFF subsets an SVG with `<text>` embeds, cut from them. Safe to share between threads.
final class FigureFonts: @unchecked Sendable {
    /// Why a figure font could not be embedded.
    struct Failure: Error, CustomStringConvertible {
        let font: String
        let reason: String
        var description: String { "cannot embed \(font) in an SVG figure: \(reason)" }
    }

    /// A style of the figures' face.
    struct Style: Hashable, Comparable {
        var bold: Bool
        var italic: Bool

        /// The style's name in a font's name table.
        var name: String { bold ? (italic ? "Bold Oblique" : "Bold") : (italic ? "Oblique" : "Regular") }

        static func < (lhs: Style, rhs: Style) -> Bool { lhs.order < rhs.order }

        /// Regular, bold, oblique, bold oblique: also the number of the style's file in CFigureFont.
        var order: Int { (italic ? 2 : 0) + (bold ? 1 : 0) }
    }

    /// The one instance of the process.
    static let shared = FigureFonts()

    // An NSLock for the same reason as in `CairoTextMeasurer` (ThreadSanitizer and Mutex on Linux).
    private let lock = NSLock()
    private var fonts: [Style: Result<TrueTypeFont, Failure>] = [:]

    private init() {}

    /// A WOFF file of the style's font holding the glyphs `characters` map to, named `family`.
    func woff(_ style: Style, characters: [(scalar: Unicode.Scalar, glyph: Int)], family: String) throws -> [UInt8] {
        let font = try lock.withLock { fonts[style] ?? load(style) }.get()
        do {
            return TrueTypeFont.woff(try font.subset(characters, family: family, style: style.name))
        } catch {
            throw Failure(font: "\(CairoContext.fontFamily) \(style.name)", reason: "\(error)")
        }
    }

    private func load(_ style: Style) -> Result<TrueTypeFont, Failure> {
        let result = Result { () throws(Failure) -> TrueTypeFont in
            do { return try TrueTypeFont(Array(Self.file(of: style))) } catch {
                throw Failure(font: "\(CairoContext.fontFamily) \(style.name)", reason: "its file is \(error)")
            }
        }
        fonts[style] = result
        return result
    }

    /// The style's TrueType file, as built into the program.
    static func file(of style: Style) -> UnsafeBufferPointer<UInt8> {
        var length = 0
        let start = figure_font_file(figure_font_style(rawValue: UInt32(style.order)), &length)
        return UnsafeBufferPointer(start: start, count: length)
    }
}
