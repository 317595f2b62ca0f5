import Foundation
import Testing

/// `backprop-site build` as a teacher uses it: atomic, incremental, in the chosen languages.
@Suite struct BuildCommandTests {
    /// A scratch folder with a copy of two shipped examples, removed at the end of the test.
    final class Scratch {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("build-\(UUID().uuidString)")
        var examples: URL { folder.appendingPathComponent("examples") }
        var site: URL { folder.appendingPathComponent("site") }

        init(examples names: [String] = ["paso-a-paso", "xor"]) throws {
            try FileManager.default.createDirectory(at: examples, withIntermediateDirectories: true)
            for name in names {
                try FileManager.default.copyItem(
                    at: CommandLineTests.root.appendingPathComponent("Examples/\(name).yaml"),
                    to: examples.appendingPathComponent("\(name).yaml"))
            }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func build(_ extra: [String] = []) throws -> CommandLineTests.Run {
            try CommandLineTests.run(["build", "--examples", examples.path, "--out", site.path] + extra)
        }

        func edit(_ name: String, replacing old: String, with new: String) throws {
            let file = examples.appendingPathComponent("\(name).yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        }

        func files() throws -> [String: Data] { try SiteFreshnessTests.files(in: site) }
    }

    @Test func progressNamesEveryStepAndTheSummaryCountsTheOutput() throws {
        let scratch = try Scratch()
        let run = try scratch.build()
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("[1/6] Load templates and strings"))
        #expect(run.output.contains("[3/6] Draw the figures: en/xor (4/4)") || run.output.contains("(4/4)"))
        #expect(run.output.contains("2 examples, 7 pages, 148 figure files"))
        let files = try scratch.files()
        #expect(files["es/paso-a-paso/index.html"] != nil && files["en/xor/figures/graph.png"] != nil)
        #expect(files["es/xor/figures/deck.pdf"]?.starts(with: Data("%PDF".utf8)) == true)
    }

    @Test func aRebuildWithNothingChangedDoesNothing() throws {
        let scratch = try Scratch()
        _ = try scratch.build()
        let before = try scratch.files()
        let run = try scratch.build()
        #expect(run.status == 0)
        #expect(run.output.contains("is up to date"))
        #expect(!run.output.contains("[1/6]"))
        #expect(try scratch.files() == before)
    }

    @Test func changingOneWeightRedrawsOnlyThatExamplesFigures() throws {
        let scratch = try Scratch()
        _ = try scratch.build()
        let before = try scratch.files()
        try scratch.edit("paso-a-paso", replacing: "[[0.14, 0.15]]", with: "[[0.24, 0.15]]")
        let run = try scratch.build()
        #expect(run.status == 0, "\(run.error)")
        let after = try scratch.files()
        let changed = Set(after.keys).filter { after[$0] != before[$0] }
        #expect(changed.contains("es/paso-a-paso/figures/network.svg"))
        #expect(changed.contains("en/paso-a-paso/index.html"))
        #expect(!changed.contains { $0.hasPrefix("es/xor/figures/") || $0.hasPrefix("en/xor/figures/") })
        // The kept figures are the ones a clean build draws.
        let clean = try Scratch()
        try FileManager.default.removeItem(at: clean.examples)
        try FileManager.default.copyItem(at: scratch.examples, to: clean.examples)
        _ = try clean.build()
        #expect(try clean.files() == after)
    }

    @Test func theBuildCacheIsKeptBesideTheSiteNotInIt() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        #expect(try scratch.build().status == 0)
        let published = try FileManager.default.subpathsOfDirectory(atPath: scratch.site.path)
        #expect(!published.contains { $0.contains("cache") })
        let cache = scratch.folder.appendingPathComponent(".site.backprop-site-cache.json")
        #expect(FileManager.default.fileExists(atPath: cache.path))
        #expect(try scratch.build().output.contains("is up to date"))
        // The cache beside does not vouch for a site deleted (or replaced) since.
        try FileManager.default.removeItem(at: scratch.site)
        let rebuilt = try scratch.build()
        #expect(!rebuilt.output.contains("is up to date"))
        #expect(FileManager.default.fileExists(atPath: scratch.site.appendingPathComponent("es/paso-a-paso/index.html").path))
    }

