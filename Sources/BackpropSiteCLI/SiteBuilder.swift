import ArgumentParser
import CairoRendering
import ExampleFile
import Foundation
import LessonFormatting
import SiteGenerator

/// The builds of `build` and `serve`: one build of the site from `site`'s folders into its output
/// folder, published whole or not at all, or a watch that rebuilds after every change.
struct SiteBuilder {
    let site: SiteOptions
    /// The address the site is published at (`--base-url`), if given.
    var baseURL: String? = nil
    /// Rebuild everything, even when no input changed and the output is intact.
    var force = false

    /// `baseURL` ending in "/", as the pages' addresses are made by appending paths to it.
    private var siteAddress: String? { baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } }

    /// Checks that the examples folder and the templates are there.
    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site.examples, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("--examples \(site.examples): no such folder. Run `backprop-site init DIR` to make a course folder with one.")
        }
        _ = try templateSource
    }

    /// Where the templates come from (`--templates`, ./Templates, or the built-in copy).
    var templateSource: TemplateSource { get throws { try TemplateSource(option: site.templates) } }

    /// The output folder, once it is known to be one backprop-site may replace, apart from the inputs.
    func outputFolder() throws -> OutputFolder {
        let output = try OutputFolder(site.out)
        try output.requireSeparate(from: site.examples, option: "--examples")
        if let templates = site.templates { try output.requireSeparate(from: templates, option: "--templates") }
        return output
    }

    private var sources: SourceFolders { SourceFolders(folders: [site.examples] + ((try? templateSource)?.watchedFolders ?? [])) }

    /// One build: skipped when no input changed since the build in `output`. A `draft` has the pages
    /// and their SVG figures only (no PNG, PDF or deck), for `serve` to show a change at once.
    /// `memory` keeps what did not change (templates, pages) between the builds of a watch.
    func build(into output: OutputFolder, draft: Bool = false, memory: BuildMemory? = nil) throws {
        let started = Date()
        let lock = try BuildLock(outputFolder: output.path)
        defer { lock.release() }
        let fingerprint = sources.fingerprint(
            extra: site.languages.languages.map(\.code) + [ToolIdentity.current, "base-url=\(siteAddress ?? "")"] + (draft ? ["draft"] : []))
        let cache = BuildCache.read(from: output.path, io: .disk)
        if !force && cache.build == fingerprint && cache.verifies(folder: output.path) {
            say("\(output.path) is up to date: no example, template or language changed since the last build, "
                + "and every file it wrote is intact.")
            return
        }
        let loaded = try ExampleFolder.load(site.examples)
        let staging = try output.makeStagingFolder()
        try Interruption.removing(staging) {
            try build(
                loaded, into: output, staging: staging, fingerprint: fingerprint, started: started, draft: draft,
                memory: memory)
        }
    }

    /// Builds `loaded` in `staging` and publishes it in place of `output`, or discards it on failure.
    private func build(
        _ loaded: [Example], into output: OutputFolder, staging: String, fingerprint: String, started: Date, draft: Bool,
        memory: BuildMemory?
    ) throws {
        let templates = try templateSource
        let build = SiteBuild(
            templatesFolder: templates.folder, outputFolder: staging, languages: site.languages.languages,
            extraSteps: [SiteBuild.drawFigures(
                previousSite: force ? nil : output.path, toolIdentity: ToolIdentity.current,
                mathFont: templates.mathFontFile, svgOnly: draft)],
            baseURL: siteAddress, memory: memory)
        var state: SiteBuild.State
        do {
            state = try build.run(examples: loaded, io: templates.fileIO(over: .disk), buildFingerprint: fingerprint) {
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

    /// Builds, then watches the sources (woken by the system at each save, and looking every
    /// `pollInterval` seconds besides) and rebuilds after every change. A failed
    /// rebuild is reported and the watch goes on, with the previous site left in place. `afterBuild`
    /// hears of every build's outcome (nil for success): `serve` reloads the browsers from it. With
    /// `draftFirst`, each rebuild publishes a draft (pages and SVGs) at once, and the whole site a
    /// second later if nothing changed meanwhile.
    func watchAndRebuild(
        into output: OutputFolder, pollInterval: TimeInterval = 0.5, draftFirst: Bool = false,
        afterBuild: (Error?) -> Void = { _ in }
    ) throws -> Never {
        var snapshot = sources.snapshot()
        let memory = BuildMemory()
        afterBuild(report { try build(into: output, memory: memory) })
        let watch = FolderWatch(folders: sources.folders)
        say("Watching \(sources.folders.joined(separator: " and ")) for changes (Ctrl-C to stop).")
        while true {
            watch.wait(upTo: pollInterval)
            let current = sources.snapshot()
            guard current != snapshot else { continue }
            let changed = Set(current.keys).union(snapshot.keys).filter { current[$0] != snapshot[$0] }.sorted()
            snapshot = current
            say("Changed: \(changed.joined(separator: ", "))")
            let started = Date()
            if draftFirst {
                let failure = report { try build(into: output, draft: true, memory: memory) }
                if failure == nil {
                    say("Pages and SVG figures rebuilt in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
                } else {
                    say("The rebuild failed; the previous site is left as it was. Waiting for the next change.")
                }
                afterBuild(failure)
                guard failure == nil else { continue }
                // The browsers reload now: leave them the processor for a moment, and draw the PNG, PDF
                // and deck only once the editing has paused.
                Thread.sleep(forTimeInterval: 1)
                guard sources.snapshot() == snapshot else { continue }
            }
            let failure = report { try build(into: output, memory: memory) }
            if failure == nil {
                say("Rebuilt in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
            } else {
                say("The rebuild failed; the previous site is left as it was. Waiting for the next change.")
            }
            afterBuild(failure)
        }
    }

    /// Writes a line at once (unbuffered), so progress shows as it happens even through a pipe.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Runs `body`, printing its error, if any, and returning it.
    private func report(_ body: () throws -> Void) -> Error? {
        do { try body() } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return error
        }
        return nil
    }
}
