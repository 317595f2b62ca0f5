import BackpropEngine
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting

/// Times laying out and drawing three figures in each format — the seed-004 network, the scalar
/// computational graph of a 4-12-12-1 network and the diagram of a 784-30-10 network — and graphviz's
/// `dot` on the same computational graph, as SVG and as a PNG of the same width; and, as whole
/// processes the way a user runs them, `backprop-site render --figure graph` of every shipped example
/// against `dot -Tsvg` on that example's own DOT export.
struct FigureBenchmark {
    /// The release `backprop-site` executable.
    var executable: String
    var examples: String
    var templates: String
    var scratch: String
    var runs: Int
    var dot: String

    private let renderer = SceneRenderer()

    func run(into report: inout BenchmarkReport) throws {
        print("Figures (\(runs) runs each, median; in process, text measurements cached as in a site build)")
        let strings = try StringTable.parse(
            yaml: String(contentsOfFile: "\(templates)/strings/en.yaml", encoding: .utf8), language: .english)
        let context = FigureContext(strings: strings, theme: .light, precision: 3, measurer: try CairoTextMeasurer())

        let seed004 = try Example.load(from: "\(examples)/paso-a-paso.yaml").walkthrough()
        let seedLayout = try timeLayout("seed-004 network", NetworkFigure(walkthrough: seed004).scene(context), into: &report)
        try timeDrawing("seed-004 network", seedLayout.scene, into: &report, pngTarget: 0.015)

        let graphWalkthrough = try Self.walkthrough(layerSizes: Self.graphLayerSizes)
        let figure = GraphFigure(walkthrough: graphWalkthrough, scalarNodeLimit: .max)
        let graph = figure.scalarGraph
        let edges = graph.nodes.reduce(0) { $0 + $1.inputs.count }
        report.note("\(Self.graphName): \(graph.nodes.count) nodes, \(edges) edges (forced scalar: GraphFigure(scalarNodeLimit: .max))")
        let graphLayout = try timeLayout("\(Self.graphName)", figure.scene(context), into: &report)
        let (svg, png) = try timeDrawing("\(Self.graphName)", graphLayout.scene, into: &report)
        try compareWithDot(
            GraphDOT(figure: figure).text(context), scene: graphLayout.scene, svgSeconds: graphLayout.seconds + svg, pngSeconds: graphLayout.seconds + png,
            pngWidth: Int((graphLayout.scene.width * 2).rounded()), into: &report)

        try compareRenderWithDot(into: &report)

        let wide = try Self.walkthrough(layerSizes: [784, 30, 10])
        let wideLayout = try timeLayout("784-30-10 network", NetworkFigure(walkthrough: wide).scene(context), into: &report)
        try timeDrawing("784-30-10 network", wideLayout.scene, into: &report)
    }

    /// The network whose scalar graph is timed: 489 nodes, about the size where dot is still usable.
    static let graphLayerSizes = [4, 12, 12, 1]
    static let graphName = graphLayerSizes.map(String.init).joined(separator: "-") + " scalar graph"

