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
            did not change are kept from the previous build, and a build with no changed input and an intact \
            output (checked against the manifest of the files it wrote) does nothing; --force rebuilds everything.
            """)

    @Option(help: "The folder of example files (*.yaml).")
    var examples = "Examples"

    @Option(help: "The folder of templates, stylesheet, fonts and string tables.")
    var templates = "Templates"

    @Option(help: "The folder the site is written to (replaced whole; a symbolic link is published through).")
    var out = "site"

    @Option(help: ArgumentHelp(
        "The address the site is published at, such as https://user.github.io/backprop-site/: pages get "
            + "canonical and alternate-language addresses, and the site a sitemap.xml.", valueName: "url"))
    var baseURL: String?

    @Option(name: .customLong("lang"), help: "The languages to build, separated by commas (es, en).")
    var languages = LanguageList(argument: "es,en")!

    @Flag(help: "Build, then rebuild whenever a file under --examples or --templates changes (Ctrl-C stops).")
    var watch = false

    @Flag(help: "Rebuild everything, even when no input changed and the output is intact.")
    var force = false

    /// `--base-url` ending in "/", as the pages' addresses are made by appending paths to it.
    private var siteAddress: String? { baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } }

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(where: \.isWhitespace) {
            throw ValidationError("--base-url \(baseURL): expected an absolute address such as https://user.github.io/backprop-site/")
        }
        for (option, folder) in [("--examples", examples), ("--templates", templates)] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("\(option) \(folder): no such folder.")
            }
        }
    }

    func run() throws {
        let output = try OutputFolder(out)
        try output.requireSeparate(from: examples, option: "--examples")
        try output.requireSeparate(from: templates, option: "--templates")
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
        let fingerprint = sources.fingerprint(
            extra: languages.languages.map(\.code) + [ToolIdentity.current, "base-url=\(siteAddress ?? "")"])
        let cache = BuildCache.read(from: output.path, io: .disk)
        if !force && cache.build == fingerprint && cache.verifies(folder: output.path) {
            say("\(output.path) is up to date: no example, template or language changed since the last build, "
                + "and every file it wrote is intact.")
            return
        }
        let loaded = try ExampleFolder.load(examples)
        let staging = try output.makeStagingFolder()
        try Interruption.removing(staging) {
            try build(loaded, into: output, staging: staging, fingerprint: fingerprint, started: started)
        }
    }

    /// Builds `loaded` in `staging` and publishes it in place of `output`, or discards it on failure.
    private func build(_ loaded: [Example], into output: OutputFolder, staging: String, fingerprint: String, started: Date) throws {
        let build = SiteBuild(
            templatesFolder: templates, outputFolder: staging, languages: languages.languages,
            extraSteps: [SiteBuild.drawFigures(
                previousSite: force ? nil : output.path, toolIdentity: ToolIdentity.current,
                mathFont: "\(templates)/fonts/\(MathFont.fileName)")],
            baseURL: siteAddress)
        var state: SiteBuild.State
        do {
            state = try build.run(examples: loaded, io: .disk, buildFingerprint: fingerprint) {
                FileHandle.standardOutput.write(Data(($0 + "\n").utf8))
            }
            try output.publish(staging: staging)
        } catch {
            output.discard(staging: staging)
            throw error
        }
        // The site is published; without its cache the next build only redoes all the work.
        let cachePath = BuildCache.path(forSite: output.path)
        state.cache.site = BuildCache.identity(ofSite: output.path)
        state.cache.files = state.files.mapValues(BuildCache.record(of:))
        do { try state.cache.encoded().write(to: URL(fileURLWithPath: cachePath)) } catch {
            FileHandle.standardError.write(Data("warning: could not write the build cache \(cachePath): \(error)\n".utf8))
        }
        let pages = state.files.keys.filter { $0.hasSuffix(".html") }.count
        let figures = state.files.keys.filter { $0.contains("/\(FigureReference.folder)/") }.count
        let bytes = state.files.values.reduce(0) { $0 + $1.count }
        say("Built \(output.path): \(Counted.phrase(loaded.count, "example", "examples")), \(pages) pages, \(figures) figure files, "
            + "\(bytes) bytes in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
    }

    /// Builds, then polls the sources twice a second and rebuilds after every change. A failed
    /// rebuild is reported and the watch goes on, with the previous site left in place.
    private func watchAndRebuild(into output: OutputFolder) throws -> Never {
        var snapshot = sources.snapshot()
        _ = report { try build(into: output) }
        say("Watching \(examples) and \(templates) for changes (Ctrl-C to stop).")
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let current = sources.snapshot()
            guard current != snapshot else { continue }
            let changed = Set(current.keys).union(snapshot.keys).filter { current[$0] != snapshot[$0] }.sorted()
            snapshot = current
            say("Changed: \(changed.joined(separator: ", "))")
            let started = Date()
            if report({ try build(into: output) }) {
                say("Rebuilt in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
            } else {
                say("The rebuild failed; the previous site is left as it was. Waiting for the next change.")
            }
        }
    }

    /// Writes a line at once (unbuffered), so progress shows as it happens even through a pipe.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Runs `body`, reporting its error; whether it succeeded.
    private func report(_ body: () throws -> Void) -> Bool {
        do {
            try body()
            return true
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return false
        }
    }
}
