import Foundation

/// Runs another program and waits for it.
enum Subprocess {
    struct Failure: Error, CustomStringConvertible {
        let command: [String]
        let status: Int32
        let output: String
        var description: String { "\(command.joined(separator: " ")) exited with \(status):\n\(output)" }
    }

    /// Runs `command` (the first element is the program's path) with `environment` added to ours and
    /// the variables `unsetting` removed, returning its standard output; throws with its output if it fails.
    @discardableResult
    static func run(_ command: [String], environment: [String: String] = [:], unsetting: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            .filter { !unsetting.contains($0.key) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        // Foundation's waitUntilExit() on Linux runs the run loop in steps of 50 ms and, in a process
        // without a running run loop, returns only at the end of one: every timed command took 50 ms
        // longer than it ran (`/bin/true` measured 51 ms). Waiting for the exit Foundation records
        // itself first keeps the wait under 0.1 ms.
        while process.isRunning { usleep(50) }
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failure(command: command, status: process.terminationStatus, output: text) }
        return text
    }

    /// The full path of `program` on PATH.
    static func find(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
