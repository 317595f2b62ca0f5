/// A TrueType font file (outlines in `glyf`, as DejaVu Sans's) read far enough to cut it down to a
/// few glyphs: the subset an SVG embeds so its `<text>` is drawn in the figure's own font.
struct TrueTypeFont {
    /// Why a font file cannot be subset.
    struct FormatError: Error, CustomStringConvertible {
        let reason: String
        var description: String { "not a TrueType font this program can subset: \(reason)" }
    }

    private let tables: [String: [UInt8]]
    private let glyphCount: Int
    private let horizontalMetricCount: Int
    private let longOffsets: Bool

    init(_ bytes: [UInt8]) throws(FormatError) {
        guard bytes.count >= 12, bytes.uint32(at: 0) == 0x0001_0000 else { throw FormatError(reason: "no TrueType header") }
        var tables: [String: [UInt8]] = [:]
        for index in 0..<bytes.uint16(at: 4) {
            let entry = 12 + 16 * index
            guard entry + 16 <= bytes.count else { throw FormatError(reason: "table directory cut short") }
            let offset = bytes.uint32(at: entry + 8), length = bytes.uint32(at: entry + 12)
            guard offset + length <= bytes.count else { throw FormatError(reason: "table beyond the end of the file") }
            tables[String(decoding: bytes[entry..<entry + 4], as: UTF8.self)] = Array(bytes[offset..<offset + length])
        }
        for tag in ["head", "hhea", "maxp", "hmtx", "loca", "glyf", "OS/2", "post", "name"] where tables[tag] == nil {
            throw FormatError(reason: "no \(tag) table")
        }
        guard tables["head"]!.count >= 54, tables["hhea"]!.count >= 36, tables["maxp"]!.count >= 6, tables["post"]!.count >= 32
        else { throw FormatError(reason: "a head, hhea, maxp or post table cut short") }
        self.tables = tables
        glyphCount = tables["maxp"]!.uint16(at: 4)
        horizontalMetricCount = tables["hhea"]!.uint16(at: 34)
        longOffsets = tables["head"]!.uint16(at: 50) == 1
        let locaEntries = tables["loca"]!.count / (longOffsets ? 4 : 2)
        guard horizontalMetricCount >= 1, tables["hmtx"]!.count >= 4 * horizontalMetricCount + 2 * (glyphCount - horizontalMetricCount),
              locaEntries > glyphCount
        else { throw FormatError(reason: "hmtx or loca shorter than the glyph count") }
    }

