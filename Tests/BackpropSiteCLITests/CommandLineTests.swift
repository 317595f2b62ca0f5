import Foundation
import Testing

/// The real executable, run as a user runs it: exit codes and messages.
@Suite struct CommandLineTests {
    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built `backprop-site` (next to the test bundle), set up to run with `arguments` from the
    /// package root, with `environment` added to this process's, not yet started.
    static func process(_ arguments: [String], environment added: [String: String] = [:]) -> Process {
        let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let process = Process()
        process.executableURL = buildFolder.appendingPathComponent("backprop-site")
        process.arguments = arguments
        process.currentDirectoryURL = root
        // Under `swift test --sanitize=address` the executable is instrumented too; LeakSanitizer reports
        // Swift globals whose enum payloads keep pointers in spare bits as leaks, and fails the run.
        var environment = ProcessInfo.processInfo.environment
        environment["ASAN_OPTIONS"] = "detect_leaks=0"
        process.environment = environment.merging(added) { $1 }
        return process
    }

    /// Runs the built `backprop-site` with `arguments` from the package root, with `environment`
    /// added to this process's.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = process(arguments, environment: environment)
        // The error output goes to a file, not a second pipe: a process that fills one pipe (64 KB of
        // sanitizer reports) while the other is being read would wait forever.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe(), error = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try error.close()
        let errorData = try Data(contentsOf: errorFile)
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    @Test func traceOfTheWorkedExampleShowsTheUpdatedPrediction() throws {
        let run = try Self.run(["trace", "Examples/paso-a-paso.yaml"])
        #expect(run.status == 0)
        #expect(run.output.contains("(prediction [0.2557])"))
    }

    @Test func checkPassesOnEveryShippedExample() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/" + $0 }
        #expect(examples.count >= 5)
        let run = try Self.run(["check"] + examples)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count == examples.count)
    }

    @Test func aBadExampleFileExitsWithOneAndNamesTheFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "id: bad\nlayers: [2, 1]\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.run(["trace", file.path])
        #expect(run.status == 1)
        #expect(run.error.contains(file.path))
    }

    @Test func commandLineMisuseExitsWithTwo() throws {
        let unknownFormat = try Self.run(["trace", "Examples/paso-a-paso.yaml", "--format", "xml"])
        #expect(unknownFormat.status == 2)
        #expect(unknownFormat.error.contains("table"))
        let badSteps = try Self.run(["trace", "Examples/paso-a-paso.yaml", "--steps", "0"])
        #expect(badSteps.status == 2)
        #expect(badSteps.error.contains("--steps"))
        let unknownCommand = try Self.run(["draw"])
        #expect(unknownCommand.status == 2)
    }
}
