import BackpropEngine
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting
import Testing

@Suite struct FigureReadabilityTests {
    @Test(arguments: ExampleNetwork.allCases, FigureKind.allCases)
    func everyFigureIsReadableInEveryLanguageAndTheme(network: ExampleNetwork, kind: FigureKind) throws {
        for language in Language.allCases {
            for theme in Theme.all {
                let scene = try kind.scene(walkthrough: network.walkthrough, context: testContext(language, theme))
                #expect(readabilityProblems(scene) == [], "\(kind) of \(network), \(language), \(theme.name)")
                #expect(scene.background == theme.background)
                #expect(!scene.title.isEmpty)
            }
        }
    }

    /// The networks that are not like a shipped example (those are `ShippedExampleFigureTests`'),
    /// measured with the figures' own font as the site would lay them out (the test above uses the
    /// suite's deliberately wide stand-in, which puts labels elsewhere): on the page, on a phone and on
    /// the deck's slides, in both languages. One theme, as a layout depends on its theme only through
    /// its colours (`RecoloringTests`).
    @Test(arguments: [ExampleNetwork.mnist, .sigmoid3442, .softmax8164, .sigmoid242, .softmax25, .tanh91],
          [FigureKind.network, .forward, .backward, .update, .graph])
    func everyFigureIsReadableWithTheFiguresOwnFont(network: ExampleNetwork, kind: FigureKind) throws {
        for language in Language.allCases {
            var context = testContext(language)
            context.measurer = try CairoTextMeasurer()
            let page = try kind.scene(walkthrough: network.walkthrough, context: context)
            #expect(readabilityProblems(page) == [], "\(kind) of \(network), \(language)")
            let phone = try kind.narrowScene(walkthrough: network.walkthrough, context: context)
            #expect(readabilityProblems(phone) == [], "\(kind) of \(network), \(language), phone")
            let deck = SlideDeck(walkthrough: network.walkthrough, title: "\(network)")
            let slides = try deck.pages(context, slides: try deck.figureSlides(kind, context)).dropFirst()
            for (number, slide) in slides.enumerated() {
                #expect(readabilityProblems(slide) == [], "\(kind) of \(network), \(language), slide \(number + 1)")
            }
        }
    }

    @Test(arguments: FigureKind.allCases)
    func largeLayersAreElidedIntoABoundedFigure(kind: FigureKind) throws {
        let scene = try kind.scene(walkthrough: ExampleNetwork.mnist.walkthrough, context: testContext(.spanish))
        #expect(scene.width <= 2400 && scene.height <= 1600, "\(kind) is \(scene.width)×\(scene.height)")
        guard kind != .loss, kind != .graph else { return }
        let texts = scene.textRuns.map(\.text)
        #expect(texts.contains("780 neuronas no mostradas"))
        #expect(texts.contains("26 neuronas no mostradas"))
        #expect(texts.contains("6 neuronas no mostradas"))
        #expect(texts.filter { $0 == "⋮" }.count >= 3)
    }

    @Test(arguments: [FigureKind.network, .forward, .backward, .update])
    func elisionKeepsTheTargetClassAndTheLargestOutputs(kind: FigureKind) throws {
        let walkthrough = ExampleNetwork.mnist.walkthrough
        let scene = try kind.scene(walkthrough: walkthrough, context: testContext(.english))
        let ids = Set(scene.items.compactMap { if case .circle(let circle) = $0 { circle.id } else { nil } })
        #expect(ids.contains(NetworkLayout.neuronID(column: 2, neuron: 3)), "the target class 3 is drawn")
        let output = walkthrough.steps[0].forwardPasses[0].output
        let largest = output.indices.max { output[$0] < output[$1] }!
        #expect(ids.contains(NetworkLayout.neuronID(column: 2, neuron: largest)), "the largest output is drawn")
        #expect(NetworkLayout.drawnNeurons(ofLayerWith: 10, keeping: [3, 7, 3, 5]) == [3, 5, 7, 9])
        #expect(NetworkLayout.drawnNeurons(ofLayerWith: 10) == [0, 1, 2, 9])
    }

