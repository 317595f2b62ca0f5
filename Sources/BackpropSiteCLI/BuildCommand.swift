import ArgumentParser
import ExampleFile
import Foundation
import SiteGenerator

/// `backprop-site build`: Examples/ and Templates/ → site/, published whole or not at all.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the bilingual site from the example files and the templates.",
        discussion: """
            The site is built in a staging folder beside --out and swapped in only when every step \
            succeeded: a failed build leaves the previous site exactly as it was.
            """)

    @Option(help: "The folder of example files (*.yaml).")
    var examples = "Examples"

    @Option(help: "The folder of templates, stylesheet, fonts and string tables.")
    var templates = "Templates"

    @Option(help: "The folder the site is written to (replaced whole).")
    var out = "site"

    func run() throws {
        let started = Date()
        let output = try OutputFolder(out)
        let lock = try BuildLock(outputFolder: output.path)
        defer { lock.release() }
        let loaded = try ExampleFolder.load(examples)
        let staging = try output.makeStagingFolder()
        let build = SiteBuild(templatesFolder: templates, outputFolder: staging, extraSteps: [SiteBuild.drawFigures()])
        let state: SiteBuild.State
        do {
            var stepNumber = 0
            state = try build.run(examples: loaded, io: .disk) { step in
                stepNumber += 1
                print("[\(stepNumber)/\(build.steps.count)] \(step)")
            }
            try output.publish(staging: staging)
        } catch {
            output.discard(staging: staging)
            throw error
        }
        let pages = state.files.keys.filter { $0.hasSuffix(".html") }.count
        let bytes = state.files.values.reduce(0) { $0 + $1.count }
        let seconds = Date().timeIntervalSince(started)
        print("Built \(output.path): \(loaded.count) examples, \(pages) pages, \(state.files.count) files, "
            + "\(bytes) bytes in \(String(format: "%.2f", seconds)) s")
    }
}
