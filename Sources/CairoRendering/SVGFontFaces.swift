import Foundation

/// The `<style>` element that embeds, as WOFF data URLs, the DejaVu Sans subsets an SVG's `<text>`
/// needs (one `@font-face` per style used), under a family name made from the characters, so two
/// figures inlined in one page never take each other's font, and the same text always gives the
/// same name and bytes.
struct SVGFontFaces {
    /// The family name the subsets are declared under.
    let family: String
    /// The `<style>` element and a newline; empty when there is no text.
    let style: [UInt8]

    init(_ characters: [FigureFonts.Style: [Unicode.Scalar: Int]]) throws {
        guard !characters.isEmpty else {
            family = ""
            style = []
            return
        }
        let styles = characters.keys.sorted()
        let sorted = styles.map { style in
            characters[style]!.sorted { $0.key.value < $1.key.value }.map { (scalar: $0.key, glyph: $0.value) }
        }
        // FNV-1a (64 bits) over each style's characters and glyphs.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (style, mapped) in zip(styles, sorted) {
            for value in [style.bold ? 1 : 0, style.italic ? 1 : 0] + mapped.flatMap({ [Int($0.scalar.value), $0.glyph] }) {
                for shift in stride(from: 0, to: 32, by: 8) {
                    hash = (hash ^ UInt64(value >> shift & 0xFF)) &* 0x0000_0100_0000_01B3
                }
            }
        }
        family = "bp" + String(hash >> 16, radix: 36)
        var css = "<style>"
        for (style, mapped) in zip(styles, sorted) {
            let woff = try FigureFonts.shared.woff(style, characters: mapped, family: family)
            css += "@font-face{font-family:\(family);"
            if style.bold { css += "font-weight:bold;" }
            if style.italic { css += "font-style:italic;" }
            css += "src:url(data:font/woff;base64,\(Data(woff).base64EncodedString()))}"
        }
        css += "</style>\n"
        style = Array(css.utf8)
    }
}
