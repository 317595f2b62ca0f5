import CZlib

/// Encodes Cairo's premultiplied, native-endian ARGB32 pixels as a PNG (see `PNGScanlines`),
/// deflated fast in parallel bands, with the resolution recorded in a pHYs chunk. Several times
/// faster than `cairo_surface_write_to_png`, which spends most of its time compressing hard.
struct PNGEncoder {
    /// zlib's level: 1–3 are its fast matchers; higher levels cost several times the time for ~15 % smaller files.
    var compressionLevel: Int32 = 2
    /// The resolution written to pHYs, in pixels per inch.
    var dotsPerInch: Double

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    func encode(argb32 pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) throws -> [UInt8] {
        let scanlines = PNGScanlines(argb32: pixels, width: width, height: height, stride: stride)
        let compressed = try zlibStream(scanlines)

        var header: [UInt8] = []
        header.appendUInt32(width)
        header.appendUInt32(height)
        header += [8, scanlines.opaque ? 2 : 6, 0, 0, 0]  // bit depth, colour type RGB / RGBA, deflate, adaptive filters, no interlace
        var resolution: [UInt8] = []
        let pixelsPerMetre = Int((dotsPerInch / 0.0254).rounded())
        resolution.appendUInt32(pixelsPerMetre)
        resolution.appendUInt32(pixelsPerMetre)
        resolution.append(1)  // unit: metre

        var png = Self.signature
        png.reserveCapacity(compressed.count + 64)
        png.appendChunk("IHDR", header)
        png.appendChunk("pHYs", resolution)
        png.appendChunk("IDAT", compressed)
        png.appendChunk("IEND", [])
        return png
    }
}

extension [UInt8] {
    /// Appends a PNG chunk: length, type, data and the CRC-32 of type and data.
    fileprivate mutating func appendChunk(_ type: String, _ data: [UInt8]) {
        let typeBytes = Array(type.utf8)
        appendUInt32(data.count)
        append(contentsOf: typeBytes)
        append(contentsOf: data)
        var crc = typeBytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        if !data.isEmpty {  // zlib's crc32 returns 0 for a null buffer, whatever the running value
            crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        }
        appendUInt32(Int(crc))
    }
}
