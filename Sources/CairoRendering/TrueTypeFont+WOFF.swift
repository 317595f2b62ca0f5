import CZlib

extension TrueTypeFont {
    /// `tables` as a WOFF 1.0 file: each table deflated with zlib (or stored, when that is no
    /// smaller), after the whole font's checksum adjustment is written into `head` as in the
    /// TrueType file they make.
    static func woff(_ tables: [String: [UInt8]]) -> [UInt8] {
        let tags = tables.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var tables = tables
        let headerSize = 12 + 16 * tags.count
        var fontSize = headerSize
        for tag in tags { fontSize += (tables[tag]!.count + 3) & ~3 }
        if tables["head"] != nil {
            // The checksum of the TrueType file: header, directory and tables, in tag order.
            var power = 1
            while power * 2 <= tags.count { power *= 2 }
            var header: [UInt8] = []
            header.appendUInt32(0x0001_0000)
            for value in [tags.count, 16 * power, power.trailingZeroBitCount, 16 * tags.count - 16 * power] { header.appendUInt16(value) }
            var offset = headerSize
            for tag in tags {
                header += Array(tag.utf8)
                header.appendUInt32(checksum(tables[tag]!))
                header.appendUInt32(offset)
                header.appendUInt32(tables[tag]!.count)
                offset += (tables[tag]!.count + 3) & ~3
            }
            var sum = checksum(header)
            for tag in tags { sum = (sum + checksum(tables[tag]!)) & 0xFFFF_FFFF }
            tables["head"]!.setUInt32((0xB1B0_AFBA - sum) & 0xFFFF_FFFF, at: 8)
        }

        var directory: [UInt8] = [], data: [UInt8] = []
        let dataStart = 44 + 20 * tags.count
        for tag in tags {
            let table = tables[tag]!
            let packed = deflated(table).flatMap { $0.count < table.count ? $0 : nil } ?? table
            directory += Array(tag.utf8)
            for value in [dataStart + data.count, packed.count, table.count, checksum(table)] { directory.appendUInt32(value) }
            data += packed
            while data.count % 4 != 0 { data.append(0) }
        }
        var file: [UInt8] = Array("wOFF".utf8)
        file.appendUInt32(0x0001_0000)  // TrueType outlines
        file.appendUInt32(dataStart + data.count)
        file.appendUInt16(tags.count)
        file.appendUInt16(0)
        file.appendUInt32(fontSize)
        file.appendUInt16(1)  // version 1.0 of the font
        file.appendUInt16(0)
        for _ in 0..<5 { file.appendUInt32(0) }  // no metadata, no private data
        return file + directory + data
    }

    /// The sum of the table's big-endian 32-bit words, the last padded with zeros, modulo 2³².
    private static func checksum(_ table: [UInt8]) -> Int {
        var sum = 0
        for start in stride(from: 0, to: table.count, by: 4) {
            var word = 0
            for index in start..<start + 4 { word = word << 8 | Int(index < table.count ? table[index] : 0) }
            sum = (sum + word) & 0xFFFF_FFFF
        }
        return sum
    }

    /// The table as a zlib stream at the best compression, or `nil` if zlib fails.
    private static func deflated(_ table: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(table.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, table, uLong(table.count), 9)
        guard status == Z_OK else { return nil }
        return Array(output[0..<Int(length)])
    }
}
