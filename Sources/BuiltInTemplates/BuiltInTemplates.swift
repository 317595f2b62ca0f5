import Foundation

/// The default templates, string tables, stylesheet and math font, built into the program from the
/// package's Templates/ folder (by the EmbedTemplates plugin), so that backprop-site works in any
/// folder with nothing beside it. `--templates DIR` or a `Templates/` folder in the current folder
/// overrides them.
public enum BuiltInTemplates {
    /// The name that stands for the built-in templates in messages and as their folder in paths.
    public static let folderName = "(built-in templates)"

    /// The path of every file, relative to the templates folder (`base.mustache`, `strings/es.yaml`,
    /// `fonts/Asana-Math.otf`, …), in order.
    public static let paths: [String] = encodedFiles.keys.sorted()

    /// The file at `path` (relative to the templates folder), nil when there is none. Each file is
    /// decoded when asked for: a figure needs one string table, not the 400 KB math font.
    public static func file(_ path: String) -> Data? {
        encodedFiles[path].map { Data(base64Encoded: $0)! }
    }

    /// The string table (key → text) parsed at build time from the built-in file at `path`
    /// (`strings/es.yaml`), when `data` holds exactly its bytes: a table read from an unchanged copy
    /// of the built-in templates (`init --templates`, the package's own Templates/) need not be
    /// parsed again. nil for any other bytes, which are parsed as usual.
    public static func parsedStringTable(_ path: String, ifSameAs data: Data) -> [String: String]? {
        guard let strings = parsedStringTables[path], file(path) == data else { return nil }
        return strings
    }

    /// Writes every built-in file below `folder` (creating it), for customizing them ("ejecting").
    public static func write(to folder: String) throws {
        for path in paths {
            let url = URL(fileURLWithPath: folder).appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file(path)!.write(to: url)
        }
    }
}
