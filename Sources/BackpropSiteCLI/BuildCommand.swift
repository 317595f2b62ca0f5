import ArgumentParser
import CairoRendering
import ExampleFile
import Foundation
import LessonFormatting
import SiteGenerator

/// `backprop-site build`: Examples/ and Templates/ → site/, published whole or not at all.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the bilingual site from the example files and the templates.",
        discussion: """
            The site is built in a staging folder beside --out and swapped in only when every step \
            succeeded: a failed build leaves the previous site exactly as it was. Figures whose inputs \
            did not change are kept from the previous build, and a build with no changed input does nothing.
            """)

    @Option(help: "The folder of example files (*.yaml).")
    var examples = "Examples"

    @Option(help: "The folder of templates, stylesheet, fonts and string tables.")
    var templates = "Templates"

    @Option(help: "The folder the site is written to (replaced whole).")
    var out = "site"

    @Option(name: .customLong("lang"), help: "The languages to build, separated by commas (es, en).")
    var languages = LanguageList(argument: "es,en")!

    @Flag(help: "Build, then rebuild whenever a file under --examples or --templates changes (Ctrl-C stops).")
    var watch = false

    func validate() throws {
        for (option, folder) in [("--examples", examples), ("--templates", templates)] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("\(option) \(folder): no such folder.")
            }
        }
    }

    func run() throws {
        let output = try OutputFolder(out)
        guard watch else {
            try build(into: output)
            return
        }
        try watchAndRebuild(into: output)
    }

    private var sources: SourceFolders { SourceFolders(folders: [examples, templates]) }

    /// One build: skipped when no input changed since the build in `output`.
    private func build(into output: OutputFolder) throws {
        let started = Date()
        let lock = try BuildLock(outputFolder: output.path)
        defer { lock.release() }
        let fingerprint = sources.fingerprint(extra: languages.languages.map(\.code) + [ToolIdentity.current])
        if BuildCache.read(from: output.path, io: .disk).build == fingerprint {
            say("\(output.path) is up to date: no example, template or language changed since the last build.")
            return
        }
        let loaded = try ExampleFolder.load(examples)
        let staging = try output.makeStagingFolder()
        let build = SiteBuild(
            templatesFolder: templates, outputFolder: staging, languages: languages.languages,
            extraSteps: [SiteBuild.drawFigures(
                previousSite: output.path, toolIdentity: ToolIdentity.current, mathFont: "\(templates)/fonts/\(MathFont.fileName)")])
        let state: SiteBuild.State
        do {
            state = try build.run(examples: loaded, io: .disk, buildFingerprint: fingerprint) {
                FileHandle.standardOutput.write(Data(($0 + "\n").utf8))
            }
            try output.publish(staging: staging)
        } catch {
            output.discard(staging: staging)
            throw error
        }
        let pages = state.files.keys.filter { $0.hasSuffix(".html") }.count
        let figures = state.files.keys.filter { $0.contains("/\(FigureReference.folder)/") }.count
        let bytes = state.files.values.reduce(0) { $0 + $1.count }
        say("Built \(output.path): \(loaded.count) examples, \(pages) pages, \(figures) figure files, "
            + "\(bytes) bytes in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
    }

    /// Builds, then polls the sources twice a second and rebuilds after every change. A failed
    /// rebuild is reported and the watch goes on, with the previous site left in place.
    private func watchAndRebuild(into output: OutputFolder) throws -> Never {
        var snapshot = sources.snapshot()
        report { try build(into: output) }
        say("Watching \(examples) and \(templates) for changes (Ctrl-C to stop).")
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let current = sources.snapshot()
            guard current != snapshot else { continue }
            let changed = Set(current.keys).union(snapshot.keys).filter { current[$0] != snapshot[$0] }.sorted()
            snapshot = current
            say("Changed: \(changed.joined(separator: ", "))")
            let started = Date()
            report { try build(into: output) }
            say("Rebuilt in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        }
    }

    /// Writes a line at once (unbuffered), so progress shows as it happens even through a pipe.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func report(_ body: () throws -> Void) {
        do { try body() } catch { FileHandle.standardError.write(Data("error: \(error)\n".utf8)) }
    }
}
