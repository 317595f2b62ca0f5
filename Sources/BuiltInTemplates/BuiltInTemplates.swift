import Foundation

/// The default templates, string tables, stylesheet and math font, built into the program from the
/// package's Templates/ folder (by the EmbedTemplates plugin), so that backprop-site works in any
/// folder with nothing beside it. `--templates DIR` or a `Templates/` folder in the current folder
/// overrides them.
public enum BuiltInTemplates {
    /// The name that stands for the built-in templates in messages and as their folder in paths.
    public static let folderName = "(built-in templates)"

    /// Every file, by path relative to the templates folder (`base.mustache`, `strings/es.yaml`,
    /// `fonts/Asana-Math.otf`, …).
    public static let files: [String: Data] = encodedFiles.mapValues { Data(base64Encoded: $0)! }

    /// The string table (key → text) parsed at build time from the built-in file at `path`
    /// (`strings/es.yaml`), when `data` holds exactly its bytes: a table read from an unchanged copy
    /// of the built-in templates (`init --templates`, the package's own Templates/) need not be
    /// parsed again. nil for any other bytes, which are parsed as usual.
    public static func parsedStringTable(_ path: String, ifSameAs data: Data) -> [String: String]? {
        guard let strings = parsedStringTables[path], let encoded = encodedFiles[path],
            Data(base64Encoded: encoded) == data
        else { return nil }
        return strings
    }

    /// Writes every built-in file below `folder` (creating it), for customizing them ("ejecting").
    public static func write(to folder: String) throws {
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: folder).appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}
