extension PNGEncoder {
    /// Whether every pixel has full alpha, so the alpha channel can be left out.
    static func isOpaque(_ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> Bool {
        var alphas: UInt32 = 0xFF00_0000
        for y in 0..<height {
            let row = UnsafeBufferPointer(start: (pixels + y * stride).assumingMemoryBound(to: UInt32.self), count: width)
            alphas = row.reduce(alphas, &)
        }
        return alphas == 0xFF00_0000
    }

    /// The image as PNG scanlines: a filter-type byte (2 = Up) then each byte minus the one above.
    /// A pixel equal to the one above gives zeros, so only pixels that change are converted.
    static func filteredRows(
        _ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, opaque: Bool
    ) -> [UInt8] {
        let channels = opaque ? 3 : 4
        let rowLength = 1 + width * channels
        let blankRow = [UInt32](repeating: 0, count: width)
        return blankRow.withUnsafeBufferPointer { blankRow in
            [UInt8](unsafeUninitializedCapacity: height * rowLength) { output, count in
                output.initialize(repeating: 0)
                for y in 0..<height {
                    let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                    let above = y == 0 ? blankRow.baseAddress! : (pixels + (y - 1) * stride).assumingMemoryBound(to: UInt32.self)
                    let scanline = output.baseAddress! + y * rowLength
                    scanline[0] = 2
                    for x in 0..<width where row[x] != above[x] {
                        let target = scanline + 1 + x * channels
                        if opaque {
                            let pixel = row[x], previous = above[x]
                            target[0] = UInt8(truncatingIfNeeded: pixel >> 16) &- UInt8(truncatingIfNeeded: previous >> 16)
                            target[1] = UInt8(truncatingIfNeeded: pixel >> 8) &- UInt8(truncatingIfNeeded: previous >> 8)
                            target[2] = UInt8(truncatingIfNeeded: pixel) &- UInt8(truncatingIfNeeded: previous)
                        } else {
                            let pixel = straightRGBA(row[x]), previous = straightRGBA(above[x])
                            target[0] = pixel.0 &- previous.0
                            target[1] = pixel.1 &- previous.1
                            target[2] = pixel.2 &- previous.2
                            target[3] = pixel.3 &- previous.3
                        }
                    }
                }
                count = height * rowLength
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
