import BackpropEngine
import FigureLayout
import LessonFormatting
import Testing

/// The numbers on the figures are the walkthrough's, written as the page language writes them.
@Suite struct FigureNumbersTests {
    let walkthrough = ExampleNetwork.seed004.walkthrough

    private func texts(_ kind: FigureKind, _ language: Language) throws -> [String] {
        try kind.scene(walkthrough: walkthrough, context: testContext(language)).textRuns.map(\.text)
    }

    @Test func seed004ForwardShowsThePrediction() throws {
        #expect(try texts(.forward, .spanish).contains("Predicción = 0,1910"))
        #expect(try texts(.forward, .english).contains("Prediction = 0.1910"))
        #expect(try texts(.forward, .spanish).contains("a = 0,1910"))
    }

    @Test func seed004BackwardShowsTheOutputErrorAndCost() throws {
        #expect(try texts(.backward, .spanish).contains("δ = −0,8090"))
        #expect(try texts(.backward, .spanish).contains("Coste C = 0,3272"))
    }

    @Test(arguments: Language.allCases)
    func everyDrawnEdgeCarriesItsNumberFromTheWalkthrough(language: Language) throws {
        let context = testContext(language)
        let format = NumberFormat(precision: 4, language: language)
        let step = walkthrough.steps[0]
        func expected(_ kind: FigureKind, _ i: Int, _ j: Int, _ k: Int) -> String {
            switch kind {
            case .backward: format.string(step.gradient.weights[i][j, k])
            case .update:
                format.string(step.network.weights[i][j, k]) + " → " + format.string(step.updatedNetwork.weights[i][j, k])
            default: format.string(step.network.weights[i][j, k])
            }
        }
        for kind in [FigureKind.network, .forward, .backward, .update] {
            let runs = try kind.scene(walkthrough: walkthrough, context: context).textRuns
            for i in 0..<step.network.parameterLayerCount {
                for j in 0..<step.network.weights[i].rows {
                    for k in 0..<step.network.weights[i].columns {
                        let owner = NetworkLayout.edgeID(parameterLayer: i, row: j, column: k)
                        let labels = runs.filter { $0.owner == owner }
                        #expect(labels.map(\.text) == [expected(kind, i, j, k)], "\(kind) \(owner)")
                        #expect(labels.allSatisfy { $0.backdrop != nil })
                    }
                }
            }
        }
    }

    @Test func seed004UpdateShowsPredictionAndCostBeforeAndAfter() throws {
        let step = walkthrough.steps[0]
        let format = NumberFormat(precision: 4, language: .spanish)
        let shown = try texts(.update, .spanish)
        #expect(shown.contains("Antes: " + format.string(step.forwardPasses[0].output[0])))
        #expect(shown.contains("Después: " + format.string(step.forwardPassesAfter[0].output[0])))
        #expect(shown.contains("Después: 0,2557"), "seed 004: after one update the prediction is 0.2557")
        // η is a value the teacher gives; without the file's text it is written with 4 significant digits.
        #expect(shown.contains("Tasa de aprendizaje η = 0,05000"))
        #expect(shown.contains("Coste C: \(format.string(step.cost.total)) → \(format.string(step.costAfter.total))"))
    }

    @Test func graphNodesShowValueAndGradientOfTheScalarGraph() throws {
        let graph = walkthrough.graph
        let format = NumberFormat(precision: 4, language: .english)
        let shown = try texts(.graph, .english)
        // seed 004 has no biases, so its figure draws no bias nodes.
        for node in graph.nodes {
            if case .bias = node.operation { continue }
            #expect(shown.contains(format.string(node.value)))
            if case .target = node.operation { continue }
            #expect(shown.contains("grad " + format.string(node.gradient)))
        }
        #expect(!shown.contains("grad " + format.string(graph.nodes.first { $0.operation == .target(neuron: 0) }!.gradient)),
                "a target carries no gradient")
        #expect(shown.filter { $0 == "×" }.count == 6)
    }

    @Test func batchFiguresSayWhichExampleTheyShow() throws {
        let xor = ExampleNetwork.xorBatch.walkthrough
        let forward = try FigureKind.forward.scene(walkthrough: xor, context: testContext(.english)).textRuns.map(\.text)
        #expect(forward.contains("All values are for example 1 (of 4)"))
        let backward = try FigureKind.backward.scene(walkthrough: xor, context: testContext(.english)).textRuns.map(\.text)
        #expect(backward.contains { $0.hasPrefix("All values are for example 1 (of 4)") })
        #expect(backward.contains { $0.hasPrefix("Cost of example 1 = ") })
        #expect(!backward.contains { $0.hasPrefix("Cost C = ") })
        let seed = try texts(.forward, .english)
        #expect(!seed.contains { $0.hasPrefix("All values are for example 1") })
    }
}
