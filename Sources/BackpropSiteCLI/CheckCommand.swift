import ArgumentParser
import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting

/// `backprop-site check FILE…`: validates example files and checks backpropagation against finite
/// differences on each.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates example files and runs the gradient check; exits 1 on any failure.")

    @Argument(help: "One or more example files (YAML).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one example file.") }
    }

    func run() throws {
        var failures = 0
        for file in files {
            do {
                let checked = try Example.load(from: file).trainingCheck()
                let report = CheckReport(file: file, check: checked.gradientCheck, history: checked.history)
                print(report.text, terminator: "")
                if !report.check.passed { failures += 1 }
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
