import CZlib

/// A PNG taken apart independently of the encoder: chunks with their stored and recomputed CRCs,
/// the header fields, and the unfiltered pixels (8-bit RGB or RGBA only).
struct DecodedPNG {
    struct Chunk {
        var type: String
        var data: [UInt8]
        var storedCRC: UInt32
        var computedCRC: UInt32
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    var chunks: [Chunk] = []
    var width = 0
    var height = 0
    var channels = 0
    /// The inflated IDAT stream: one filter byte and `width × channels` bytes per row.
    var scanlines: [UInt8] = []
    /// Straight RGBA pixels after undoing the filters.
    var pixels: [UInt8] = []

    init(_ bytes: [UInt8]) throws {
        guard bytes.starts(with: Self.signature) else { throw DecodingError.notPNG }
        var index = Self.signature.count
        while index + 12 <= bytes.count {
            let length = Int(Self.bigEndian(bytes, at: index))
            let typeAndData = Array(bytes[index + 4..<index + 8 + length])
            chunks.append(Chunk(
                type: String(decoding: typeAndData.prefix(4), as: UTF8.self), data: Array(typeAndData.dropFirst(4)),
                storedCRC: Self.bigEndian(bytes, at: index + 8 + length), computedCRC: Self.crc32(typeAndData)))
            index += 12 + length
        }
        guard let header = chunks.first(where: { $0.type == "IHDR" })?.data else { throw DecodingError.noHeader }
        width = Int(Self.bigEndian(header, at: 0))
        height = Int(Self.bigEndian(header, at: 4))
        channels = header[9] == 6 ? 4 : 3
        scanlines = try Self.inflate(chunks.filter { $0.type == "IDAT" }.flatMap(\.data))
        if scanlines.count == height * (1 + width * channels) { pixels = unfiltered() }
    }

    func pixel(x: Int, y: Int) -> [UInt8] { Array(pixels[(y * width + x) * 4..<(y * width + x) * 4 + 4]) }

    private func unfiltered() -> [UInt8] {
        let rowLength = width * channels
        var previous = [UInt8](repeating: 0, count: rowLength)
        var rgba: [UInt8] = []
        rgba.reserveCapacity(width * height * 4)
        for y in 0..<height {
            let start = y * (rowLength + 1)
            let filter = scanlines[start]
            var row = Array(scanlines[start + 1...start + rowLength])
            for i in 0..<rowLength {
                let left = i >= channels ? Int(row[i - channels]) : 0
                let up = Int(previous[i])
                let upLeft = i >= channels ? Int(previous[i - channels]) : 0
                let predictor: Int
                switch filter {
                case 1: predictor = left
                case 2: predictor = up
                case 3: predictor = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let (a, b, c) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predictor = a <= b && a <= c ? left : (b <= c ? up : upLeft)
                default: predictor = 0
                }
                row[i] = row[i] &+ UInt8(truncatingIfNeeded: predictor)
            }
            for x in 0..<width {
                rgba += row[x * channels..<x * channels + 3]
                rgba.append(channels == 4 ? row[x * 4 + 3] : 255)
            }
            previous = row
        }
        return rgba
    }

    enum DecodingError: Error { case notPNG, noHeader, inflateFailed(Int32) }

    private static func bigEndian(_ bytes: [UInt8], at index: Int) -> UInt32 {
        bytes[index..<index + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320), bit by bit: independent of zlib's table.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func inflate(_ compressed: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw DecodingError.inflateFailed(-1) }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var input = compressed
        let status: Int32 = input.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(input.count)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                output += buffer[0..<buffer.count - Int(stream.avail_out)]
                if status != Z_OK { return status }
            }
        }
        guard status == Z_STREAM_END else { throw DecodingError.inflateFailed(status) }
        return output
    }
}
