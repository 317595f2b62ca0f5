import BackpropEngine
import ExampleFile
import Foundation
import SiteGenerator
import Testing

/// `build` under faults: bad inputs, a process killed at any moment, a full or read-only disk, two
/// builds at once. Whatever happens, the output folder holds a whole site, the previous one or the
/// new one, and nothing is left behind.
@Suite(.serialized) final class BuildFaultTests {
    /// A scratch folder of the test, with example folders made from the shipped examples.
    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("BuildFaultTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// A new folder `name` in the scratch folder holding copies of the shipped examples `shipped`.
    func examples(_ name: String, _ shipped: [String]) throws -> String {
        let folder = scratch.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for example in shipped {
            try FileManager.default.copyItem(
                at: CommandLineTests.root.appendingPathComponent("Examples/\(example).yaml"),
                to: folder.appendingPathComponent("\(example).yaml"))
        }
        return folder.path
    }

    /// Builds `examples` into `out` and expects success.
    func build(_ examples: String, into out: String) throws {
        let run = try CommandLineTests.run(["build", "--examples", examples, "--out", out])
        #expect(run.status == 0, "\(run.error)")
    }

    /// The staging folders beside `out`.
    func stagingFolders(beside out: String) throws -> [String] {
        let parent = (out as NSString).deletingLastPathComponent, name = (out as NSString).lastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".\(name).staging-") }
    }

    func files(_ folder: String) throws -> [String: Data] {
        try SiteFreshnessTests.files(in: URL(fileURLWithPath: folder))
    }

    // MARK: Bad inputs

    /// Corpus files from ExampleFileTests, each beside a good example: the build names the file and
    /// says what is wrong, exits with 1, and leaves the previous site byte for byte.
    @Test(arguments: ["syntax-unclosed-list", "network-giant-layer", "network-weights-1e308", "network-deep-linear-overflow", "text-id-with-a-slash"])
    func badExampleLeavesThePreviousSite(_ name: String) throws {
        let out = scratch.appendingPathComponent("site").path
        try build(try examples("good", ["paso-a-paso"]), into: out)
        let before = try files(out)
        let bad = try examples("bad", ["paso-a-paso"])
        let corpus = CommandLineTests.root.appendingPathComponent("Tests/ExampleFileTests/BadInputs")
        let path = "\(bad)/\(name).yaml"
        try FileManager.default.copyItem(atPath: corpus.appendingPathComponent("\(name).yaml").path, toPath: path)
        let expected = try String(contentsOf: corpus.appendingPathComponent("\(name).expected"), encoding: .utf8)
            .trimmingCharacters(in: .newlines).replacingOccurrences(of: "{file}", with: path)

        let run = try CommandLineTests.run(["build", "--examples", bad, "--out", out])
        #expect(run.status == 1)
        #expect(run.error.contains(expected), "\(run.error)")
        #expect(try files(out) == before)
        #expect(try stagingFolders(beside: out).isEmpty)
    }

    /// Markup, ampersands, quotes and right-to-left letters in a title and summary are valid text:
    /// escaped on every page, never markup, and exact in the slide deck's title.
    @Test func hostileTitlesAreEscapedOnEveryPage() throws {
        let folder = scratch.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            id: hostil
            title: {es: "<script>alert('es')</script> & \\"comillas\\" עברית", en: "<script>alert('en')</script> & \\"quotes\\" عربي"}
            summary: {es: "</p><img src=x onerror=alert(1)> {{t.home.title}}", en: "</p><img src=x onerror=alert(1)> {{t.home.title}}"}
            layers: [2, 1]
            activations: [sigmoid]
            loss: half-squared-error
            learning_rate: 0.5
            data:
              - {input: [0, 1], target: [1]}

            """.write(to: folder.appendingPathComponent("hostil.yaml"), atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("site").path
        try build(folder.path, into: out)
        let pages = try files(out).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 5)
        for (path, data) in pages {
            let page = String(decoding: data, as: UTF8.self)
            #expect(!page.contains("<script>alert") && !page.contains("<img src=x"), "\(path)")
            if path != "index.html" {
                #expect(page.contains("&lt;script&gt;alert(&#39;") || page.contains("&lt;/p&gt;&lt;img src=x"), "\(path)")
            }
        }
        let english = String(decoding: try #require(pages["en/hostil/index.html"]), as: UTF8.self)
        #expect(english.contains("&lt;script&gt;alert(&#39;en&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; عربي"))
        #expect(english.contains("&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt; {{t.home.title}}"))
        let deck = try #require(try files(out)["en/hostil/figures/deck.pdf"])
        let title = "<script>alert('en')</script> & \"quotes\" عربي".utf16.map { String(format: "%04X", $0) }.joined()
        #expect(String(decoding: deck, as: UTF8.self).contains("/Title <FEFF\(title)>"))
    }

    /// A learning rate that makes training diverge is not an error: the site is built and says where.
    @Test func divergingTrainingIsBuiltAndNoted() throws {
        let folder = try examples("diverging", ["paso-a-paso"])
        let file = URL(fileURLWithPath: "\(folder)/paso-a-paso.yaml")
        try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "learning_rate: 0.05", with: "learning_rate: 3")
            .replacingOccurrences(of: "epochs: 30", with: "epochs: 500")
            .write(to: file, atomically: true, encoding: .utf8)
        let epoch = try #require(try Example.load(from: file.path).walkthrough().history.divergedAtEpoch)
        let out = scratch.appendingPathComponent("site").path
        try build(folder, into: out)
        let site = try files(out)
        let english = String(decoding: try #require(site["en/paso-a-paso/index.html"]), as: UTF8.self)
        let spanish = String(decoding: try #require(site["es/paso-a-paso/index.html"]), as: UTF8.self)
        #expect(english.contains("At epoch \(epoch) the cost reaches"))
        #expect(spanish.contains("En la época \(epoch) el coste llega a"))
        #expect(site["en/paso-a-paso/figures/loss.svg"] != nil)
    }

    @Test func duplicateIdsAcrossExamples() throws {
        let out = scratch.appendingPathComponent("site").path
        try build(try examples("good", ["paso-a-paso"]), into: out)
        let before = try files(out)
        let folder = try examples("twice", ["paso-a-paso"])
        try FileManager.default.copyItem(atPath: "\(folder)/paso-a-paso.yaml", toPath: "\(folder)/copia.yaml")

        let run = try CommandLineTests.run(["build", "--examples", folder, "--out", out])
        #expect(run.status == 1)
        #expect(run.error.contains(
            "\(folder)/paso-a-paso.yaml: id 'paso-a-paso' is already used by \(folder)/copia.yaml; ids name output folders and must be unique"),
            "\(run.error)")
        #expect(try files(out) == before)
    }

    @Test func commandLineMisuseExitsWithTwoAndWritesNothing() throws {
        let out = scratch.appendingPathComponent("site").path
        let run = try CommandLineTests.run(["build", "--out", out, "--exampels", "Examples"])
        #expect(run.status == 2)
        #expect(run.error.contains("--exampels"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// A broken copy of Templates/: the build names the template file and line, and says what is wrong.
    @Test(arguments: [
        ("figure", "{{#figures}}", "figure.mustache:11: a section ({{#…}}, {{^…}}, {{$…}} or {{<…}}) is never closed with {{/…}}"),
        ("example", "{{#figures.network}}",
         "example.mustache:272: this {{/…}} does not close the last section opened: a section above is not closed, or is closed with another name, in: {{/main}}"),
        ("example", "{{>figura}}", "example.mustache:30: {{>figura}} names no template; the templates are base, chooser, example, exercises, figure, home"),
        ("example", "{{t.example.no-such-key}}",
         "example.mustache:30: {{t.example.no-such-key}}: missing string 'example.no-such-key' in Templates/strings/es.yaml"),
        ("home", "{{%NO-SUCH-SETTING}}", "home.mustache:30: a configuration tag {{%…}} is not understood"),
    ])
    func badTemplateNamesItsFileAndLine(_ template: String, _ tag: String, _ expected: String) throws {
        let templates = scratch.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: CommandLineTests.root.appendingPathComponent("Templates"), to: templates)
        let file = templates.appendingPathComponent("\(template).mustache")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        if lines.count > 30 { lines[29] += tag } else { lines.append(tag) }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("site").path

        let run = try CommandLineTests.run(["build", "--examples", try examples("good", ["paso-a-paso"]), "--templates", templates.path, "--out", out])
        #expect(run.status == 1)
        #expect(run.error.contains(expected), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    // MARK: Killed builds

    /// SIGKILL at 20 seeded random moments of a build: the output folder is always the old site or
    /// the new one, whole; the next build removes the staging folders the killed ones left.
    @Test func killedBuildLeavesTheOldSiteOrTheNewOne() throws {
        let oldExamples = try examples("old", ["paso-a-paso"])
        let newExamples = try examples("new", ["paso-a-paso"])
        let newFile = URL(fileURLWithPath: "\(newExamples)/paso-a-paso.yaml")
        try String(contentsOf: newFile, encoding: .utf8).replacingOccurrences(of: "learning_rate: 0.05", with: "learning_rate: 0.04")
            .write(to: newFile, atomically: true, encoding: .utf8)
        let oldSite = scratch.appendingPathComponent("old-site").path
        let newSite = scratch.appendingPathComponent("new-site").path
        try build(oldExamples, into: oldSite)
        let started = ContinuousClock.now
        try build(newExamples, into: newSite)
        let buildTime = ContinuousClock.now - started
        let old = try files(oldSite), new = try files(newSite)
        #expect(old != new)

        let out = scratch.appendingPathComponent("site").path
        var random = SplitMix64(seed: 20)
        var outcomes: [String: Int] = [:]
        for _ in 0..<20 {
            try? FileManager.default.removeItem(atPath: out)
            try FileManager.default.copyItem(atPath: oldSite, toPath: out)
            let process = CommandLineTests.process(["build", "--examples", newExamples, "--out", out])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let moment = buildTime * Double.random(in: 0...1.5, using: &random)
            try process.run()
            Thread.sleep(forTimeInterval: Double(moment.components.seconds) + Double(moment.components.attoseconds) / 1e18)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = try files(out)
            #expect(site == old || site == new, "a mix of the old and the new site after a kill at \(moment)")
            outcomes[site == new ? "new" : "old", default: 0] += 1
        }
        print("killed builds left: \(outcomes)")
        try build(newExamples, into: out)
        #expect(try files(out) == new)
        #expect(try stagingFolders(beside: out).isEmpty)
    }

    // MARK: Two builds at once

    @Test func aSecondBuildRefusesWhileTheLockIsHeld() throws {
        let out = scratch.appendingPathComponent("site").path
        let folder = try examples("good", ["paso-a-paso"])
        try build(folder, into: out)
        let before = try files(out)
        let lock = try BuildLock(outputFolder: out)
        defer { lock.release() }

        let run = try CommandLineTests.run(["build", "--examples", folder, "--out", out])
        #expect(run.status == 1)
        #expect(run.error.contains("another build (process \(getpid())) is writing \(out); wait for it to finish, then build again"),
                "\(run.error)")
        #expect(try files(out) == before)
    }

    @Test func twoBuildsAtOnceNeverInterleave() throws {
        let folder = try examples("good", ["paso-a-paso", "xor"])
        let reference = scratch.appendingPathComponent("reference").path
        try build(folder, into: reference)
        let out = scratch.appendingPathComponent("site").path
        let builds = (0..<2).map { _ in CommandLineTests.process(["build", "--examples", folder, "--out", out]) }
        let errors = builds.map { _ in Pipe() }
        for (process, error) in zip(builds, errors) {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = error
            try process.run()
        }
        let messages = errors.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        builds.forEach { $0.waitUntilExit() }
        for (process, message) in zip(builds, messages) where process.terminationStatus != 0 {
            #expect(process.terminationStatus == 1)
            #expect(message.contains("is writing \(out); wait for it to finish"), "\(message)")
        }
        #expect(builds.contains { $0.terminationStatus == 0 })
        #expect(try files(out) == files(reference))
        #expect(try stagingFolders(beside: out).isEmpty)
    }

    // MARK: Full and read-only disks

    /// Whether this process may mount a small tmpfs (as root, with mount allowed) to play a full disk.
    static let canMount: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("mount-probe-\(getpid())")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: probe) }
        guard geteuid() == 0, (try? tool("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path])) == 0
        else { return false }
        _ = try? tool("/usr/bin/umount", [probe.path])
        return true
    }()

    @discardableResult
    static func tool(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A tmpfs of `bytes` mounted at a new folder of the scratch folder, for `body`.
    func withSmallDisk(bytes: Int, _ body: (String) throws -> Void) throws {
        let disk = scratch.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try #require(try Self.tool("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", disk]) == 0)
        defer { _ = try? Self.tool("/usr/bin/umount", [disk]) }
        try body(disk)
    }

    @Test(.enabled(if: canMount, "needs root and mount to make a small disk"))
    func fullDiskFailsClearlyAndKeepsTheOldSite() throws {
        let folder = try examples("good", ["paso-a-paso"])
        let reference = scratch.appendingPathComponent("reference").path
        try build(folder, into: reference)
        let size = try files(reference).values.reduce(0) { $0 + $1.count }
        // Room for one site and half of another: the second build runs out of space while writing.
        try withSmallDisk(bytes: size * 3 / 2 + (64 << 10)) { disk in
            let out = "\(disk)/site"
            try build(folder, into: out)
            let before = try files(out)
            // A changed weight, so that the second build has work to do (an unchanged one is skipped).
            let file = "\(folder)/paso-a-paso.yaml"
            try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "[[0.14, 0.15]]", with: "[[0.24, 0.15]]")
                .write(toFile: file, atomically: true, encoding: .utf8)
            let run = try CommandLineTests.run(["build", "--examples", folder, "--out", out])
            #expect(run.status == 1)
            #expect(run.error.contains("Write the site: \(disk)/.site.staging-"), "\(run.error)")
            #expect(run.error.contains("space") || run.error.contains("No space"), "\(run.error)")
            #expect(try files(out) == before)
            #expect(try stagingFolders(beside: out).isEmpty)
        }
    }

    @Test func readOnlyParentFailsClearlyAndKeepsTheOldSite() throws {
        let folder = try examples("good", ["paso-a-paso"])
        if Self.canMount {
            try withSmallDisk(bytes: 16 << 20) { disk in
                let out = "\(disk)/site"
                try build(folder, into: out)
                let before = try files(out)
                try #require(try Self.tool("/usr/bin/mount", ["-o", "remount,ro", disk]) == 0)
                let run = try CommandLineTests.run(["build", "--examples", folder, "--out", out])
                #expect(run.status == 1)
                #expect(run.error.contains("cannot lock the output folder: \(disk)/.site.lock: Read-only file system"), "\(run.error)")
                #expect(try files(out) == before)
            }
        } else {
            // Without root, a folder without write permission plays the read-only disk.
            let parent = scratch.appendingPathComponent("read-only").path
            let out = "\(parent)/site"
            try build(folder, into: out)
            let before = try files(out)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: parent)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent) }
            let run = try CommandLineTests.run(["build", "--examples", folder, "--out", out])
            #expect(run.status == 1)
            #expect(run.error.contains(parent), "\(run.error)")
            #expect(try files(out) == before)
        }
    }
}
