import CCairo
import Foundation

/// A font file opened with FreeType and handed to Cairo as a font face. Faces are made here and
/// nowhere else, one at a time, as FreeType asks of the faces of one library.
enum FreeTypeFace {
    /// Why FreeType could not open a font file.
    struct Failure: Error, CustomStringConvertible {
        let code: FT_Error
        var description: String { "FreeType cannot read it as a font (error \(code))" }
    }

    /// A Cairo face for the font whose file is `bytes`, which must outlive every use of the face:
    /// the program's own fonts, kept for the whole process. Also returns the file's family name.
    static func make(bytes: UnsafePointer<UInt8>, count: Int) throws(Failure) -> (face: OpaquePointer, family: String) {
        let ftFace = try open(bytes, count)
        return (cairo_ft_font_face_create_for_ft_face(ftFace, 0), family(of: ftFace))
    }

    /// A Cairo face for the font file `contents`, copied: the copy and FreeType's face are released
    /// when Cairo releases the face.
    static func make(copying contents: Data) throws(Failure) -> (face: OpaquePointer, family: String) {
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(contents.count, 1))
        contents.copyBytes(to: copy, count: contents.count)
        let ftFace: FT_Face
        do { ftFace = try open(copy, contents.count) } catch {
            copy.deallocate()
            throw error
        }
        let face = cairo_ft_font_face_create_for_ft_face(ftFace, 0)!
        let owned = Unmanaged.passRetained(Owned(face: ftFace, bytes: copy)).toOpaque()
        let status = cairo_font_face_set_user_data(face, &ownedKey, owned) { Unmanaged<Owned>.fromOpaque($0!).release() }
        if status != CAIRO_STATUS_SUCCESS { Unmanaged<Owned>.fromOpaque(owned).release() }
        return (face, family(of: ftFace))
    }

    /// The key under which a face made by `make(copying:)` keeps what it owns.
    nonisolated(unsafe) private static var ownedKey = cairo_user_data_key_t()

    /// A face's file and FreeType face, freed together.
    private final class Owned {
        let face: FT_Face
        let bytes: UnsafeMutablePointer<UInt8>
        init(face: FT_Face, bytes: UnsafeMutablePointer<UInt8>) { (self.face, self.bytes) = (face, bytes) }
        deinit {
            library.withLock { _ in _ = FT_Done_Face(face) }
            bytes.deallocate()
        }
    }

    /// FreeType for the whole process, started on first use.
    private static let library = Library()

    private final class Library: @unchecked Sendable {
        // An NSLock as in `CairoTextMeasurer` (ThreadSanitizer and Mutex on Linux).
        private let lock = NSLock()
        private let library: FT_Library

        init() {
            var library: FT_Library?
            let error = FT_Init_FreeType(&library)
            precondition(error == 0 && library != nil, "FreeType cannot start (error \(error))")
            self.library = library!
        }

        func withLock<Result>(_ body: (FT_Library) -> Result) -> Result { lock.withLock { body(library) } }
    }

    private static func open(_ bytes: UnsafePointer<UInt8>, _ count: Int) throws(Failure) -> FT_Face {
        var face: FT_Face?
        let error = library.withLock { FT_New_Memory_Face($0, bytes, FT_Long(count), 0, &face) }
        guard error == 0, let face else { throw Failure(code: error) }
        return face
    }

    private static func family(of face: FT_Face) -> String {
        face.pointee.family_name.map { String(cString: $0) } ?? ""
    }
}
