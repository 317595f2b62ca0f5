import Foundation
import Testing

/// Issue 10, small things: `make test` left a `build --watch` running (its child inherited a signal
/// mask with SIGTERM blocked), and SIGTERM left a `.site.staging-PID` folder behind.
@Suite(.serialized) struct SignalTests {
    /// Starts `backprop-site` with `arguments` while this thread blocks SIGTERM and SIGINT, as the
    /// test runner's threads may: the child inherits that mask.
    static func startWithSignalsBlocked(_ arguments: [String], output: LineCollector) throws -> Process {
        let process = CommandLineTests.process(arguments)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGTERM)
        sigaddset(&blocked, SIGINT)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
        return process
    }

    /// Waits up to `seconds` for `process` to exit.
    static func exits(_ process: Process, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return !process.isRunning
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func watchStopsOnSignalWhateverMaskItInherited(_ signal: Int32) throws {
        let scratch = try BuildCommandTests.Scratch(examples: ["paso-a-paso"])
        let output = LineCollector()
        let process = try Self.startWithSignalsBlocked(
            ["build", "--watch", "--examples", scratch.examples.path, "--out", scratch.site.path], output: output)
        defer { BuildCommandTests.stop(process) }
        #expect(output.waitFor("Watching", seconds: 120))
        kill(process.processIdentifier, signal)
        #expect(Self.exits(process, within: 10), "the watch ignored signal \(signal)")
        #expect(process.terminationStatus == 128 + signal)
    }

    @Test func aSignalDuringABuildRemovesTheStagingFolder() throws {
        let scratch = try BuildCommandTests.Scratch(examples: ["paso-a-paso", "xor", "red-profunda"])
        let output = LineCollector()
        let process = try Self.startWithSignalsBlocked(
            ["build", "--examples", scratch.examples.path, "--out", scratch.site.path], output: output)
        defer { BuildCommandTests.stop(process) }
        #expect(output.waitFor("Draw the figures", seconds: 120))
        kill(process.processIdentifier, SIGTERM)
        #expect(Self.exits(process, within: 10))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.site.path))
    }
}