    /// The neurons an example file names with `show` are drawn first, in every layer, with their
    /// connections; the output still keeps its target class.
    @Test(arguments: [FigureKind.network, .forward, .backward, .update])
    func elisionDrawsTheNeuronsTheFileNames(kind: FigureKind) throws {
        var context = testContext(.english)
        context.shownNeurons = [[399, 500], [16], [8]]
        let scene = try kind.scene(walkthrough: ExampleNetwork.mnist.walkthrough, context: context)
        let ids = Set(scene.items.compactMap { item -> String? in
            switch item {
            case .circle(let circle): circle.id
            case .path(let path): path.id
            default: nil
            }
        })
        for (column, neuron) in [(0, 399), (0, 500), (1, 16), (2, 8), (2, 3)] {
            #expect(ids.contains(NetworkLayout.neuronID(column: column, neuron: neuron)), "neuron \(neuron + 1) of layer \(column + 1)")
        }
        #expect(ids.contains(NetworkLayout.edgeID(parameterLayer: 0, row: 16, column: 399)))
        #expect(ids.contains(NetworkLayout.edgeID(parameterLayer: 1, row: 8, column: 16)))
        #expect(readabilityProblems(scene) == [])
        #expect(Example.mostShownNeurons == NetworkLayout.leadingNeuronsOfElidedLayer)
        #expect(Example.mostDrawnNeurons == NetworkLayout.maxDrawnNeurons)
    }

    @Test func theLargeNetworkGraphIsDrawnPerLayer() throws {
        #expect(!GraphFigure(walkthrough: ExampleNetwork.mnist.walkthrough).isScalar)
        #expect(!GraphFigure(walkthrough: ExampleNetwork.deepTanh.walkthrough).isScalar)
        #expect(GraphFigure(walkthrough: ExampleNetwork.seed004.walkthrough).isScalar)
        let scene = try FigureKind.graph.scene(walkthrough: ExampleNetwork.mnist.walkthrough, context: testContext(.english))
        let names = scene.textRuns.map(\.text)
        #expect(names.contains("W⁽²⁾") && names.contains("a⁽³⁾ = σ") && names.contains("C"))
    }