    @Test func aBaseURLGivesCanonicalAddressesAndASitemap() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        let run = try scratch.build(["--base-url", "https://teacher.github.io/backprop"])
        #expect(run.status == 0, "\(run.error)")
        let files = try scratch.files()
        let page = String(decoding: try #require(files["es/paso-a-paso/index.html"]), as: UTF8.self)
        #expect(page.contains("<link rel=\"canonical\" href=\"https://teacher.github.io/backprop/es/paso-a-paso/\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://teacher.github.io/backprop/en/paso-a-paso/\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://teacher.github.io/backprop/\">"))
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.contains("<loc>https://teacher.github.io/backprop/en/paso-a-paso/</loc>"))
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 5)
        let wrong = try scratch.build(["--base-url", "teacher.github.io"])
        #expect(wrong.status == 2 && wrong.error.contains("--base-url"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteAsItWas() throws {
        let scratch = try Scratch()
        _ = try scratch.build()
        let before = try scratch.files()
        try scratch.edit("xor", replacing: "learning_rate:", with: "learning_rte:")
        let run = try scratch.build()
        #expect(run.status == 1)
        #expect(run.error.contains("xor.yaml") && run.error.contains("learning_rate"))
        #expect(try scratch.files() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func oneLanguageOnlyHasNoSwitcherToTheOther() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        let run = try scratch.build(["--lang", "en"])
        #expect(run.status == 0, "\(run.error)")
        let files = try scratch.files()
        #expect(files.keys.allSatisfy { !$0.hasPrefix("es/") })
        let page = String(decoding: try #require(files["en/paso-a-paso/index.html"]), as: UTF8.self)
        #expect(!page.contains("language-switch"))
        #expect(!page.contains("hreflang=\"es\""))
    }

    @Test func refusesAFolderItDidNotMake() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        try FileManager.default.createDirectory(at: scratch.site, withIntermediateDirectories: true)
        try Data("my notes".utf8).write(to: scratch.site.appendingPathComponent("notes.txt"))
        let run = try scratch.build()
        #expect(run.status == 1)
        #expect(run.error.contains("refusing") && run.error.contains("did not make"))
        #expect(try scratch.files() == ["notes.txt": Data("my notes".utf8)])
        let project = try CommandLineTests.run(["build", "--out", "."])
        #expect(project.status == 1)
        #expect(project.error.contains("Package.swift"))
    }

    @Test func watchRebuildsAfterAnEdit() throws {
        let scratch = try Scratch(examples: ["paso-a-paso"])
        let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let process = Process()
        process.executableURL = buildFolder.appendingPathComponent("backprop-site")
        process.arguments = ["build", "--watch", "--examples", scratch.examples.path, "--out", scratch.site.path]
        process.currentDirectoryURL = CommandLineTests.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let lines = LineCollector()
        output.fileHandleForReading.readabilityHandler = { lines.append($0.availableData) }
        try process.run()
        defer { Self.stop(process) }
        #expect(lines.waitFor("Watching", seconds: 120))
        try scratch.edit("paso-a-paso", replacing: "[[0.14, 0.15]]", with: "[[0.34, 0.15]]")
        #expect(lines.waitFor("Rebuilt in", seconds: 120))
        #expect(lines.text.contains("Changed: \(scratch.examples.path)/paso-a-paso.yaml"))
        let page = try String(contentsOf: scratch.site.appendingPathComponent("en/paso-a-paso/index.html"), encoding: .utf8)
        #expect(page.contains(">0.34</mn>"), "the new weight, written as given")
        // Issue 10: a failed rebuild printed "Rebuilt in 0.01 s".
        try scratch.edit("paso-a-paso", replacing: "learning_rate:", with: "learning_rte:")
        #expect(lines.waitFor("The rebuild failed", seconds: 120))
        #expect(lines.text.components(separatedBy: "Rebuilt in").count == 2)
    }

    /// Stops a child for good: SIGTERM, up to 10 s to exit, then SIGKILL, so that no test leaves a
    /// `build --watch` running after it ends.
    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

/// Output of a running process, collected from its pipe's handler thread.
final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) { lock.withLock { data.append(more) } }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    /// Waits until the output contains `marker`, polling, for at most `seconds`.
    func waitFor(_ marker: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if text.contains(marker) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}
