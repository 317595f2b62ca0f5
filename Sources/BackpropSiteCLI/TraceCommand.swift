import ArgumentParser
import ExampleFile
import Foundation
import SiteGenerator

/// `backprop-site trace FILE`: every number of the worked steps, in the terminal or as JSON.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Prints every number of forward pass, cost, backward pass and update of an example.")

    @Argument(help: "The example file (YAML).")
    var file: String

    @Option(help: "Worked gradient-descent steps to show (default: the example's `steps`).")
    var steps: Int?

    @Option(help: "table (readable) or json (machine-readable).")
    var format: TraceFormat = .table

    func validate() throws {
        if let steps, !(1...1000).contains(steps) {
            throw ValidationError("--steps must be between 1 and 1000, got \(steps).")
        }
    }

    func run() throws {
        var example = try Example.load(from: file)
        if let steps { example.steps = steps }
        let walkthrough = try example.walkthrough(trainingCurve: false)
        switch format {
        case .table:
            print(TraceTable(example: example, walkthrough: walkthrough).text, terminator: "")
        case .json:
            print(TraceJSON(example: example, walkthrough: walkthrough).encoded())
        }
    }
}
