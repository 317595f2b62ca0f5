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
        #expect(texts.isSuperset(of: ["x₁", "x₂", "a₁⁽²⁾", "a₂⁽²⁾", "a₁⁽³⁾", "Entrada", "Capa oculta 1", "Salida"]))
    }

    private func paths(_ scene: Scene) -> [Path] {
        scene.items.compactMap { if case .path(let path) = $0 { path } else { nil } }
    }
}
