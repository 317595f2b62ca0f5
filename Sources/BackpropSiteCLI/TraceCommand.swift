import ArgumentParser
import ExampleFile
import Foundation
import LaTeXExport
import LessonFormatting
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

    @Option(help: "table (readable), json (machine-readable) or latex (every equation, for Beamer: \\bpequation{bp1-layer3}).")
    var format: TraceFormat = .table

    @Option(name: .customLong("lang"), help: "With --format latex: the language of the numbers (es: decimal comma).")
    var language: Language = .spanish

    @Option(help: "With --format latex: the templates folder, whose strings/<lang>.yaml sets the decimal separator (default: ./Templates when it exists, else the built-in ones).")
    var templates: String?

    func validate() throws {
        if let steps, !(1...1000).contains(steps) {
            throw ValidationError("--steps must be between 1 and 1000, got \(steps).")
        }
        _ = try TemplateSource(option: templates)
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
        case .latex:
            let source = try TemplateSource(option: templates)
            let strings = try StringTable.load(templates: source.folder, language: language, read: source.read)
            let format = NumberFormat(precision: example.precision, strings: strings).giving(example.givenValues)
            print(LessonLaTeX(walkthrough: walkthrough, format: format, title: example.title[language]).document, terminator: "")
        }
    }
}
