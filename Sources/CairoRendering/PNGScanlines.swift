/// Cairo's premultiplied, native-endian ARGB32 pixels seen as PNG scanlines: straight (not
/// premultiplied) 8-bit RGB when every pixel is opaque, RGBA otherwise, each row Up-filtered
/// (every byte minus the byte above it). Rows are produced a block at a time, straight into the
/// compressor's input, so the whole filtered image never sits in memory.
///
/// Only reads the pixels, which must stay alive while it is used; that is what makes sharing it
/// between the compressing threads safe.
struct PNGScanlines: @unchecked Sendable {
    let pixels: UnsafeRawPointer
    let width: Int
    let height: Int
    /// Bytes from one pixel row to the next in `pixels`.
    let stride: Int
    /// Whether every pixel has full alpha, so the alpha channel is left out.
    let opaque: Bool

    init(argb32 pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) {
        self.pixels = pixels
        self.width = width
        self.height = height
        self.stride = stride
        var alphas: UInt32 = 0xFF00_0000
        for y in 0..<height {
            alphas = UnsafeBufferPointer(start: (pixels + y * stride).assumingMemoryBound(to: UInt32.self), count: width)
                .reduce(alphas, &)
        }
        self.opaque = alphas == 0xFF00_0000
    }

    var channels: Int { opaque ? 3 : 4 }
    /// One scanline: the filter-type byte and the filtered pixel bytes.
    var rowLength: Int { 1 + width * channels }

    /// Writes the scanlines of `rows` to `output`, which holds `rows.count × rowLength` bytes.
    /// A pixel equal to the one above gives zeros, so only pixels that change are converted.
    func write(rows: Range<Int>, to output: UnsafeMutableRawBufferPointer) {
        output.initializeMemory(as: UInt8.self, repeating: 0)
        let blankRow = [UInt32](repeating: 0, count: width)
        blankRow.withUnsafeBufferPointer { blankRow in
            for y in rows {
                let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                let above = y == 0 ? blankRow.baseAddress! : (pixels + (y - 1) * stride).assumingMemoryBound(to: UInt32.self)
                let scanline = output.baseAddress!.assumingMemoryBound(to: UInt8.self) + (y - rows.lowerBound) * rowLength
                scanline[0] = 2  // filter type Up
                for x in 0..<width where row[x] != above[x] {
                    let target = scanline + 1 + x * channels
                    if opaque {
                        let pixel = row[x], previous = above[x]
                        target[0] = UInt8(truncatingIfNeeded: pixel >> 16) &- UInt8(truncatingIfNeeded: previous >> 16)
                        target[1] = UInt8(truncatingIfNeeded: pixel >> 8) &- UInt8(truncatingIfNeeded: previous >> 8)
                        target[2] = UInt8(truncatingIfNeeded: pixel) &- UInt8(truncatingIfNeeded: previous)
                    } else {
                        let pixel = Self.straightRGBA(row[x]), previous = Self.straightRGBA(above[x])
                        target[0] = pixel.0 &- previous.0
                        target[1] = pixel.1 &- previous.1
                        target[2] = pixel.2 &- previous.2
                        target[3] = pixel.3 &- previous.3
                    }
                }
            }
        }
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
}
