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
            The file is written whole or not at all: an existing file is replaced only once the new \
            one is complete.
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

    @Option(help: "The file format; dot (Graphviz) only with --figure graph.")
    var format: FigureFormat = .svg

    @Option(help: "PNG pixels per figure unit, above 0 and at most 8 (default: 2, sharp on high-density screens).")
    var scale: Double?

    @OptionGroup var options: FigureOptions

    @Option(name: [.customShort("o"), .long], help: "The file to write (default: <id>-<figure>-<lang>.<format> here).")
    var output: String?

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
        if let scale {
            guard format == .png else { throw ValidationError("--scale applies only to --format png.") }
            guard scale > 0, scale <= 8 else {
                throw ValidationError("--scale must be above 0 and at most 8; got \(scale).")
            }
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
        let example = try Example.load(from: file)
        let walkthrough = try example.walkthrough()
        let context = try options.context(precision: example.precision, measurer: try CairoTextMeasurer())
        let renderer = SceneRenderer()
        var name = figure?.rawValue ?? ""
        func scene() throws -> Scene {
            if let figure { return try figure.scene(walkthrough: walkthrough, step: step - 1, context: context) }
            return try equationScene(walkthrough, context)
        }
        if let equation {
            try options.registerMathFont()
            let lesson = Self.lesson(walkthrough, step: step, language: options.language, context: context)
            name = equation.name(layer: layer ?? equation.defaultLayer(in: lesson))
        }
        let bytes = switch format {
        case .svg: try renderer.svg(scene())
        case .png: try renderer.png(scene(), scale: scale ?? 2)
        case .pdf: try renderer.pdf(scene())
        case .dot: Array(try GraphDOT(walkthrough: walkthrough, step: step - 1).text(context).utf8)
        }
        let path = output ?? "\(example.id)-\(name)-\(options.language.code).\(format.rawValue)"
        try AtomicFile.write(Data(bytes), to: path)
        print("Wrote \(path) (\(bytes.count) bytes)")
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
