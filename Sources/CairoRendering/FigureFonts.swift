import CFontconfig
import Foundation

/// The DejaVu Sans files Cairo draws the figures' text from, found through fontconfig as Cairo's
/// text API finds them, each read once per process, and the WOFF subsets an SVG with `<text>`
/// embeds, cut from them. Safe to share between threads.
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

        /// Regular, bold, oblique, bold oblique.
        private var order: Int { (italic ? 2 : 0) + (bold ? 1 : 0) }
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
            let name = "\(CairoContext.fontFamily) \(style.name)"
            guard let path = Self.file(of: style) else { throw Failure(font: name, reason: "fontconfig finds no file for it") }
            guard let data = FileManager.default.contents(atPath: path) else { throw Failure(font: name, reason: "\(path) cannot be read") }
            do { return try TrueTypeFont(Array(data)) } catch { throw Failure(font: name, reason: "\(path) is \(error)") }
        }
        fonts[style] = result
        return result
    }

    /// The file fontconfig gives for the style, asked as Cairo's toy font API asks (cairo-ft-font.c:
    /// the family, medium or bold weight, roman or oblique slant).
    private static func file(of style: Style) -> String? {
        FontconfigLoad.wait()
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        _ = CairoContext.fontFamily.withCString { family in
            family.withMemoryRebound(to: FcChar8.self, capacity: 1) { FcPatternAddString(pattern, FC_FAMILY, $0) }
        }
        FcPatternAddInteger(pattern, FC_WEIGHT, style.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_MEDIUM)
        FcPatternAddInteger(pattern, FC_SLANT, style.italic ? FC_SLANT_OBLIQUE : FC_SLANT_ROMAN)
        return fontconfigMatch(pattern, FC_FILE)
    }
}