    @Test(arguments: [ExampleNetwork.seed004, .sigmoidWithBiases, .softmax])
    func theScalarGraphReadsLikeATextbookFigure(network: ExampleNetwork) throws {
        let walkthrough = network.walkthrough
        let graph = GraphFigure(walkthrough: walkthrough)
        #expect(graph.isScalar)
        let scene = try graph.scene(testContext(.english))
        let boxes = scene.items.compactMap { if case .box(let box) = $0 { box } else { nil } }
        let paths = paths(scene)
        // A network without biases draws no bias nodes: graph node → figure node.
        let drawn = graph.drawnScalarNodes
        func box(_ shown: Int) throws -> Rect { try #require(boxes.first { $0.id == "node-\(shown)" }).frame }
        func frame(_ node: Int) throws -> Rect { try box(try #require(drawn[node])) }
        let nodes = graph.scalarGraph.nodes
        // Inputs in their natural order, x₁ above x₂.
        let inputs = nodes.indices.filter { if case .input = nodes[$0].operation { true } else { false } }
        #expect(try inputs.map { try frame($0).minY } == inputs.map { try frame($0).minY }.sorted())
        for (index, node) in nodes.enumerated() where drawn[index] != nil {
            let shown = drawn[index]!
            switch node.operation {
            case .multiply:
                // The weight sits just before its × node, less than a box's height above it.
                let weight = try frame(node.inputs[0]), product = try frame(index)
                #expect(weight.maxX < product.minX && product.minX - weight.maxX < 80)
                #expect(weight.center.y < product.center.y)
                let products = nodes.indices.filter { if case .multiply = nodes[$0].operation { true } else { false } }
                let nearest = try #require(try products.min { a, b in
                    let (fa, fb) = (try frame(a), try frame(b))
                    return hypot(fa.minX - weight.maxX, fa.center.y - weight.center.y)
                        < hypot(fb.minX - weight.maxX, fb.center.y - weight.center.y)
                })
                #expect(nearest == index, "w of × node \(index) is nearest to it")
            case .activation(let activation, _, _):
                let name = try #require(scene.textRuns.first { $0.owner == "node-\(shown)" }).text
                #expect(name.hasSuffix(activation == .sigmoid ? "= σ" : activation == .linear ? "= id" : "= " + name.split(separator: " ").last!))
                #expect(activation == .sigmoid || !name.contains("σ"), "\(name)")
            case .target:
                #expect(scene.textRuns.filter { $0.owner == "node-\(shown)" }.count == 2, "a target shows no gradient")
                #expect(!paths.contains { $0.id?.hasPrefix("edge-\(shown)-") == true && $0.id!.hasSuffix("-backward") })
            default:
                break
            }
        }
        for forward in paths where forward.id?.hasSuffix("-forward") == true {
            let parts = forward.id!.split(separator: "-")
            let (source, reader) = (Int(parts[1])!, Int(parts[2])!)
            // Forward from the source's right side into the reader's left side.
            #expect(abs(forward.start.x - (try box(source)).maxX) < 0.01)
            #expect(abs(forward.segments.last!.end.x - (try box(reader)).minX) < 0.01)
            guard let backward = paths.first(where: { $0.id == "edge-\(source)-\(reader)-backward" }) else { continue }
            // The backward edge runs beside the forward one, segment by segment parallel, and ends in the source.
            let ahead = [forward.start] + forward.segments.map(\.end)
            let back = Array(([backward.start] + backward.segments.map(\.end)).reversed())
            #expect(ahead.count == back.count)
            for i in 1..<ahead.count {
                let (dx1, dy1) = (ahead[i].x - ahead[i - 1].x, ahead[i].y - ahead[i - 1].y)
                let (dx2, dy2) = (back[i].x - back[i - 1].x, back[i].y - back[i - 1].y)
                #expect(abs(dx1 * dy2 - dy1 * dx2) < 1e-6 * max(1, dx1 * dx1 + dy1 * dy1), "\(forward.id!) segment \(i)")
            }
            #expect(abs(backward.segments.last!.end.x - (try box(source)).maxX) < 0.01)
            let sourceFrame = try box(source)
            #expect(backward.segments.last!.end.y > sourceFrame.minY && backward.segments.last!.end.y < sourceFrame.maxY)
        }
        // Fan-in is spread: no two arrowheads end on the same point of a box.
        let ends = paths.map { $0.segments.last!.end }
        #expect(Set(ends.map { "\($0.x),\($0.y)" }).count == ends.count)
    }

    @Test func theLayerGraphFoldsIntoBandsAndWritesSizesAsRowsByColumns() throws {
        let scene = try GraphFigure(walkthrough: ExampleNetwork.mnist.walkthrough).scene(testContext(.english))
        let texts = scene.textRuns.map(\.text)
        #expect(texts.contains("30 × 784") && texts.contains("784 × 1") && texts.contains("10 × 30"))
        #expect(scene.width < 2 * scene.height * 16 / 9, "\(scene.width)×\(scene.height) is folded")
        let deep = try GraphFigure(walkthrough: ExampleNetwork.deepTanh.walkthrough).scene(testContext(.spanish))
        #expect(deep.textRuns.map(\.text).contains("a⁽²⁾ = tanh") && deep.width < 2.2 * deep.height * 16 / 9)
    }

    @Test(arguments: [FigureKind.network, .forward, .backward, .update])
    func aCrowdedLayerPairLabelsOnlyItsStrongestConnectionsAndSaysSo(kind: FigureKind) throws {
        let scene = try kind.scene(walkthrough: ExampleNetwork.sigmoid3442.walkthrough, context: testContext(.english))
        // A label may take two lines ("before" over "→ after"): the edges are counted, not the lines.
        func labelledEdges(_ layer: Int) -> Int {
            Set(scene.textRuns.compactMap(\.owner).filter { $0.hasPrefix("edge-\(layer)-") }).count
        }
        #expect(labelledEdges(1) == 6, "4 × 4 drawn connections between the hidden layers, 6 labelled")
        #expect(scene.textRuns.contains {
            $0.text == "Between Layer 2 (hidden) and Layer 3 (hidden), only the 6 of the 16 drawn connections with the largest numbers in absolute value are labelled"
        })
        // The 3 × 4 and 4 × 2 pairs are labelled in full.
        #expect(labelledEdges(0) == 12)
        #expect(labelledEdges(2) == 8)
    }

    @Test func forwardAndBackwardDifferInColourAndLineStyle() throws {
        for theme in Theme.all {
            #expect(theme.forwardStroke.color != theme.backwardStroke.color)
            #expect(theme.forwardStroke.dash.isEmpty && !theme.backwardStroke.dash.isEmpty)
        }
        let walkthrough = ExampleNetwork.seed004.walkthrough
        let forward = try FigureKind.forward.scene(walkthrough: walkthrough, context: testContext(.english))
        let backward = try FigureKind.backward.scene(walkthrough: walkthrough, context: testContext(.english))
        let edge = NetworkLayout.edgeID(parameterLayer: 1, row: 0, column: 0)
        let forwardPath = try #require(paths(forward).first { $0.id == edge })
        let backwardPath = try #require(paths(backward).first { $0.id == edge })
        #expect(forwardPath.arrowAtEnd && backwardPath.arrowAtEnd)
        #expect(forwardPath.segments.last!.end.x > forwardPath.start.x, "forward arrows point right")
        #expect(backwardPath.segments.last!.end.x < backwardPath.start.x, "backward arrows point left")
    }

    @Test func neuronsAreNamedWithSubAndSuperscripts() throws {
        let scene = try FigureKind.network.scene(
            walkthrough: ExampleNetwork.seed004.walkthrough, context: testContext(.spanish))
        let texts = Set(scene.textRuns.map(\.text))
        #expect(texts.isSuperset(of: ["x₁", "x₂", "a₁⁽²⁾", "a₂⁽²⁾", "a₁⁽³⁾", "Capa 1 (entrada)", "Capa 2 (oculta)", "Capa 3 (salida)"]))
    }

    private func paths(_ scene: Scene) -> [Path] {
        scene.items.compactMap { if case .path(let path) = $0 { path } else { nil } }
    }
}