    /// A sigmoid network with seeded weights and one seeded example, one worked step.
    static func walkthrough(layerSizes: [Int]) throws -> Walkthrough {
        let count = layerSizes.count - 1
        let network = Network.random(layerSizes: layerSizes, activations: Array(repeating: .sigmoid, count: count), seed: 4)
        var generator = SplitMix64(seed: 5)
        let example = TrainingExample(
            input: (0..<layerSizes[0]).map { _ in generator.nextSymmetricUnit() },
            target: (0..<layerSizes[count]).map { _ in (generator.nextSymmetricUnit() + 1) / 2 })
        return try Walkthrough(
            network: network, examples: [example], settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.5),
            steps: 1, epochs: 1)
    }

    /// Times the layout of one figure and returns its scene.
    private func timeLayout(
        _ name: String, _ layout: @autoclosure () throws -> Scene, into report: inout BenchmarkReport
    ) throws -> (scene: Scene, seconds: Double) {
        var scene: Scene?
        let seconds = try Stopwatch.median(runs: runs, warmUp: 1) { scene = try layout() }
        report.time("figures", "\(name): layout", seconds)
        return (scene!, seconds)
    }

    /// Times drawing `scene` as SVG, PNG 2× and PDF, returning the SVG and PNG times.
    @discardableResult
    private func timeDrawing(_ name: String, _ scene: Scene, into report: inout BenchmarkReport, pngTarget: Double? = nil) throws -> (svg: Double, png: Double) {
        let svg = try Stopwatch.median(runs: runs, warmUp: 1) { _ = try renderer.svg(scene) }
        report.time("figures", "\(name): SVG", svg)
        let png = try Stopwatch.median(runs: runs, warmUp: 1) { _ = try renderer.png(scene, scale: 2) }
        report.time("figures", "\(name): PNG 2× (\(Int((scene.width * 2).rounded()))×\(Int((scene.height * 2).rounded())) px)", png, atMost: pngTarget)
        let pdf = try Stopwatch.median(runs: runs, warmUp: 1) { _ = try renderer.pdf(scene) }
        report.time("figures", "\(name): PDF", pdf)
        return (svg, png)
    }

    /// Layout plus drawing of our graph figure against `dot -Tsvg` and `dot -Tpng` on the same graph.
    /// Our drawings are written beside dot's (ours.svg, ours.png; graph.svg, graph.png) to compare by eye.
    private func compareWithDot(
        _ dotText: String, scene: Scene, svgSeconds: Double, pngSeconds: Double,
        pngWidth: Int, into report: inout BenchmarkReport
    ) throws {
        let source = "\(scratch)/graph.dot"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try Data(try renderer.svg(scene)).write(to: URL(fileURLWithPath: "\(scratch)/ours.svg"))
        try Data(try renderer.png(scene, scale: 2)).write(to: URL(fileURLWithPath: "\(scratch)/ours.png"))
        try dotText.write(toFile: source, atomically: true, encoding: .utf8)
        let dotRuns = max(3, runs / 3)
        let dotSVG = try Stopwatch.median(runs: dotRuns) { try Subprocess.run([dot, "-Tsvg", source, "-o", "\(scratch)/graph.svg"]) }
        report.time("figures", "\(Self.graphName): layout + SVG vs dot -Tsvg", svgSeconds, peer: "dot", dotSVG, atLeast: 5)
        // dot scales the drawing until it is `pngWidth` pixels wide at 96 dpi.
        let dotPNG = try Stopwatch.median(runs: dotRuns) {
            try Subprocess.run([
                dot, "-Tpng", "-Gdpi=96", "-Gsize=\(Double(pngWidth) / 96),1000!", source, "-o", "\(scratch)/graph.png",
            ])
        }
        let size = try Self.pngSize("\(scratch)/graph.png")
        report.time("figures", "\(Self.graphName): layout + PNG vs dot -Tpng", pngSeconds, peer: "dot", dotPNG, atLeast: 10)
        report.note("dot's PNG of the graph: \(size.width)×\(size.height) px (ours \(pngWidth) px wide); dot's times include starting the process (a few ms)")
    }

    /// `backprop-site render FILE --figure graph` (SVG) of each shipped example, start-up included,
    /// against `dot -Tsvg` on `backprop-site render FILE --figure graph --format dot`: rendering
    /// our own figure should take no longer than graphviz laying out and drawing the same graph. The
    /// two run in turn, `runs` times each: processes of 10–20 ms feel every change in the machine's load.
    private func compareRenderWithDot(into report: inout BenchmarkReport) throws {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: examples).filter { $0.hasSuffix(".yaml") }.sorted()
        for file in files {
            let name = (file as NSString).deletingPathExtension
            let render = [executable, "render", "\(examples)/\(file)", "--figure", "graph", "--templates", templates]
            try Subprocess.run(render + ["--format", "dot", "-o", "\(scratch)/\(name).dot"])
            let (ours, theirs) = try Stopwatch.alternatingMedians(runs: runs) {
                try Subprocess.run(render + ["--format", "svg", "-o", "\(scratch)/\(name)-ours.svg"])
            } _: {
                try Subprocess.run([dot, "-Tsvg", "\(scratch)/\(name).dot", "-o", "\(scratch)/\(name)-dot.svg"])
            }
            report.time("figures", "render --figure graph \(name) (process) vs dot -Tsvg", ours, peer: "dot", theirs, atLeast: 1)
        }
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)).prefix(24))
        func bigEndian(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (bigEndian(16), bigEndian(20))
    }
}
