import CZlib

/// Encodes Cairo's premultiplied, native-endian ARGB32 pixels as a PNG: straight (not premultiplied)
/// 8-bit RGB when every pixel is opaque, RGBA otherwise; each row Up-filtered, deflated fast, with the
/// resolution recorded in a pHYs chunk. Much faster than `cairo_surface_write_to_png`, which spends
/// most of its time compressing hard.
struct PNGEncoder {
    /// zlib level: 1–3 keep encoding a few milliseconds for a slide-sized figure.
    var compressionLevel: Int32 = 2
    /// The resolution written to pHYs, in pixels per inch.
    var dotsPerInch: Double

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    func encode(argb32 pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) throws -> [UInt8] {
        let opaque = Self.isOpaque(pixels, width: width, height: height, stride: stride)
        let filtered = Self.filteredRows(pixels, width: width, height: height, stride: stride, opaque: opaque)
        let compressed = try deflate(filtered)

        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, opaque ? 2 : 6, 0, 0, 0]  // bit depth, colour type RGB / RGBA, deflate, adaptive filters, no interlace
        var resolution: [UInt8] = []
        let pixelsPerMetre = UInt32((dotsPerInch / 0.0254).rounded())
        resolution.appendBigEndian(pixelsPerMetre)
        resolution.appendBigEndian(pixelsPerMetre)
        resolution.append(1)  // unit: metre

        var png = Self.signature
        png.reserveCapacity(compressed.count + 64)
        png.appendChunk("IHDR", header)
        png.appendChunk("pHYs", resolution)
        png.appendChunk("IDAT", compressed)
        png.appendChunk("IEND", [])
        return png
    }

    private static func isOpaque(_ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width where row[x] >> 24 != 0xFF { return false }
        }
        return true
    }

    /// The image as PNG scanlines: a filter-type byte (2 = Up) then each byte minus the one above.
    private static func filteredRows(
        _ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, opaque: Bool
    ) -> [UInt8] {
        let channels = opaque ? 3 : 4
        let rowLength = width * channels
        var above = [UInt8](repeating: 0, count: rowLength)
        var current = [UInt8](repeating: 0, count: rowLength)
        var output = [UInt8](repeating: 0, count: height * (rowLength + 1))
        output.withUnsafeMutableBufferPointer { output in
            current.withUnsafeMutableBufferPointer { current in
                above.withUnsafeMutableBufferPointer { above in
                    var current = current, above = above
                    for y in 0..<height {
                        let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                        if opaque {
                            for x in 0..<width {
                                let pixel = row[x]
                                current[3 * x] = UInt8(truncatingIfNeeded: pixel >> 16)
                                current[3 * x + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                                current[3 * x + 2] = UInt8(truncatingIfNeeded: pixel)
                            }
                        } else {
                            for x in 0..<width {
                                let (red, green, blue, alpha) = straightRGBA(row[x])
                                current[4 * x] = red
                                current[4 * x + 1] = green
                                current[4 * x + 2] = blue
                                current[4 * x + 3] = alpha
                            }
                        }
                        let start = y * (rowLength + 1)
                        output[start] = 2
                        for i in 0..<rowLength {
                            output[start + 1 + i] = current[i] &- above[i]
                        }
                        swap(&current, &above)
                    }
                }
            }
        }
        return output
    }

    /// Undoes Cairo's premultiplication of one ARGB32 pixel, rounding to the nearest value.
    static func straightRGBA(_ pixel: UInt32) -> (UInt8, UInt8, UInt8, UInt8) {
        let alpha = pixel >> 24
        switch alpha {
        case 0xFF:
            return (UInt8(truncatingIfNeeded: pixel >> 16), UInt8(truncatingIfNeeded: pixel >> 8), UInt8(truncatingIfNeeded: pixel), 0xFF)
        case 0:
            return (0, 0, 0, 0)
        default:
            func straight(_ premultiplied: UInt32) -> UInt8 {
                UInt8(min((premultiplied * 255 + alpha / 2) / alpha, 255))
            }
            return (straight((pixel >> 16) & 0xFF), straight((pixel >> 8) & 0xFF), straight(pixel & 0xFF), UInt8(alpha))
        }
    }

    private func deflate(_ data: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(
            &stream, compressionLevel, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw SceneRenderingError.compressionFailed(code: Int(status)) }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))))
        let written = data.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                status = CZlib.deflate(&stream, Z_FINISH)
                return output.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw SceneRenderingError.compressionFailed(code: Int(status)) }
        output.removeSubrange(written...)
        return output
    }
}

extension [UInt8] {
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }

    /// Appends a PNG chunk: length, type, data and the CRC-32 of type and data.
    fileprivate mutating func appendChunk(_ type: String, _ data: [UInt8]) {
        let typeBytes = Array(type.utf8)
        appendBigEndian(UInt32(data.count))
        append(contentsOf: typeBytes)
        append(contentsOf: data)
        var crc = typeBytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        if !data.isEmpty {  // zlib's crc32 returns 0 for a null buffer, whatever the running value
            crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        }
        appendBigEndian(UInt32(crc))
    }
}
