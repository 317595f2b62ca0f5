import BackpropEngine
import FigureLayout
import LessonFormatting
import Testing

@Suite struct LossCurveFigureTests {
    private func curve(_ scene: Scene) -> Path? {
        scene.items.lazy.compactMap { if case .path(let path) = $0, path.id == "loss-curve" { path } else { nil } }.first
    }

    @Test func theCurveHasOnePointPerEpochAndMarksTheWorkedSteps() throws {
        let walkthrough = ExampleNetwork.sigmoidWithBiases.walkthrough
        let scene = try FigureKind.loss.scene(walkthrough: walkthrough, context: testContext(.spanish))
        let path = try #require(curve(scene))
        #expect(path.segments.count == walkthrough.history.costs.count - 1)
        let markers = scene.items.filter { if case .circle(let c) = $0 { c.id?.hasPrefix("worked-step-") == true } else { false } }
        #expect(markers.count == walkthrough.steps.count + 1)
        let texts = scene.textRuns.map(\.text)
        #expect(texts.contains("Época") && texts.contains("Coste"))
        #expect(readabilityProblems(scene) == [])
    }

    @Test(arguments: Language.allCases)
    func aFlatCurveGetsARealAxis(language: Language) throws {
        let flat = ExampleNetwork.seed004(learningRate: 0, epochs: 10)
        let scene = try FigureKind.loss.scene(walkthrough: flat, context: testContext(language))
        let path = try #require(curve(scene))
        #expect(Set(path.points.map(\.y)).count == 1, "a flat cost is a horizontal line")
        #expect(scene.canvas.contains(scene.contentBounds!))
        #expect(readabilityProblems(scene) == [])
    }

    @Test func divergenceIsNotedInsteadOfDrawn() throws {
        let diverging = ExampleNetwork.seed004(learningRate: 1, epochs: 600)
        let epoch = try #require(diverging.history.divergedAtEpoch)
        for language in Language.allCases {
            let scene = try FigureKind.loss.scene(walkthrough: diverging, context: testContext(language))
            let note = language == .spanish ? "diverge en la época \(epoch)" : "diverges at epoch \(epoch)"
            #expect(scene.textRuns.contains { $0.text == note })
            #expect(scene.textRuns.allSatisfy { $0.text.count < 60 }, "no runaway tick labels")
            #expect(readabilityProblems(scene) == [])
        }
    }

    /// Found by fuzzing: cost labels so wide that no epoch labels fit made the axis coarsen until its
    /// ticks overflowed `Int`. The coarsest axis is one interval.
    @Test func hugeCostsStillGiveAnEpochAxis() throws {
        let network = Network(layerSizes: [1, 1], activations: [.linear], weights: [Matrix([[1e50]])], biases: [[0]])
        let walkthrough = try Walkthrough(
            network: network, examples: [TrainingExample(input: [1e50], target: [0])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 1e-300), steps: 1, epochs: 5)
        let scene = try FigureKind.loss.scene(walkthrough: walkthrough, context: testContext(.english))
        #expect(scene.textRuns.contains { $0.text == "0" })
    }
}
