import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A teacher's own course folder, outside the repository, with nothing but the program: `init`,
/// `new`, `check`, `build`, `render`, `deck` and `serve` all work there.
@Suite(.serialized) struct CourseFolderTests {
    /// A new empty folder outside the repository holding a copy of the built program alone.
    static func emptyFolderWithTheProgram() throws -> (folder: URL, program: String) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "course-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "bin"), withIntermediateDirectories: true)
        let built = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "backprop-site")
        let program = folder.appending(path: "bin/backprop-site")
        try FileManager.default.copyItem(at: built, to: program)
        return (folder, program.path)
    }

    /// Runs `program` with `arguments` in `folder`.
    static func run(_ program: String, _ arguments: [String], in folder: URL) throws -> CommandLineTests.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineTests.Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    @Test func everyCommandWorksInACourseFolderMadeByInit() async throws {
        let (base, program) = try Self.emptyFolderWithTheProgram()
        defer { try? FileManager.default.removeItem(at: base) }
        let course = base.appending(path: "redes")

        let created = try Self.run(program, ["init", "redes"], in: base)
        #expect(created.status == 0, "\(created.error)")
        #expect(FileManager.default.fileExists(atPath: course.appending(path: "Examples/mi-primera-red.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: course.appending(path: "Templates").path))
        let again = try Self.run(program, ["init", "redes"], in: base)
        #expect(again.status == 2 && again.error.contains("not empty"))

        let added = try Self.run(program, ["new", "mi-red", "--layers", "2,3,1", "--activations", "tanh,sigmoid", "--loss", "cross-entropy"], in: course)
        #expect(added.status == 0, "\(added.error)")
        let checked = try Self.run(program, ["check", "Examples/mi-primera-red.yaml", "Examples/mi-red.yaml"], in: course)
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")

        let built = try Self.run(program, ["build"], in: course)
        #expect(built.status == 0, "\(built.error)")
        for page in ["index.html", "es/mi-red/index.html", "en/mi-primera-red/index.html", "assets/style.css", "assets/fonts/Asana-Math.woff2"] {
            #expect(FileManager.default.fileExists(atPath: course.appending(path: "site/\(page)").path), "\(page)")
        }
        let rendered = try Self.run(program, ["render", "Examples/mi-red.yaml", "--figure", "forward", "--lang", "en", "-o", "forward.svg"], in: course)
        #expect(rendered.status == 0, "\(rendered.error)")
        #expect(try String(contentsOf: course.appending(path: "forward.svg"), encoding: .utf8).hasPrefix("<?xml"))
        let deck = try Self.run(program, ["deck", "Examples/mi-red.yaml", "--equations", "-o", "mi-red.pdf"], in: course)
        #expect(deck.status == 0, "\(deck.error)")
        #expect(try Data(contentsOf: course.appending(path: "mi-red.pdf")).starts(with: Data("%PDF".utf8)))
        let equation = try Self.run(program, ["render", "Examples/mi-red.yaml", "--equation", "bp1", "-o", "bp1.png"], in: course)
        #expect(equation.status == 0, "\(equation.error)")
        let sheets = try Self.run(program, ["worksheet", "Examples/mi-red.yaml", "--variants", "2", "--lang", "en"], in: course)
        #expect(sheets.status == 0, "\(sheets.error)")
        #expect(FileManager.default.fileExists(atPath: course.appending(path: "mi-red-worksheet-en-2.pdf").path))

        let traced = try Self.run(program, ["trace", "Examples/mi-primera-red.yaml", "--format", "json"], in: course)
        #expect(traced.status == 0 && traced.output.contains("\"loss_after\""), "\(traced.error)")
        let latex = try Self.run(program, ["trace", "Examples/mi-red.yaml", "--format", "latex", "--lang", "en"], in: course)
        #expect(latex.status == 0 && latex.output.contains("\\begin{align"), "\(latex.error)")
        let missing = try Self.run(program, ["build", "--templates", "Plantillas"], in: course)
        #expect(missing.status == 2 && missing.error.contains("--templates Plantillas: no such folder"))

        try await Self.serve(program, in: course)
    }

    /// `serve` on a free port: it says where, serves the pages with the reload script, and stops
    /// with status 0 on Ctrl-C.
    static func serve(_ program: String, in course: URL) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = course
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let log = Log()
        output.fileHandleForReading.readabilityHandler = { log.append($0.availableData) }
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var address: String?
        for _ in 0..<600 where !log.text.contains("Watching") {
            try await Task.sleep(for: .milliseconds(100))
        }
        if let range = log.text.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) { address = String(log.text[range]) }
        let url = try #require(address, "serve said: \(log.text)")
        let (data, response) = try await URLSession.shared.data(from: URL(string: url + "en/mi-red/")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("data-backprop-site-serve"))
        let (_, refused) = try await URLSession.shared.data(from: URL(string: url + "%2e%2e/%2e%2e/etc/passwd")!)
        #expect((refused as? HTTPURLResponse)?.statusCode == 403)
        process.interrupt()
        for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!process.isRunning, "serve did not stop within 10 s of Ctrl-C")
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(log.text)")
        #expect(!(try String(contentsOf: course.appending(path: "site/en/mi-red/index.html"), encoding: .utf8)).contains("data-backprop-site-serve"))
    }

    @Test func initWithTemplatesEjectsThemAndTheBuildUsesThem() throws {
        let (base, program) = try Self.emptyFolderWithTheProgram()
        defer { try? FileManager.default.removeItem(at: base) }
        let course = base.appending(path: "curso")
        #expect(try Self.run(program, ["init", "curso", "--templates"], in: base).status == 0)
        let strings = course.appending(path: "Templates/strings/en.yaml")
        let text = try String(contentsOf: strings, encoding: .utf8)
        #expect(text == String(decoding: try Data(contentsOf: CommandLineTests.root.appending(path: "Templates/strings/en.yaml")), as: UTF8.self))
        let stylesheet = course.appending(path: "Templates/style.css")
        try (try String(contentsOf: stylesheet, encoding: .utf8) + "\n/* mine */\n").write(to: stylesheet, atomically: true, encoding: .utf8)
        #expect(try Self.run(program, ["build"], in: course).status == 0)
        #expect(try String(contentsOf: course.appending(path: "site/assets/style.css"), encoding: .utf8).hasSuffix("/* mine */\n"))
    }

    /// What a process printed so far, gathered from its pipe on another thread.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ more: Data) { lock.withLock { data.append(more) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }
}
