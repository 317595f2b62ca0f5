import ArgumentParser
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation

/// `backprop-site deck FILE`: every figure of an example on 16:9 slides, one PDF.
struct DeckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "Puts every figure of an example on 16:9 slides (1280×720), one PDF page per figure.",
        discussion: """
            The slides show the first worked step. The file is written whole or not at all, and replaces \
            an existing file only if it is a PDF (not an example file or a template) unless --force.
            """)

    @Argument(help: "The example file (YAML).")
    var file: String

    @OptionGroup var options: FigureOptions

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
        let context = try options.context(
            precision: example.precision, measurer: try CairoTextMeasurer(), givenValues: example.givenValues)
        let pages = try SlideDeck(walkthrough: walkthrough).pages(context)
        let bytes = try SceneRenderer().pdf(pages: pages, title: example.title[options.language])
        let path = output ?? "\(example.id)-deck-\(options.language.code).pdf"
        try AtomicFile.write(Data(bytes), to: path)
        print("Wrote \(path) (\(pages.count) slides, \(bytes.count) bytes)")
    }
}
