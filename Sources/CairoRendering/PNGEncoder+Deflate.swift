import CZlib
import Dispatch

extension PNGEncoder {
    /// How many bands of rows are compressed at once. Fixed rather than taken from the processor
    /// count, so the bytes do not depend on the machine.
    static let bands = 4
    /// Rows filtered at a time before they are handed to zlib: small enough to stay in cache.
    static let blockBytes = 128 * 1024

    /// The scanlines as one zlib stream. Horizontal bands are filtered and deflated in parallel as
    /// raw deflate data — every band but the last ends with a sync flush on a byte boundary, so they
    /// simply concatenate (as pigz does) — between a zlib header and the Adler-32 of all the data.
    func zlibStream(_ scanlines: PNGScanlines) throws -> [UInt8] {
        let bandHeight = (scanlines.height + Self.bands - 1) / Self.bands
        let bandRows = (0..<Self.bands).map { band in
            min(band * bandHeight, scanlines.height)..<min((band + 1) * bandHeight, scanlines.height)
        }
        let results = BandResults(count: Self.bands)
        DispatchQueue.concurrentPerform(iterations: Self.bands) { band in
            results.store(band, Result { try deflate(scanlines, rows: bandRows[band], last: band == Self.bands - 1) })
        }

        var stream: [UInt8] = [0x78, 0x01]  // deflate with a 32 KiB window, no preset dictionary
        var adler: UInt = 1
        for (band, rows) in bandRows.enumerated() {
            let (deflated, bandAdler) = try results.result(band).get()
            stream += deflated
            adler = adler32_combine(adler, bandAdler, rows.count * scanlines.rowLength)
        }
        stream.appendUInt32(Int(adler))
        return stream
    }

    /// Raw deflate data (no zlib header or checksum) and the Adler-32 of one band's scanlines.
    private func deflate(_ scanlines: PNGScanlines, rows: Range<Int>, last: Bool) throws -> (deflated: [UInt8], adler: UInt) {
        var stream = z_stream()
        var status = deflateInit2_(
            &stream, compressionLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw SceneRenderingError.compressionFailed(code: Int(status)) }
        defer { deflateEnd(&stream) }

        let rowsPerBlock = max(1, Self.blockBytes / scanlines.rowLength)
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: rowsPerBlock * scanlines.rowLength, alignment: 16)
        defer { block.deallocate() }
        // deflateBound covers a finished stream; a sync flush adds at most an empty stored block.
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(rows.count * scanlines.rowLength))) + 16)
        var adler = adler32(0, nil, 0)
        let written = output.withUnsafeMutableBufferPointer { output in
            stream.next_out = output.baseAddress
            stream.avail_out = uInt(output.count)
            for start in Swift.stride(from: rows.lowerBound, to: rows.upperBound, by: rowsPerBlock) {
                let blockRows = start..<min(start + rowsPerBlock, rows.upperBound)
                let filled = UnsafeMutableRawBufferPointer(rebasing: block[0..<blockRows.count * scanlines.rowLength])
                scanlines.write(rows: blockRows, to: filled)
                let bytes = filled.baseAddress!.assumingMemoryBound(to: UInt8.self)
                adler = adler32(adler, bytes, uInt(filled.count))
                stream.next_in = bytes
                stream.avail_in = uInt(filled.count)
                status = CZlib.deflate(&stream, Z_NO_FLUSH)
                if status != Z_OK || stream.avail_in != 0 { return 0 }
            }
            status = CZlib.deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH)
            return output.count - Int(stream.avail_out)
        }
        guard status == (last ? Z_STREAM_END : Z_OK) else { throw SceneRenderingError.compressionFailed(code: Int(status)) }
        output.removeSubrange(written...)
        return (output, adler)
    }
}

/// Each band's outcome, written by that band's thread only (one slot each, so no two threads touch
/// the same memory) and read after all have finished.
private final class BandResults: @unchecked Sendable {
    typealias Outcome = Result<(deflated: [UInt8], adler: UInt), any Error>
    private let slots: UnsafeMutableBufferPointer<Outcome>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: .failure(SceneRenderingError.compressionFailed(code: Int(Z_STREAM_ERROR))))
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ band: Int, _ outcome: Outcome) { slots[band] = outcome }
    func result(_ band: Int) -> Outcome { slots[band] }
}
