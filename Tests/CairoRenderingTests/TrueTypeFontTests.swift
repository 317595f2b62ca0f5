@testable import CairoRendering
import FigureLayout
import Foundation
import Testing

@Suite struct TrueTypeFontTests {
    /// The subset of "δ = 0,5" as Cairo places it: glyphs by Cairo's indices.
    func subset() throws -> (tables: [String: [UInt8]], placed: [GlyphOutlines.PlacedGlyph], text: [Unicode.Scalar]) {
        let font = try TrueTypeFont(Array(FigureFonts.file(of: FigureFonts.Style(bold: false, italic: false))))
        let text = Array("δ = 0,5".unicodeScalars)
        let placed = try GlyphOutlines.shared.get().glyphs(in: String(String.UnicodeScalarView(text)), font: FontStyle(size: 11))
        let characters = zip(text, placed).map { (scalar: $0, glyph: Int($1.glyph.index)) }
        return (try font.subset(characters, family: "bptest", style: "Regular"), placed, text)
    }

    @Test func keepsNotdefAndTheGlyphsOfTheCharactersWithCairosAdvances() throws {
        let (tables, placed, text) = try subset()
        // .notdef, δ, space, =, 0, comma, 5.
        #expect(tables["maxp"]!.uint16(at: 4) == 7)
        #expect(tables["hhea"]!.uint16(at: 34) == 7)
        #expect(tables["head"]!.uint16(at: 50) == 0, "short loca offsets")
        #expect(Set(tables.keys) == ["head", "hhea", "maxp", "OS/2", "post", "hmtx", "loca", "glyf", "cmap", "name"], "no hinting, kerning or substitutions")
        // The cmap's format 4 subtable: segments of characters (end codes, a pad, start codes,
        // deltas: glyph = code + delta), and the last.
        let cmap = tables["cmap"]!
        #expect(cmap.uint16(at: 12) == 4)
        let segments = cmap.uint16(at: 18) / 2
        var glyphOf: [UInt32: Int] = [:]
        for index in 0..<segments - 1 {
            let (end, start) = (cmap.uint16(at: 26 + 2 * index), cmap.uint16(at: 28 + 2 * segments + 2 * index))
            for code in start...end { glyphOf[UInt32(code)] = (code + cmap.uint16(at: 28 + 4 * segments + 2 * index)) & 0xFFFF }
        }
        #expect(Set(glyphOf.keys) == Set(text.map(\.value)))
        // Each character's advance is the distance Cairo puts to the next glyph (units per em: 2048).
        let unitsPerEm = Double(tables["head"]!.uint16(at: 18))
        for index in 0..<text.count - 1 {
            let glyph = try #require(glyphOf[text[index].value])
            let advance = Double(tables["hmtx"]!.uint16(at: 4 * glyph)) / unitsPerEm * GlyphOutlines.unitsPerEm
            #expect(abs(advance - (placed[index + 1].x - placed[index].x)) < 1e-6, "\(text[index])")
        }
    }

    @Test func glyphsLoseTheirInstructionsAndNothingElse() throws {
        let (tables, _, _) = try subset()
        let loca = tables["loca"]!, glyf = tables["glyf"]!
        for glyph in 0..<tables["maxp"]!.uint16(at: 4) {
            let start = 2 * loca.uint16(at: 2 * glyph), end = 2 * loca.uint16(at: 2 * glyph + 2)
            #expect(end <= glyf.count)
            guard end > start, glyf.int16(at: start) >= 0 else { continue }
            let contours = glyf.int16(at: start)
            #expect(glyf.uint16(at: start + 10 + 2 * contours) == 0, "glyph \(glyph) has no instructions")
        }
    }

    @Test func woffHasItsHeaderDirectoryAndTables() throws {
        let (tables, _, _) = try subset()
        let woff = TrueTypeFont.woff(tables)
        #expect(Array(woff[0..<4]) == Array("wOFF".utf8))
        #expect(woff.uint32(at: 8) == woff.count)
        #expect(woff.uint16(at: 12) == tables.count)
        var sfntSize = 12 + 16 * tables.count
        var previous = ""
        for index in 0..<tables.count {
            let entry = 44 + 20 * index
            let tag = String(decoding: woff[entry..<entry + 4], as: UTF8.self)
            #expect(tag > previous, "tables in tag order")
            previous = tag
            let (offset, stored, length) = (woff.uint32(at: entry + 4), woff.uint32(at: entry + 8), woff.uint32(at: entry + 12))
            #expect(length == tables[tag]!.count && stored <= length && offset % 4 == 0 && offset + stored <= woff.count)
            // A table that did not shrink is stored as it is (head, whose checksum adjustment changed, aside).
            if stored == length, tag != "head" { #expect(Array(woff[offset..<offset + length]) == tables[tag]!) }
            sfntSize += (length + 3) & ~3
        }
        #expect(woff.uint32(at: 16) == sfntSize)
    }

    @Test func refusesWhatIsNotTrueType() {
        #expect(throws: TrueTypeFont.FormatError.self) { try TrueTypeFont(Array("OTTO and more bytes".utf8)) }
        #expect(throws: TrueTypeFont.FormatError.self) { try TrueTypeFont([0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]) }
    }
}
