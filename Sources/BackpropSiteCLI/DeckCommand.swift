import ArgumentParser
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import MathLayout

/// `backprop-site deck FILE`: every figure of an example on 16:9 slides, one PDF.
struct DeckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "Puts every figure of an example on 16:9 slides (1280×720), one PDF page per figure.",
        discussion: """
            The slides show the first worked step. With --equations the worked equations come between \
            the figures as a lecture runs them (forward pass, cost, BP1, BP2, BP3 and BP4, update, new \
            cost), typeset at 28–36 pt. The file is written whole or not at all, and replaces an existing \
            file only if it is a PDF (not an example file or a template) unless --force.
            """)

    @Argument(help: "The example file (YAML).")
    var file: String

    @OptionGroup var options: FigureOptions

    @Flag(help: "Add slides with the worked equations, symbolic → with numbers → result, between the figures.")
    var equations = false

    @Flag(help: "Reveal the backward pass over several slides: δ of the output, of each hidden layer, the gradients, the update.")
    var buildUp = false

    @Option(name: [.customShort("o"), .long], help: "The PDF to write (default: <id>-deck-<lang>.pdf here).")
    var output: String?

    @Flag(help: "Replace the file given by -o even if it is not a PDF.")
    var force = false

    func validate() throws {
        if let output {
            do { _ = try FigureDestination.format(explicit: .pdf, path: output) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        if let output { try FigureDestination.requireReplaceable(output, format: .pdf, force: force) }
        let example = try Example.load(from: file)
        let walkthrough = try example.walkthrough()
        let context = try options.context(for: example, measurer: try CairoTextMeasurer())
        let title = example.title[options.language]
        let pages: [Scene]
        if equations {
            try options.registerMathFont()
            pages = try LectureDeck(walkthrough: walkthrough, title: title, buildUp: buildUp)
                .pages(context, typesetter: MathTypesetter(measurer: context.measurer))
        } else {
            pages = try SlideDeck(walkthrough: walkthrough, title: title, buildUp: buildUp).pages(context)
        }
        let bytes = try SceneRenderer().pdf(pages: pages, title: example.title[options.language])
        let path = output ?? "\(example.id)-deck-\(options.language.code).pdf"
        try AtomicFile.write(Data(bytes), to: path)
        print("Wrote \(path) (\(pages.count) slides, \(bytes.count) bytes)")
    }
}
