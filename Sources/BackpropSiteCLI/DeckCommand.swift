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
            cost), typeset at 28–36 pt. The file is written whole or not at all.
            """)

    @Argument(help: "The example file (YAML).")
    var file: String

    @OptionGroup var options: FigureOptions

    @Flag(help: "Add slides with the worked equations, symbolic → with numbers → result, between the figures.")
    var equations = false

    @Option(name: [.customShort("o"), .long], help: "The PDF to write (default: <id>-deck-<lang>.pdf here).")
    var output: String?

    func run() throws {
        let example = try Example.load(from: file)
        let walkthrough = try example.walkthrough()
        let context = try options.context(precision: example.precision, measurer: try CairoTextMeasurer())
        let pages: [Scene]
        if equations {
            try options.registerMathFont()
            pages = try LectureDeck(walkthrough: walkthrough).pages(context, typesetter: MathTypesetter(measurer: context.measurer))
        } else {
            pages = try SlideDeck(walkthrough: walkthrough).pages(context)
        }
        let bytes = try SceneRenderer().pdf(pages: pages, title: example.title[options.language])
        let path = output ?? "\(example.id)-deck-\(options.language.code).pdf"
        try AtomicFile.write(Data(bytes), to: path)
        print("Wrote \(path) (\(pages.count) slides, \(bytes.count) bytes)")
    }
}
