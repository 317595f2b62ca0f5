import ArgumentParser
import BuiltInTemplates
import CairoRendering
import Foundation
import SiteGenerator

/// Where the templates, string tables, stylesheet and font come from: the folder given with
/// `--templates`, else a `Templates/` folder in the current folder (an ejected or customized copy),
/// else the copy built into the program. So the tool works in any folder with nothing beside it.
struct TemplateSource: Sendable {
    /// The folder the build reads from; for the built-in copy, `BuiltInTemplates.folderName`.
    let folder: String
    /// Whether the files are the built-in ones rather than a folder on disk.
    let isBuiltIn: Bool

    /// The folder a user looks for by default in the current folder.
    static let conventionalFolder = "Templates"

    /// The source for the `--templates` option's value (nil when the option was not given).
    /// - Throws: `ValidationError` when an explicitly given folder does not exist.
    init(option: String?) throws {
        if let option {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: option, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError(
                    "--templates \(option): no such folder. Leave --templates out to use the built-in templates, "
                    + "or run `backprop-site init --templates DIR` to get a copy to customize.")
            }
            (folder, isBuiltIn) = (option, false)
        } else if Self.isFolder(Self.conventionalFolder) {
            (folder, isBuiltIn) = (Self.conventionalFolder, false)
        } else {
            (folder, isBuiltIn) = (BuiltInTemplates.folderName, true)
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Reads a file below `folder`: from the built-in copy or from the disk.
    func read(_ path: String) throws -> Data {
        guard isBuiltIn else { return try Data(contentsOf: URL(fileURLWithPath: path)) }
        let relative = String(path.dropFirst(folder.count + 1))
        guard path.hasPrefix(folder + "/"), let data = BuiltInTemplates.file(relative) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [
                NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "the built-in templates have no file \(relative)",
            ])
        }
        return data
    }

    /// The math font's file: on the disk, or the built-in copy's, which `read(_:)` and `fileIO(over:)` give.
    var mathFontFile: String { "\(folder)/fonts/\(MathFont.fileName)" }

    /// `io` reading the templates from this source and every other file through `io` itself.
    func fileIO(over io: FileIO) -> FileIO {
        guard isBuiltIn else { return io }
        let prefix = folder + "/"
        let source = self
        return FileIO(
            read: { path in path.hasPrefix(prefix) ? try source.read(path) : try io.read(path) },
            write: io.write, link: io.link)
    }

    /// The folders to fingerprint and watch: none for the built-in copy (the program's identity,
    /// already part of every build's fingerprint, covers it).
    var watchedFolders: [String] { isBuiltIn ? [] : [folder] }
}
