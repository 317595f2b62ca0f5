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

    @Option(help: "The computational graph node by node (scalar) or per layer (layers); default: scalar up to \(GraphFigure.maxScalarNodes) nodes, per layer above.")
    var graph: GraphForm?

    @Flag(help: "With --figure backward: the backward pass step by step as numbered files (<name>-1.<format>, …): δ of the output, of each hidden layer, the gradients, the update.")
    var frames = false

    @Option(help: "SVG text: outlines (looks the same everywhere) or text (selectable, searchable, read by screen readers, editable in Inkscape; needs DejaVu Sans to look as designed).")
    var svgText: SVGText?

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
        if frames, figure != .backward || format == .dot {
            throw ValidationError("--frames reveals the backward pass; use it with --figure backward and --format svg, png or pdf.")
        }
        if svgText != nil, format != .svg {
            throw ValidationError("--svg-text applies only to --format svg.")
        }
        if graph != nil, figure != .graph {
            throw ValidationError("--graph chooses the form of the computational graph; use it with --figure graph, not \(figure.rawValue).")
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
        let walkthrough = try example.walkthrough(epochs: figure == .loss ? example.epochs : example.steps)
        let context = try options.context(
            precision: example.precision, measurer: try CairoTextMeasurer(), givenValues: example.givenValues)
        let renderer = SceneRenderer()
        let graphFigure = graph?.figure(walkthrough, step: step - 1) ?? GraphFigure(walkthrough: walkthrough, step: step - 1)
        func scene() throws -> Scene {
            figure == .graph
                ? try graphFigure.scene(context) : try figure.scene(walkthrough: walkthrough, step: step - 1, context: context)
        }
        func bytes(_ scene: Scene) throws -> [UInt8] {
            switch format {
            case .svg: try renderer.svg(scene, text: svgText ?? .outlines)
            case .png: try renderer.png(scene, scale: scale ?? 2)
            case .pdf: try renderer.pdf(scene)
            case .dot: Array(try GraphDOT(figure: graphFigure).text(context).utf8)
            }
        }
        let path = output ?? "\(example.id)-\(figure.rawValue)-\(options.language.code).\(format.rawValue)"
        guard frames else {
            let written = try bytes(scene())
            try AtomicFile.write(Data(written), to: path)
            print("Wrote \(path) (\(written.count) bytes)")
            return
        }
        // backward.png → backward-1.png, backward-2.png, …
        let scenes = try BackwardFigure(walkthrough: walkthrough, step: step - 1).buildUp(context)
        let stem = (path as NSString).deletingPathExtension, suffix = (path as NSString).pathExtension
        for (number, frame) in scenes.enumerated() {
            let framePath = "\(stem)-\(number + 1)" + (suffix.isEmpty ? "" : ".\(suffix)")
            let written = try bytes(frame)
            try AtomicFile.write(Data(written), to: framePath)
            print("Wrote \(framePath) (\(written.count) bytes)")
        }
    }
}
