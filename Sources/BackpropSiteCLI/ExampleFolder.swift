import ExampleFile
import Foundation
import SiteGenerator

/// The example files of a folder, loaded and checked together.
enum ExampleFolder {
    /// A problem with the folder as a whole.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Every `*.yaml` file of `folder` that `InputFiles` keeps (no hidden files, editor backups or
    /// non-regular files), in name order; fails on the first bad file or on two files sharing an id.
    static func load(_ folder: String) throws -> [Example] {
        let names: [String]
        do {
            names = try InputFiles.exampleFiles(in: folder)
        } catch {
            throw Problem(description: "\(folder): cannot read the examples folder (\(error.localizedDescription))")
        }
        guard !names.isEmpty else { throw Problem(description: "\(folder): no example files (*.yaml) found") }
        var firstFileOfId: [String: String] = [:]
        return try names.map { name in
            let path = "\(folder)/\(name)"
            let example = try Example.load(from: path)
            if let other = firstFileOfId[example.id] {
                throw Problem(description: "\(path): id '\(example.id)' is already used by \(other); ids name output folders and must be unique")
            }
            firstFileOfId[example.id] = path
            return example
        }
    }
}
