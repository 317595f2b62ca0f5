import ArgumentParser
import BuiltInTemplates
import CourseScaffold
import Foundation

/// `backprop-site init DIR`: a new course folder with a starter example, ready for `serve`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Creates a course folder: Examples/ with a commented starter example, a .gitignore and a README.",
        discussion: "The folder must be new or empty. Then: cd DIR && backprop-site serve")

    @Argument(help: "The folder to create (or an empty one).")
    var folder: String

    @Flag(help: "Also copy the built-in templates, strings, stylesheet and font to DIR/Templates, to customize them.")
    var templates = false

    func validate() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ValidationError("\(folder) is a file; give a new folder's name.") }
            let entries = try FileManager.default.contentsOfDirectory(atPath: folder)
            guard entries.isEmpty else {
                throw ValidationError(
                    "\(folder) is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")); "
                    + "init only fills a new or empty folder, so that nothing of yours is overwritten.")
            }
        }
    }

    func run() throws {
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        for (path, text) in try CourseFolder.files(courseName: name).sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: folder).appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        if templates { try BuiltInTemplates.write(to: "\(folder)/\(TemplateSource.conventionalFolder)") }
        print("""
            Created \(folder)\(templates ? " with Templates/ to customize" : ""). Next:
              cd \(folder)
              backprop-site serve
            then open http://127.0.0.1:8000/ and edit Examples/\(CourseFolder.starterID).yaml.
            """)
    }
}
