import Foundation

/// The math font of typeset equations (Asana Math, OFL, shipped in Templates/fonts): opened from
/// its file for this process, so Cairo draws with it without it being installed.
public enum MathFont {
    /// The font file's name inside the templates' `fonts` folder.
    public static let fileName = "Asana-Math.otf"

    /// Why the math font could not be registered.
    public struct RegistrationError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Registers the font file at `path` on the disk.
    public static func register(at path: String) throws(RegistrationError) {
        try register(reading: path) { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    }

    /// Makes the font file `file`, as `read` gives it (from the disk or the built-in templates), the
    /// face of the math family once it is seen to be Asana Math; the same bytes again change nothing.
    public static func register(reading file: String, with read: (String) throws -> Data) throws(RegistrationError) {
        let contents: Data
        do { contents = try read(file) } catch {
            throw RegistrationError(
                path: file, reason: "cannot be read; the equations need the math font \(fileName) of the templates' fonts folder")
        }
        let family: String
        do { family = try FontFaces.shared.registerMath(contents, expectedFamily: CairoContext.mathFontFamily) } catch {
            throw RegistrationError(path: file, reason: "\(error)")
        }
        guard family == CairoContext.mathFontFamily else {
            throw RegistrationError(
                path: file, reason: "this is the font \(family.isEmpty ? "without a family name" : family), not \(CairoContext.mathFontFamily)")
        }
    }
}
