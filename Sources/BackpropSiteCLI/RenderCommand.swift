import ArgumentParser
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation

/// `backprop-site render FILE --figure NAME`: one figure of an example as SVG, PNG, PDF or DOT.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draws one figure of an example as SVG, PNG or PDF (or the graph as Graphviz DOT).",
        discussion: """
            The format follows the extension of -o unless --format is given (the two must agree). The \
            file is written whole or not at all: an existing file is replaced only once the new one is \
            complete, and only if it is a figure of that format (not an example file or a template) \
            unless --force.
            """)

    @Argument(help: "The example file (YAML).")
    var file: String

    @Option(help: "The figure to draw.")
    var figure: FigureKind

    @Option(help: "The worked gradient-descent step to draw, from 1 to the example's `steps` (the loss curve shows them all).")
    var step = 1

    @Option(help: "The file format (default: from the extension of -o, else svg); dot (Graphviz) only with --figure graph.")
    var format: FigureFormat?

    @Option(help: "PNG pixels per figure unit, from 0.25 to 8 (default: 2, sharp on high-density screens).")
    var scale: Double?

    @OptionGroup var options: FigureOptions

    @Option(name: [.customShort("o"), .long], help: "The file to write (default: <id>-<figure>-<lang>.<format> here).")
    var output: String?

    @Flag(help: "Replace the file given by -o even if it is not a figure.")
    var force = false

    /// The format written: --format, or the extension of -o, or svg.
    private var resolvedFormat: FigureFormat {
        get throws { try FigureDestination.format(explicit: format, path: output) }
    }

    func validate() throws {
        if step < 1 { throw ValidationError("--step counts from 1; got \(step).") }
        let format: FigureFormat
        do { format = try resolvedFormat } catch { throw ValidationError("\(error)") }
        if let scale {
            guard format == .png else { throw ValidationError("--scale applies only to --format png.") }
            guard scale >= 0.25, scale <= 8 else {
                throw ValidationError("--scale must be between 0.25 and 8 (pixels per figure unit); got \(scale).")
            }
        }
        if format == .dot, figure != .graph {
            throw ValidationError("--format dot exports the computational graph; use it with --figure graph, not \(figure.rawValue).")
        }
        // A file that cannot be read is reported by run() with exit status 1.
        if let example = try? Example.load(from: file), step > example.steps {
            throw ValidationError(
                "--step \(step) is beyond the worked steps of \(file), which has steps: \(example.steps); "
                    + "choose a step from 1 to \(example.steps).")
        }
    }

    func run() throws {
        let format = try resolvedFormat
        if let output { try FigureDestination.requireReplaceable(output, format: format, force: force) }
        let example = try Example.load(from: file)
        let walkthrough = try example.walkthrough()
        let context = try options.context(
            precision: example.precision, measurer: try CairoTextMeasurer(), givenValues: example.givenValues)
        let renderer = SceneRenderer()
        func scene() throws -> Scene { try figure.scene(walkthrough: walkthrough, step: step - 1, context: context) }
        let bytes = switch format {
        case .svg: try renderer.svg(scene())
        case .png: try renderer.png(scene(), scale: scale ?? 2)
        case .pdf: try renderer.pdf(scene())
        case .dot: Array(try GraphDOT(walkthrough: walkthrough, step: step - 1).text(context).utf8)
        }
        let path = output ?? "\(example.id)-\(figure.rawValue)-\(options.language.code).\(format.rawValue)"
        try AtomicFile.write(Data(bytes), to: path)
        print("Wrote \(path) (\(bytes.count) bytes)")
    }
}
