import CFontconfig
import Foundation

/// The math font of typeset equations (Asana Math, OFL, shipped in Templates/fonts): made known to
/// fontconfig, for this process only, from its file, so Cairo finds it without installing it.
public enum MathFont {
    /// The font file's name inside the templates' `fonts` folder.
    public static let fileName = "Asana-Math.otf"

    /// Why the math font could not be registered.
    public struct RegistrationError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The files registered so far; an NSLock as in `CairoTextMeasurer` (ThreadSanitizer and Mutex on Linux).
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var paths: Set<String> = []
    }

    private static let registry = Registry()

    /// Registers the font at `path` (once per process; later calls with the same path do nothing)
    /// and checks that fontconfig now resolves the family Asana Math to it.
    public static func register(at path: String) throws(RegistrationError) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: absolute) else {
            throw RegistrationError(
                path: path, reason: "no such file; the equations need the math font \(fileName) of the templates' fonts folder")
        }
        FontconfigLoad.wait()
        let done = registry.lock.withLock {
            if registry.paths.contains(absolute) { return true }
            guard FcConfigAppFontAddFile(nil, absolute) == FcTrue else { return false }
            registry.paths.insert(absolute)
            return true
        }
        guard done else { throw RegistrationError(path: path, reason: "fontconfig cannot read this font file") }
        guard resolvedFamily() == CairoContext.mathFontFamily else {
            throw RegistrationError(
                path: path, reason: "fontconfig does not resolve \(CairoContext.mathFontFamily) to this file")
        }
    }

    /// The family fontconfig chooses when asked for Asana Math.
    static func resolvedFamily() -> String? {
        guard let pattern = FcNameParse(CairoContext.mathFontFamily) else { return nil }
        defer { FcPatternDestroy(pattern) }
        return fontconfigMatch(pattern, FC_FAMILY)
    }
}
