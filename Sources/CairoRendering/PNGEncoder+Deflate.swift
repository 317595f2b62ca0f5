import CZlib
import Dispatch

extension PNGEncoder {
    /// How many slices of the scanlines are deflated at once. Fixed rather than taken from the
    /// processor count, so the bytes do not depend on the machine.
    static let slices = 4

    /// The scanlines as one zlib stream. Slices are deflated in parallel as raw deflate data —
    /// every slice but the last ends with a sync flush on a byte boundary, so they simply
    /// concatenate (as pigz does) — between a zlib header and the Adler-32 of all the data.
    func zlibStream(_ data: [UInt8]) throws -> [UInt8] {
        let sliceLength = (data.count + Self.slices - 1) / Self.slices
        var slices = [Result<(deflated: [UInt8], adler: UInt), SceneRenderingError>](
            repeating: .failure(.compressionFailed(code: Int(Z_STREAM_ERROR))), count: Self.slices)
        data.withUnsafeBufferPointer { data in
            slices.withUnsafeMutableBufferPointer { slices in
                let work = SharedBuffers(input: data, results: slices)
                DispatchQueue.concurrentPerform(iterations: Self.slices) { index in
                    let start = min(index * sliceLength, work.input.count)
                    let slice = UnsafeBufferPointer(rebasing: work.input[start..<min(start + sliceLength, work.input.count)])
                    work.results[index] = Result {
                        try (rawDeflate(slice, last: index == Self.slices - 1), adler32(1, slice.baseAddress, uInt(slice.count)))
                    }.mapError { $0 as? SceneRenderingError ?? .compressionFailed(code: Int(Z_STREAM_ERROR)) }
                }
            }
        }
        var stream: [UInt8] = [0x78, 0x01]  // deflate with a 32 KiB window, no preset dictionary
        var adler: UInt = 1
        for (index, slice) in slices.enumerated() {
            let (deflated, sliceAdler) = try slice.get()
            stream += deflated
            let start = min(index * sliceLength, data.count)
            adler = adler32_combine(adler, sliceAdler, min(start + sliceLength, data.count) - start)
        }
        stream += [UInt8(adler >> 24 & 0xFF), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return stream
    }

    /// The scanlines, read by every slice's task, and the results, each written by its own task only.
    private struct SharedBuffers: @unchecked Sendable {
        let input: UnsafeBufferPointer<UInt8>
        let results: UnsafeMutableBufferPointer<Result<(deflated: [UInt8], adler: UInt), SceneRenderingError>>
    }

    /// Raw deflate data (no zlib header or checksum) for one slice of the scanlines.
    private func rawDeflate(_ input: UnsafeBufferPointer<UInt8>, last: Bool) throws -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(
            &stream, compressionLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw SceneRenderingError.compressionFailed(code: Int(status)) }
        defer { deflateEnd(&stream) }
        // deflateBound covers a finished stream; a sync flush adds at most an empty stored block.
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        let written = output.withUnsafeMutableBufferPointer { output in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = output.baseAddress
            stream.avail_out = uInt(output.count)
            status = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH)
            return output.count - Int(stream.avail_out)
        }
        guard status == (last ? Z_STREAM_END : Z_OK), stream.avail_in == 0 else {
            throw SceneRenderingError.compressionFailed(code: Int(status))
        }
        output.removeSubrange(written...)
        return output
    }
}
