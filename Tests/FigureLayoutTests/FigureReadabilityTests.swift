import BackpropEngine
import FigureLayout
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

    @Test(arguments: FigureKind.allCases)
    func largeLayersAreElidedIntoABoundedFigure(kind: FigureKind) throws {
        let scene = try kind.scene(walkthrough: ExampleNetwork.mnist.walkthrough, context: testContext(.spanish))
        #expect(scene.width <= 2400 && scene.height <= 1600, "\(kind) is \(scene.width)×\(scene.height)")
        guard kind != .loss, kind != .graph else { return }
        let texts = scene.textRuns.map(\.text)
        #expect(texts.contains("780 neuronas no mostradas"))
        #expect(texts.contains("26 neuronas no mostradas"))
        #expect(texts.contains("6 neuronas no mostradas"))
        #expect(texts.filter { $0 == "⋮" }.count == 3)
    }

    @Test func theLargeNetworkGraphIsDrawnPerLayer() throws {
        #expect(!GraphFigure(walkthrough: ExampleNetwork.mnist.walkthrough).isScalar)
        #expect(!GraphFigure(walkthrough: ExampleNetwork.deepTanh.walkthrough).isScalar)
        #expect(GraphFigure(walkthrough: ExampleNetwork.seed004.walkthrough).isScalar)
        let scene = try FigureKind.graph.scene(walkthrough: ExampleNetwork.mnist.walkthrough, context: testContext(.english))
        let names = scene.textRuns.map(\.text)
        #expect(names.contains("W⁽²⁾") && names.contains("a⁽³⁾ = σ") && names.contains("C"))
    }

    @Test func aLargeScalarGraphIsFoldedIntoAReadableFigureAboutAsTallAsItIsWide() throws {
        let network = Network.random(layerSizes: [2, 6, 6, 1], activations: [.sigmoid, .sigmoid, .sigmoid], seed: 4)
        let walkthrough = try Walkthrough(
            network: network, examples: [TrainingExample(input: [0.5, -0.25], target: [1])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.5), steps: 1, epochs: 1)
        let figure = GraphFigure(walkthrough: walkthrough, scalarNodeLimit: .max)
        #expect(figure.isScalar)
        let scene = try figure.scene(testContext(.english))
        #expect(readabilityProblems(scene) == [])
        // Unfolded, the column of the 36 weights of layer 3 and the activations before them is
        // 42 boxes tall, about 2600 units.
        #expect(scene.height <= scene.width * 1.1, "\(scene.width)×\(scene.height)")
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
        for expected in ["\"on a foreign line\" sits on path edge", "\"on a foreign line\" overlaps \"overlapping\"",
                         "\"on the curve\" sits on path curve", "\"on the circle\" sits on circle n",
                         "\"off the canvas\" leaves the canvas"] {
            #expect(problems.contains(expected), "\(expected)")
        }
    }
}
