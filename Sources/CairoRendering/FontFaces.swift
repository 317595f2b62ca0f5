import CCairo
import CFigureFont
import FigureLayout
import Foundation

/// The Cairo faces text is drawn in: DejaVu Sans in the style a text asks for, from the copy built
/// into the program (CFigureFont), and the math font once `MathFont` has registered it. Each is
/// opened once per process, with FreeType; no font is looked up in the system's fonts, so a figure
/// is measured and drawn alike on every machine. Safe to share between threads.
final class FontFaces: @unchecked Sendable {
    /// The one instance of the process.
    static let shared = FontFaces()

    // An NSLock as in `CairoTextMeasurer` (ThreadSanitizer and Mutex on Linux).
    private let lock = NSLock()
    private var sans: [FigureFonts.Style: OpaquePointer] = [:]
    private var math: (face: OpaquePointer, contents: Data)?

    private init() {}

    /// The face of `font`. Text in the math family before any math font was registered is drawn in
    /// DejaVu Sans.
    func face(for font: FontStyle) -> OpaquePointer {
        lock.withLock {
            if font.family == .math, let math { return math.face }
            let style = FigureFonts.Style(bold: font.bold, italic: font.italic)
            if let face = sans[style] { return face }
            let file = FigureFonts.file(of: style)
            // The program's own files: FreeType reading them fails only if the build itself is broken.
            let face = try! FreeTypeFace.make(bytes: file.baseAddress!, count: file.count).face
            sans[style] = face
            return face
        }
    }

    /// Makes the font file `contents` the math face, unless it is the one already; returns the
    /// file's family name (registering nothing if it is not `expectedFamily`).
    func registerMath(_ contents: Data, expectedFamily: String) throws(FreeTypeFace.Failure) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let math, math.contents == contents { return expectedFamily }
        let (face, family) = try FreeTypeFace.make(copying: contents)
        guard family == expectedFamily else {
            cairo_font_face_destroy(face)
            return family
        }
        if let old = math { cairo_font_face_destroy(old.face) }
        math = (face, contents)
        return family
    }
}