    /// The tables of a font holding only the glyphs `characters` map to (and the parts of composite
    /// glyphs), renumbered from 1 after .notdef, with a cmap for exactly those characters (those
    /// beyond the Basic Multilingual Plane left out; a character listed twice takes its first glyph),
    /// named `family` in the style `style`. Without hinting instructions, kerning or glyph
    /// substitutions: the figures place every glyph by its advance alone, as Cairo's text API does.
    func subset(_ characters: [(scalar: Unicode.Scalar, glyph: Int)], family: String, style: String) throws(FormatError) -> [String: [UInt8]] {
        var kept: [Int] = [0]
        var pending = characters.map(\.glyph)
        var seen: Set<Int> = [0]
        while let glyph = pending.popLast() {
            guard glyph < glyphCount else { throw FormatError(reason: "glyph \(glyph) of \(glyphCount)") }
            guard seen.insert(glyph).inserted else { continue }
            kept.append(glyph)
            pending += try components(of: outline(of: glyph)).map(\.glyph)
        }
        kept.sort()
        let newID = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })

        var glyf: [UInt8] = [], starts: [Int] = [], hmtx: [UInt8] = []
        for glyph in kept {
            starts.append(glyf.count)
            glyf += try withoutInstructions(outline(of: glyph), renumbering: newID)
            if glyf.count % 2 != 0 { glyf.append(0) }  // every glyph starts on an even byte
            hmtx.appendUInt16(advance(of: glyph))
            hmtx.appendUInt16(leftSideBearing(of: glyph))
        }
        starts.append(glyf.count)
        // Short offsets (half the byte offset) when they reach, as they do for a few dozen glyphs.
        let short = glyf.count / 2 <= 0xFFFF
        var loca: [UInt8] = []
        for start in starts { if short { loca.appendUInt16(start / 2) } else { loca.appendUInt32(start) } }

        var head = tables["head"]!, hhea = tables["hhea"]!, maxp = tables["maxp"]!, post = Array(tables["post"]![0..<32])
        head.setUInt32(0, at: 8)  // checkSumAdjustment, set for the whole file by `woff`
        head.setUInt16(short ? 0 : 1, at: 50)
        hhea.setUInt16(kept.count, at: 34)
        maxp.setUInt16(kept.count, at: 4)
        post.setUInt32(0x0003_0000, at: 0)  // version 3: no glyph names
        var mapped: [Int: Int] = [:]
        for character in characters where character.scalar.value < 0xFFFF {
            mapped[Int(character.scalar.value)] = mapped[Int(character.scalar.value)] ?? newID[character.glyph]!
        }
        return [
            "head": head, "hhea": hhea, "maxp": maxp, "OS/2": tables["OS/2"]!, "post": post, "hmtx": hmtx, "loca": loca,
            "glyf": glyf, "cmap": Self.characterMap(mapped), "name": naming(family: family, style: style),
        ]
    }

    /// The glyph's bytes in `glyf`; empty for a glyph without contours (a space).
    private func outline(of glyph: Int) throws(FormatError) -> ArraySlice<UInt8> {
        let loca = tables["loca"]!, glyf = tables["glyf"]!
        let start = longOffsets ? loca.uint32(at: 4 * glyph) : 2 * loca.uint16(at: 2 * glyph)
        let end = longOffsets ? loca.uint32(at: 4 * glyph + 4) : 2 * loca.uint16(at: 2 * glyph + 2)
        guard start <= end, end <= glyf.count, end == start || end - start >= 10 else {
            throw FormatError(reason: "glyph \(glyph) outside glyf")
        }
        return glyf[start..<end]
    }

    /// Each component of a composite glyph: its glyph and where its index sits; none for a simple glyph.
    private func components(of outline: ArraySlice<UInt8>) throws(FormatError) -> [(glyph: Int, at: Int)] {
        guard !outline.isEmpty, outline.int16(at: outline.startIndex) < 0 else { return [] }
        var found: [(glyph: Int, at: Int)] = []
        var at = outline.startIndex + 10
        while true {
            guard at + 4 <= outline.endIndex else { throw FormatError(reason: "composite glyph cut short") }
            let flags = outline.uint16(at: at)
            found.append((outline.uint16(at: at + 2), at + 2))
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 { at += 2 } else if flags & 0x0040 != 0 { at += 4 } else if flags & 0x0080 != 0 { at += 8 }
            if flags & 0x0020 == 0 { return found }
        }
    }

    /// The glyph without its hinting instructions, its components renumbered.
    private func withoutInstructions(_ outline: ArraySlice<UInt8>, renumbering newID: [Int: Int]) throws(FormatError) -> [UInt8] {
        guard !outline.isEmpty else { return [] }
        var bytes = Array(outline)
        let contours = bytes.int16(at: 0)
        if contours >= 0 {
            let lengthAt = 10 + 2 * contours
            guard lengthAt + 2 <= bytes.count else { throw FormatError(reason: "simple glyph cut short") }
            let instructions = bytes.uint16(at: lengthAt)
            let points = contours == 0 ? 0 : bytes.uint16(at: lengthAt - 2) + 1
            // The flags (a repeated one written once with its count), then the x and y coordinates:
            // a byte each where the flag says short, none where it says the same as before, else two.
            var at = lengthAt + 2 + instructions, xBytes = 0, yBytes = 0, flagged = 0
            while flagged < points {
                guard at < bytes.count else { throw FormatError(reason: "simple glyph cut short") }
                let flags = Int(bytes[at])
                var repeats = 1
                at += 1
                if flags & 0x08 != 0, at < bytes.count {
                    repeats += Int(bytes[at])
                    at += 1
                }
                xBytes += repeats * (flags & 0x02 != 0 ? 1 : flags & 0x10 != 0 ? 0 : 2)
                yBytes += repeats * (flags & 0x04 != 0 ? 1 : flags & 0x20 != 0 ? 0 : 2)
                flagged += repeats
            }
            guard at + xBytes + yBytes <= bytes.count else { throw FormatError(reason: "simple glyph cut short") }
            return Array(bytes[0..<lengthAt]) + [0, 0] + bytes[lengthAt + 2 + instructions..<at + xBytes + yBytes]
        }
        let parts = try components(of: outline[...])
        for part in parts {
            let at = part.at - outline.startIndex
            bytes.setUInt16(newID[part.glyph]!, at: at)
            bytes.setUInt16(bytes.uint16(at: at - 2) & ~0x0100, at: at - 2)  // WE_HAVE_INSTRUCTIONS
        }
        // The instructions follow the last component; cut them off.
        let last = parts.last!.at - outline.startIndex - 2
        let flags = bytes.uint16(at: last)
        var end = last + 4 + (flags & 0x0001 != 0 ? 4 : 2)
        if flags & 0x0008 != 0 { end += 2 } else if flags & 0x0040 != 0 { end += 4 } else if flags & 0x0080 != 0 { end += 8 }
        return Array(bytes[0..<end])
    }

    private func advance(of glyph: Int) -> Int {
        tables["hmtx"]!.uint16(at: 4 * min(glyph, horizontalMetricCount - 1))
    }

    private func leftSideBearing(of glyph: Int) -> Int {
        let hmtx = tables["hmtx"]!
        return glyph < horizontalMetricCount
            ? hmtx.uint16(at: 4 * glyph + 2) : hmtx.uint16(at: 4 * horizontalMetricCount + 2 * (glyph - horizontalMetricCount))
    }

    /// A cmap with one Windows Unicode (format 4) subtable: a segment per run of characters whose
    /// glyphs follow each other as they do (digits, letters), and the final one.
    private static func characterMap(_ mapped: [Int: Int]) -> [UInt8] {
        var segments: [(start: Int, end: Int, delta: Int)] = []
        for (code, glyph) in mapped.sorted(by: { $0.key < $1.key }) {
            let delta = (glyph - code) & 0xFFFF
            if let last = segments.last, last.end + 1 == code, last.delta == delta {
                segments[segments.count - 1].end = code
            } else {
                segments.append((code, code, delta))
            }
        }
        segments.append((0xFFFF, 0xFFFF, 1))
        let count = segments.count
        var power = 1
        while power * 2 <= count { power *= 2 }
        var table: [UInt8] = []
        for value in [0, 1, 3, 1] { table.appendUInt16(value) }  // version, one subtable: platform 3, encoding 1
        table.appendUInt32(12)
        for value in [4, 16 + 8 * count, 0, 2 * count, 2 * power, power.trailingZeroBitCount, 2 * count - 2 * power] {
            table.appendUInt16(value)
        }
        for segment in segments { table.appendUInt16(segment.end) }
        table.appendUInt16(0)
        for segment in segments { table.appendUInt16(segment.start) }  // start codes
        for segment in segments { table.appendUInt16(segment.delta) }
        for _ in segments { table.appendUInt16(0) }  // no range offsets
        return table
    }

    /// A name table in Windows Unicode (US English): the original copyright and licence address,
    /// the new family and style, its full and PostScript names. (DejaVu Sans's licence asks a
    /// changed font for a name of its own, and its notices kept.)
    private func naming(family: String, style: String) -> [UInt8] {
        let original = tables["name"]!
        var kept: [Int: [UInt8]] = [:]
        if original.count >= 6 {
            let storage = original.uint16(at: 4)
            for index in 0..<original.uint16(at: 2) {
                let record = 6 + 12 * index
                guard record + 12 <= original.count else { break }
                let (platform, encoding, nameID) = (original.uint16(at: record), original.uint16(at: record + 2), original.uint16(at: record + 6))
                let length = original.uint16(at: record + 8), offset = storage + original.uint16(at: record + 10)
                // 0: copyright, 14: the licence's address.
                if platform == 3, encoding == 1, nameID == 0 || nameID == 14, kept[nameID] == nil, offset + length <= original.count {
                    kept[nameID] = Array(original[offset..<offset + length])
                }
            }
        }
        let full = style == "Regular" ? family : "\(family) \(style)"
        let strings: [(id: Int, bytes: [UInt8])] =
            [(0, kept[0] ?? []), (1, Self.utf16(family)), (2, Self.utf16(style)), (4, Self.utf16(full)),
             (6, Self.utf16(full.replacing(" ", with: "-"))), (14, kept[14] ?? [])].filter { !$0.bytes.isEmpty }
        var table: [UInt8] = []
        table.appendUInt16(0)
        table.appendUInt16(strings.count)
        table.appendUInt16(6 + 12 * strings.count)
        var offset = 0
        for string in strings {
            for value in [3, 1, 0x409, string.id, string.bytes.count, offset] { table.appendUInt16(value) }
            offset += string.bytes.count
        }
        for string in strings { table += string.bytes }
        return table
    }

    private static func utf16(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}
