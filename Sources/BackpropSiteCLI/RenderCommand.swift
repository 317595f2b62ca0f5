import ArgumentParser
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import BackpropEngine
import LessonFormatting
import LessonMath
import MathLayout

/// `backprop-site render FILE --figure NAME`: one figure of an example as SVG, PNG, PDF or DOT.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draws one figure or one block of equations of an example as SVG, PNG or PDF (or the graph as Graphviz DOT).",
        discussion: """
            The format follows the extension of -o unless --format is given (the two must agree). The \
            file is written whole or not at all: an existing file is replaced only once the new one is \
            complete, and only if it is a figure of that format (not an example file or a template) \
            unless --force.
            """)

    @Argument(help: "The example file (YAML).")
    var file: String

    @Option(help: "The figure to draw.")
    var figure: FigureKind?

    @Option(help: "Instead of a figure, the worked equations of one part of the lesson, typeset at slide size.")
    var equation: EquationChoice?

    @Option(help: "With --equation forward, bp2, bp3, bp4 or update: the layer (input is 1; default: the output layer, for bp2 the last hidden one).")
    var layer: Int?

    @Option(help: "The worked gradient-descent step to draw, from 1 to the example's `steps` (the loss curve shows them all).")
    var step = 1

    @Option(help: "The file format (default: from the extension of -o, else svg); dot (Graphviz) only with --figure graph.")
    var format: FigureFormat?

    @Option(help: "The computational graph node by node (scalar) or per layer (layers); default: scalar up to \(GraphFigure.maxScalarNodes) nodes, per layer above.")
    var graph: GraphForm?

    @Flag(help: "With --figure backward: the backward pass step by step as numbered files (<name>-1.<format>, …): δ of the output, of each hidden layer, the gradients, the update.")
    var frames = false

    @Flag(help: "The figure laid out for a phone's column, \(Int(FigureKind.narrowWidth)) units wide, as the site shows it on narrow screens: the network one layer pair at a time, top to bottom, the graph a step at a time.")
    var narrow = false

    @Option(help: "SVG text: outlines (looks the same everywhere) or text (selectable, searchable, read by screen readers, editable in Inkscape; the glyphs it uses of DejaVu Sans embedded in the file, as in the site's figures).")
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
        switch (figure, equation) {
        case (nil, nil): throw ValidationError("Choose what to draw: --figure NAME or --equation NAME.")
        case (.some, .some): throw ValidationError("--figure and --equation draw different things; give one of them.")
        default: break
        }
        if layer != nil, equation == nil || equation == .cost || equation == .bp1 {
            throw ValidationError("--layer applies only to --equation forward, bp2, bp3, bp4 or update.")
        }
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
        if narrow, figure == nil || frames || format == .dot {
            throw ValidationError("--narrow lays out a figure for a phone; use it with --figure and --format svg, png or pdf.")
        }
        if svgText != nil, format != .svg {
            throw ValidationError("--svg-text applies only to --format svg.")
        }
        if graph != nil, figure != .graph {
            throw ValidationError(
                "--graph chooses the form of the computational graph; use it with --figure graph, not \(figure?.rawValue ?? "--equation").")
        }
        if format == .dot, figure != .graph {
            throw ValidationError(
                "--format dot exports the computational graph; use it with --figure graph, not \(figure?.rawValue ?? "--equation").")
        }
        // A file that cannot be read is reported by run() with exit status 1.
        guard let example = try? Example.load(from: file) else { return }
        if step > example.steps {
            throw ValidationError(
                "--step \(step) is beyond the worked steps of \(file), which has steps: \(example.steps); "
                    + "choose a step from 1 to \(example.steps).")
        }
        if let equation, let layer, let walkthrough = try? example.walkthrough() {
            let valid = equation.layers(in: Self.lesson(walkthrough, step: step, language: options.language))
            guard valid.contains(layer) else {
                throw ValidationError(
                    "--layer \(layer) has no --equation \(equation.rawValue) in \(file); "
                        + (valid.isEmpty ? "this network has no hidden layer." : "choose one of \(valid.map(String.init).joined(separator: ", ")).")
                        + " Layers count from the input, which is layer 1.")
            }
        }
    }

    func run() throws {
        let format = try resolvedFormat
        if let output { try FigureDestination.requireReplaceable(output, format: format, force: force) }
        let example = try Example.load(from: file)
        let walkthrough = try example.walkthrough(epochs: figure == .loss ? example.epochs : example.steps)
        let context = try options.context(for: example, measurer: try CairoTextMeasurer())
        let renderer = SceneRenderer()
        let graphFigure = graph?.figure(walkthrough, step: step - 1) ?? GraphFigure(walkthrough: walkthrough, step: step - 1)
        var name = figure?.rawValue ?? ""
        if let equation {
            try options.registerMathFont()
            let lesson = Self.lesson(walkthrough, step: step, language: options.language, context: context)
            name = equation.name(layer: layer ?? equation.defaultLayer(in: lesson))
        }
        func scene() throws -> Scene {
            switch figure {
            case nil: try equationScene(walkthrough, context)
            case .graph: try narrow ? graphFigure.narrowScene(context) : graphFigure.scene(context)
            case let figure?:
                try narrow
                    ? figure.narrowScene(walkthrough: walkthrough, step: step - 1, context: context)
                    : figure.scene(walkthrough: walkthrough, step: step - 1, context: context)
            }
        }
        func bytes(_ scene: Scene) throws -> [UInt8] {
            switch format {
            case .svg: try renderer.svg(scene, text: svgText ?? .outlines)
            case .png: try renderer.png(scene, scale: scale ?? 2)
            case .pdf: try renderer.pdf(scene)
            case .dot: Array(try GraphDOT(figure: graphFigure).text(context).utf8)
            }
        }
        let path = output ?? "\(example.id)-\(name)-\(options.language.code).\(format.rawValue)"
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

    /// The equations of `--equation` as a figure.
    private func equationScene(_ walkthrough: Walkthrough, _ context: FigureContext) throws -> Scene {
        guard let equation else { throw ValidationError("Choose what to draw: --figure NAME or --equation NAME.") }
        let lesson = Self.lesson(walkthrough, step: step, language: options.language, context: context)
        let layer = layer ?? equation.defaultLayer(in: lesson)
        let equations = equation.equations(in: lesson, layer: layer)
        guard !equations.isEmpty else {
            throw ValidationError("--equation \(equation.rawValue): \(file) has no hidden layer, so no BP2; choose another equation.")
        }
        let figure = EquationFigure(
            equations: equations, accent: equation.part(layer: layer).accent,
            title: equation.name(layer: layer))
        return figure.scene(theme: context.theme, typesetter: MathTypesetter(measurer: context.measurer))
    }

    /// The equations of worked step `step` (from 1), numbers as `context` writes them (or in `language`'s
    /// default format, for checking the command line).
    static func lesson(_ walkthrough: Walkthrough, step: Int, language: Language, context: FigureContext? = nil) -> LessonEquations {
        LessonEquations(
            step: walkthrough.steps[step - 1], examples: walkthrough.examples, settings: walkthrough.settings,
            format: context?.numbers ?? NumberFormat(precision: 4, language: language))
    }
}
