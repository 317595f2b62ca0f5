import ExampleFile
import Foundation

/// The example files of a folder, loaded and checked together.
enum ExampleFolder {
    /// A problem with the folder as a whole.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Every `*.yaml` file of `folder`, in name order; fails on the first bad file or on two files
    /// sharing an id.
    static func load(_ folder: String) throws -> [Example] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
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
