import CCairo

/// Owns one `cairo_surface_t`: an in-memory ARGB32 image, or a PDF document written to memory.
final class CairoSurface {
    let pointer: OpaquePointer
    /// Where a PDF surface writes its document; `nil` for image surfaces.
    private let sink: ByteSink?
    /// The image whose pixels a band of rows draws into, kept alive while the band is.
    private let image: CairoSurface?

    private init(pointer: OpaquePointer, sink: ByteSink?, image: CairoSurface? = nil, operation: String) throws {
        self.pointer = pointer
        self.sink = sink
        self.image = image
        try CairoError.check(cairo_surface_status(pointer), operation)
    }

    deinit { cairo_surface_destroy(pointer) }

    /// A premultiplied ARGB32 image of whole pixels, cleared to transparent.
    static func image(width: Int, height: Int) throws -> CairoSurface {
        try CairoSurface(
            pointer: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
            sink: nil, operation: "creating a \(width) × \(height) image surface")
    }

    /// An image surface drawing straight into `rows` of this image's pixels, with its own origin at
    /// the first of those rows. Bands of disjoint rows can be drawn on different threads at once.
    func band(rows: Range<Int>) throws -> CairoSurface {
        let stride = cairo_image_surface_get_stride(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else {
            throw CairoError(CAIRO_STATUS_SURFACE_TYPE_MISMATCH, operation: "drawing rows of an image")
        }
        return try CairoSurface(
            pointer: cairo_image_surface_create_for_data(
                data + rows.lowerBound * Int(stride), CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width(pointer),
                Int32(rows.count), stride),
            sink: nil, image: self, operation: "drawing rows \(rows.lowerBound)–\(rows.upperBound - 1) of an image")
    }

    /// A PDF document whose first page is `width` × `height` points.
    static func pdf(width: Double, height: Double) throws -> CairoSurface {
        let sink = ByteSink()
        return try CairoSurface(
            pointer: cairo_pdf_surface_create_for_stream(
                writeToSink, Unmanaged.passUnretained(sink).toOpaque(), width, height),
            sink: sink, operation: "creating the PDF surface")
    }

    /// Finishes the document and returns everything the surface wrote.
    func finishDocument() throws -> [UInt8] {
        cairo_surface_finish(pointer)
        try CairoError.check(cairo_surface_status(pointer), "finishing the document")
        return sink?.bytes ?? []
    }

    /// Sets a PDF document's metadata entry; an empty date string leaves the date out.
    func setPDFMetadata(_ entry: cairo_pdf_metadata_t, _ value: String) {
        cairo_pdf_surface_set_metadata(pointer, entry, value)
    }

    /// Sets the size of the next PDF page; call before drawing on that page.
    func setPDFPageSize(width: Double, height: Double) throws {
        cairo_pdf_surface_set_size(pointer, width, height)
        try CairoError.check(cairo_surface_status(pointer), "sizing a PDF page to \(width) × \(height)")
    }

    /// Reads the pixels of an image surface after drawing.
    func withImagePixels<Result>(
        _ body: (_ pixels: UnsafeRawPointer, _ width: Int, _ height: Int, _ stride: Int) throws -> Result
    ) throws -> Result {
        cairo_surface_flush(pointer)
        try CairoError.check(cairo_surface_status(pointer), "flushing the image surface")
        guard let data = cairo_image_surface_get_data(pointer) else {
            throw CairoError(CAIRO_STATUS_SURFACE_TYPE_MISMATCH, operation: "reading image pixels")
        }
        return try body(
            UnsafeRawPointer(data), Int(cairo_image_surface_get_width(pointer)),
            Int(cairo_image_surface_get_height(pointer)), Int(cairo_image_surface_get_stride(pointer)))
    }
}

/// Cairo's write callback for stream surfaces: appends to the `ByteSink` passed as closure.
private func writeToSink(
    _ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32
) -> cairo_status_t {
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    if let data { sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length))) }
    return CAIRO_STATUS_SUCCESS
}
