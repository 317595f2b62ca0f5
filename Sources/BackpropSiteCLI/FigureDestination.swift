import Foundation

/// Where `render` and `deck` write, and in which format: the format follows the file's extension
/// when `--format` is not given, a contradiction between the two is refused, and an existing file is
/// replaced only when it is one of our figures (its bytes start as a figure of that format does) and
/// neither an example file nor a template, unless `--force`.
struct FigureDestination {
    /// Why the destination cannot be used.
    struct Refusal: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

    let path: String
    let format: FigureFormat

    /// The format of `path`: `explicit` if given (and then the extension must agree or be absent), else
    /// the extension's; `fallback` when there is no output path or it has no extension.
    static func format(explicit: FigureFormat?, path: String?, fallback: FigureFormat = .svg) throws(Refusal) -> FigureFormat {
        guard let path else { return explicit ?? fallback }
        let suffix = (path as NSString).pathExtension.lowercased()
        let fromExtension = FigureFormat(rawValue: suffix)
        switch (explicit, fromExtension) {
        case (let explicit?, let implied?) where explicit != implied:
            throw Refusal(
                path: path, reason: "--format \(explicit.rawValue) contradicts the extension .\(suffix); "
                    + "name the file .\(explicit.rawValue) or drop --format")
        case (let explicit?, _):
            return explicit
        case (nil, let implied?):
            return implied
        case (nil, nil) where suffix.isEmpty:
            return fallback
        case (nil, nil):
            let choices = FigureFormat.allCases.map { ".\($0.rawValue)" }.joined(separator: ", ")
            throw Refusal(
                path: path, reason: "the extension .\(suffix) is not a figure format (\(choices)); pass --format to choose one")
        }
    }

    /// Checks that `path` may receive a `format` file: absent, or (without `force`) an existing
    /// figure of that format that is neither an example file nor under a templates folder.
    static func requireReplaceable(_ path: String, format: FigureFormat, force: Bool) throws(Refusal) {
        var isFolder: ObjCBool = false
        // A folder is left to the writer, which says so.
        guard !force, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return }
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let suffix = url.pathExtension.lowercased()
        if ["yaml", "yml", "mustache", "css", "swift"].contains(suffix) || url.pathComponents.contains("Templates") {
            throw Refusal(path: path, reason: "refusing to overwrite an example file or a template with a figure; "
                + "choose another file name (or pass --force)")
        }
        let start = (try? FileHandle(forReadingFrom: url)).flatMap { try? $0.read(upToCount: 64) } ?? Data()
        guard looksLike(format, start) else {
            throw Refusal(path: path, reason: "refusing to overwrite a file that is not a \(format.rawValue) figure; "
                + "choose another file name, or pass --force to replace it")
        }
    }

    /// Whether `start`, the first bytes of a file, begin as a `format` file of ours does.
    private static func looksLike(_ format: FigureFormat, _ start: Data) -> Bool {
        switch format {
        case .svg: start.starts(with: Data("<?xml".utf8)) || start.starts(with: Data("<svg".utf8))
        case .png: start.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf: start.starts(with: Data("%PDF-".utf8))
        case .dot: start.starts(with: Data("digraph".utf8))
        }
    }
}