@Suite struct ReadabilityCheckTests {
    private func label(_ text: String, at rect: Rect, owner: String? = nil) -> SceneItem {
        .text(TextRun(
            text: text, origin: Point(x: rect.minX, y: rect.maxY), font: FontStyle(size: 10),
            color: Color(hex: 0), bounds: rect, owner: owner))
    }

    @Test func theCheckerFindsEveryKindOfProblem() {
        let line = SceneItem.path(Path(
            id: "edge", start: Point(x: 0, y: 50), segments: [.line(to: Point(x: 100, y: 50))],
            stroke: Stroke(color: Color(hex: 0), width: 1)))
        let curve = SceneItem.path(Path(
            id: "curve", start: Point(x: 0, y: 90),
            segments: [.curve(control1: Point(x: 30, y: 60), control2: Point(x: 70, y: 60), to: Point(x: 100, y: 90))],
            stroke: Stroke(color: Color(hex: 0), width: 1)))
        let circle = SceneItem.circle(Circle(center: Point(x: 150, y: 50), radius: 10, fill: nil, stroke: nil, id: "n"))
        let readable = Scene(width: 200, height: 100, background: nil, items: [
            line, curve, circle, label("own", at: Rect(x: 10, y: 45, width: 20, height: 10), owner: "edge"),
            label("in", at: Rect(x: 146, y: 47, width: 8, height: 6), owner: "n"),
        ])
        #expect(readabilityProblems(readable) == [])
        let unreadable = Scene(width: 200, height: 100, background: nil, items: [
            line, curve, circle,
            label("on a foreign line", at: Rect(x: 40, y: 45, width: 20, height: 10)),
            label("overlapping", at: Rect(x: 50, y: 40, width: 20, height: 8)),
            label("on the curve", at: Rect(x: 45, y: 64, width: 10, height: 6)),
            label("on the circle", at: Rect(x: 135, y: 30, width: 10, height: 15)),
            label("off the canvas", at: Rect(x: 190, y: 0, width: 20, height: 10)),
        ])
        let problems = readabilityProblems(unreadable).joined(separator: "\n")
        // Two crossing lines: a label of one beside the crossing, and a label nearer the other line.
        let down = SceneItem.path(Path(
            id: "down", start: Point(x: 0, y: 0), segments: [.line(to: Point(x: 200, y: 200))],
            stroke: Stroke(color: Color(hex: 0), width: 1)))
        let up = SceneItem.path(Path(
            id: "up", start: Point(x: 0, y: 200), segments: [.line(to: Point(x: 200, y: 0))],
            stroke: Stroke(color: Color(hex: 0), width: 1)))
        let crossing = Scene(width: 200, height: 200, background: nil, items: [
            down, up, label("at the crossing", at: Rect(x: 104, y: 98, width: 4, height: 4), owner: "down"),
        ])
        let crossingProblems = readabilityProblems(crossing).joined(separator: "\n")
        #expect(crossingProblems.contains("\"at the crossing\" is about as near to path up as to its own down"))
        #expect(crossingProblems.contains("\"at the crossing\" is ") && crossingProblems.contains("from a crossing"))
        // Two parallel lines 30 apart, each labelled "0" beside the other's label; an arrow whose
        // label sits on its head.
        func horizontal(_ id: String, y: Double, arrow: Bool = false) -> SceneItem {
            .path(Path(
                id: id, start: Point(x: 0, y: y), segments: [.line(to: Point(x: 200, y: y))],
                stroke: Stroke(color: Color(hex: 0), width: 1), arrowAtEnd: arrow))
        }
        let twins = Scene(width: 220, height: 200, background: nil, items: [
            horizontal("a", y: 40), horizontal("b", y: 70), horizontal("c", y: 150, arrow: true),
            label("0", at: Rect(x: 100, y: 35, width: 7, height: 10), owner: "a"),
            label("0", at: Rect(x: 100, y: 65, width: 7, height: 10), owner: "b"),
            label("0.5", at: Rect(x: 185, y: 145, width: 20, height: 10), owner: "c"),
        ])
        let twinProblems = readabilityProblems(twins).joined(separator: "\n")
        #expect(twinProblems.contains("\"0\" of a is 20.0 from the same text of b"), "\(twinProblems)")
        #expect(twinProblems.contains("\"0.5\" touches the arrowhead of c"), "\(twinProblems)")
        for expected in ["\"on a foreign line\" sits on path edge", "\"on a foreign line\" overlaps \"overlapping\"",
                         "\"on the curve\" sits on path curve", "\"on the circle\" sits on circle n",
                         "\"off the canvas\" leaves the canvas"] {
            #expect(problems.contains(expected), "\(expected)")
        }
    }
}
