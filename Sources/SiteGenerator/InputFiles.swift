import Foundation

/// Which files of the examples and templates folders are inputs of a build.
///
/// The rule (documented in the README): a name that starts with "." (hidden files, Emacs lock links
/// `.#name`), editor backups and autosaves (`name~`, `#name#`, `*.swp`, `*.swo`) and anything that is
/// not a regular file (folders aside, a dangling symbolic link, a pipe, a socket) are ignored; a
/// symbolic link to a regular file counts as that file. Hidden folders are skipped whole.
public enum InputFiles {
    /// Whether a file or folder named `name` is left out whatever it holds.
    public static func isIgnored(name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".swo")
    }

    /// Whether `path` is a regular file, following a symbolic link (a dangling link is not).
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The example files of `folder`: `*.yaml` and `*.yml` regular files that the rule keeps, in name order.
    public static func exampleFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !isIgnored(name: $0) && isRegularFile("\(folder)/\($0)") }
            .sorted()
    }

    /// Every input file below `folder` (relative paths joined to it), skipping ignored names and
    /// hidden folders, in path order.
    public static func files(below folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let entry = enumerator.nextObject() as? String {
            let name = (entry as NSString).lastPathComponent
            let path = "\(folder)/\(entry)"
            if isIgnored(name: name) {
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            if isRegularFile(path) { files.append(path) }
        }
        return files.sorted()
    }
}
