import Foundation
import Testing

/// Issue 10, items 4–7 and the small things about `build`: a damaged output is repaired, editor files
/// are ignored, the output cannot sit inside the inputs, symbolic links are published through.
@Suite struct BuildOutputTests {
    typealias Scratch = BuildCommandTests.Scratch

    static func modificationDate(_ url: URL) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
    }

    /// Item 4: after `rm -rf site/es`, a deleted figure or a page overwritten with "x", `build` said
    /// "is up to date" and repaired nothing.
    @Test func aDamagedOutputIsRepaired() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        #expect(try scratch.build().status == 0)
        let intact = try scratch.files()
        let manager = FileManager.default

        try manager.removeItem(at: scratch.site.appendingPathComponent("es"))
        var run = try scratch.build()
        #expect(run.status == 0, "\(run.error)")
        #expect(!run.output.contains("up to date"))
        #expect(try scratch.files() == intact)

        try manager.removeItem(at: scratch.site.appendingPathComponent("en/paso-a-paso/figures/forward.svg"))
        run = try scratch.build()
        #expect(!run.output.contains("up to date"))
        #expect(try scratch.files() == intact)

        try Data("x".utf8).write(to: scratch.site.appendingPathComponent("en/paso-a-paso/index.html"))
        run = try scratch.build()
        #expect(!run.output.contains("up to date"))
        #expect(try scratch.files() == intact)

        // A figure overwritten with bytes of the same size is redrawn, not kept.
        let figure = scratch.site.appendingPathComponent("es/paso-a-paso/figures/network.svg")
        let size = try Data(contentsOf: figure).count
        try Data(repeating: 0x20, count: size).write(to: figure)
        run = try scratch.build()
        #expect(try scratch.files() == intact)

        run = try scratch.build()
        #expect(run.output.contains("up to date"))
        run = try scratch.build(["--force"])
        #expect(run.status == 0)
        #expect(!run.output.contains("up to date") && run.output.contains("[1/6]"))
        #expect(try scratch.files() == intact)
    }

    /// Small thing: a title change rewrote 37 figure files with identical bytes.
    @Test func figuresWithTheSameBytesKeepTheirFiles() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        _ = try scratch.build()
        let network = scratch.site.appendingPathComponent("en/paso-a-paso/figures/network.png")
        let before = try Self.modificationDate(network)
        Thread.sleep(forTimeInterval: 1.1)
        try scratch.edit("paso-a-paso", replacing: "epochs:", with: "epochs: 1\n# epochs:")
        let run = try scratch.build()
        #expect(run.status == 0, "\(run.error)")
        #expect(try Self.modificationDate(network) == before)
    }

    /// Small thing: progress said "Draw the figures" for an example whose figures were kept.
    @Test func progressSaysWhichFiguresAreKept() throws {
        let scratch = try Scratch()
        _ = try scratch.build()
        try scratch.edit("paso-a-paso", replacing: "[[0.14, 0.15]]", with: "[[0.24, 0.15]]")
        let run = try scratch.build()
        #expect(run.output.contains("Draw the figures: es/xor kept, unchanged"))
        #expect(!run.output.contains("paso-a-paso kept"))
    }

    /// Item 5: an Emacs lock link `.#ejemplo.yaml` made `build` fail, a hidden `.borrador.yaml` was built.
    @Test func editorFilesAndHiddenFilesAreIgnored() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: scratch.examples.appendingPathComponent(".#ejemplo.yaml").path, withDestinationPath: "user@host.1234:1700000000")
        let xor = CommandLineTests.root.appendingPathComponent("Examples/xor.yaml")
        for name in [".borrador.yaml", "xor.yaml~", "#xor.yaml#", ".xor.yaml.swp"] {
            try manager.copyItem(at: xor, to: scratch.examples.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(
            atPath: scratch.examples.appendingPathComponent("roto.yaml").path, withDestinationPath: "no-such-file.yaml")
        let run = try scratch.build()
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains(": 1 example, "))
        #expect(try scratch.files().keys.allSatisfy { !$0.contains("xor") })
        // Removing the lock changes no input: the site stays up to date.
        try manager.removeItem(atPath: scratch.examples.appendingPathComponent(".#ejemplo.yaml").path)
        #expect(try scratch.build().output.contains("up to date"))
    }

    /// Item 6: `--watch` with `--out` inside the examples folder rebuilt forever.
    @Test func anOutputInsideTheInputsIsRefused() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        for extra in [[], ["--watch"]] {
            let run = try CommandLineTests.run(
                ["build", "--examples", scratch.examples.path, "--out", scratch.examples.appendingPathComponent("site").path] + extra)
            #expect(run.status == 1)
            #expect(run.error.contains("overlaps the --examples folder"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.examples.path) == ["paso-a-paso.yaml"])
    }

    /// Item 7: a symlinked `--out` was replaced by a folder; a dangling one gave an NSCocoaErrorDomain dump.
    @Test func aSymlinkedOutputIsPublishedThrough() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        let manager = FileManager.default
        let target = scratch.folder.appendingPathComponent("real-site")
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        let link = scratch.folder.appendingPathComponent("published")
        try manager.createSymbolicLink(atPath: link.path, withDestinationPath: "real-site")
        for _ in 0..<2 {
            let run = try CommandLineTests.run(["build", "--examples", scratch.examples.path, "--out", link.path])
            #expect(run.status == 0, "\(run.error)")
            #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == "real-site")
            #expect(manager.fileExists(atPath: target.appendingPathComponent("en/paso-a-paso/index.html").path))
        }
        let dangling = scratch.folder.appendingPathComponent("dangling")
        try manager.createSymbolicLink(atPath: dangling.path, withDestinationPath: "missing")
        let run = try CommandLineTests.run(["build", "--examples", scratch.examples.path, "--out", dangling.path])
        #expect(run.status == 1)
        #expect(run.error.contains("is a symbolic link to missing, which does not exist"))
        #expect(!run.error.contains("NSCocoaErrorDomain") && !run.error.contains("Error Domain"))
    }

    /// The previous site is removed after the new one is in place, without following the symbolic
    /// links someone put in it: what they point to stays.
    @Test func replacingTheSiteLeavesWhatItsLinksPointTo() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        let manager = FileManager.default
        #expect(try scratch.build().status == 0)
        let outside = scratch.folder.appendingPathComponent("notes")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: outside.appendingPathComponent("note.txt"))
        try manager.createSymbolicLink(
            atPath: scratch.site.appendingPathComponent("en/notes").path, withDestinationPath: outside.path)
        let run = try scratch.build(["--force"])
        #expect(run.status == 0, "\(run.error)")
        #expect(!manager.fileExists(atPath: scratch.site.appendingPathComponent("en/notes").path))
        #expect(try String(contentsOf: outside.appendingPathComponent("note.txt"), encoding: .utf8) == "keep me")
        let leftovers = try manager.contentsOfDirectory(atPath: scratch.site.deletingLastPathComponent().path)
            .filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// `serve`'s draft after a save (pages and SVGs, published at once) draws only the figures of the
    /// example that changed: the others' SVGs, light and dark, come from the whole build before it.
    @Test func serveDraftsRedrawOnlyTheChangedExample() async throws {
        let scratch = try Scratch()
        let process = CommandLineTests.process(
            ["serve", "--port", "0", "--lang", "en", "--examples", scratch.examples.path, "--out", scratch.site.path])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let log = CourseFolderTests.Log()
        output.fileHandleForReading.readabilityHandler = { log.append($0.availableData) }
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        for _ in 0..<600 where !log.text.contains("Watching") { try await Task.sleep(for: .milliseconds(100)) }
        try scratch.edit("paso-a-paso", replacing: "[[0.14, 0.15]]", with: "[[0.24, 0.15]]")
        for _ in 0..<3000 where !log.text.contains("Pages and SVG figures rebuilt") { try await Task.sleep(for: .milliseconds(20)) }
        let darkFigure = scratch.site.appendingPathComponent("en/xor/figures/forward-dark.svg")
        #expect(FileManager.default.fileExists(atPath: darkFigure.path))
        let text = log.text
        let draft = try #require(text.range(of: "Changed:").map { text[$0.lowerBound...] }, "serve said: \(text)")
        let drawn = draft.components(separatedBy: "\n").prefix { !$0.contains("Pages and SVG figures rebuilt") }
            .filter { $0.contains("Draw the figures: ") }
        #expect(drawn.filter { $0.contains("en/xor kept, unchanged") }.count == 1, "\(drawn)")
        #expect(!drawn.contains { $0.contains("paso-a-paso kept") }, "\(drawn)")
        process.interrupt()
        for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
    }

    /// Small thing: `build --help` printed `default: LanguageList(languages: [...])`.
    @Test func helpShowsTheLanguagesAsTyped() throws {
        let run = try CommandLineTests.run(["build", "--help"])
        #expect(run.output.contains("default: es,en"))
        #expect(!run.output.contains("LanguageList"))
        #expect(run.output.contains("--force"))
    }
}
