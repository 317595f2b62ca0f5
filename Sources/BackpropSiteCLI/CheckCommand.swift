import ArgumentParser
import BackpropEngine
import ExampleFile
import Foundation

/// `backprop-site check FILE…`: validates example files and checks backpropagation against central
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
                let example = try Example.load(from: file)
                let walkthrough = try example.walkthrough()
                let check = walkthrough.gradientCheck()
                let summary = "worst relative error \(String(format: "%.1e", check.worstRelativeError)) over \(check.entries.count) parameters"
                if check.passed {
                    print("ok    \(file): gradient check passed, \(summary)\(Self.training(walkthrough.history))")
                } else {
                    failures += 1
                    print("FAIL  \(file): \(check.disagreements.count) parameters disagree, \(summary)")
                }
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }

    /// The training curve's first and last cost, to 12 significant digits (what the benchmark
    /// compares with NumPy), or where it diverged.
    private static func training(_ history: TrainingHistory) -> String {
        guard let first = history.costs.first, let last = history.costs.last else { return "" }
        let epochs = history.costs.count - 1
        let costs = String(format: "cost %.12g → %.12g", first, last) + " after \(epochs) epoch\(epochs == 1 ? "" : "s")"
        guard let diverged = history.divergedAtEpoch else { return "; training: \(costs)" }
        return "; training: \(costs), diverged at epoch \(diverged)"
    }
}
