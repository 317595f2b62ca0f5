import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting
import SiteGenerator
import Testing
@testable import BackpropSiteCLI

@Suite struct TraceOutputTests {
    /// Seed 004, "Backpropagation paso a paso", as shipped.
    static let pasoAPaso = try! Example.load(
        from: CommandLineTests.root.appendingPathComponent("Examples/paso-a-paso.yaml").path)

    @Test func tableShowsEveryStageWithTheEnginesNumbers() throws {
        let text = TraceTable(example: Self.pasoAPaso, walkthrough: try Self.pasoAPaso.walkthrough()).text
        #expect(text.contains("layer 3  z⁽³⁾ = [0.1910]  a⁽³⁾ = [0.1910]"))
        #expect(text.contains("layer 2  z⁽²⁾ = [0.8500, 0.4800]"))
        #expect(text.contains("Cost C = 0.3272"))
        #expect(text.contains("layer 3  δ⁽³⁾ = [-0.8090]  (BP1)"))
        #expect(text.contains("layer 2  δ⁽²⁾ = [-0.1133, -0.1213]  (BP2)"))
        #expect(text.contains("layer 3  ∂C/∂W⁽³⁾ = [[-0.6877, -0.3883]]"))
        #expect(text.contains("layer 3  W⁽³⁾ = [[0.1744, 0.1694]]"))
        #expect(text.contains("(prediction [0.2557])"))
        #expect(text.contains("biases not updated"))
        #expect(text.contains("η = 0.05 · λ = 0"))
        #expect(text.contains("x = [2, 3], y = [1]"))
    }

    @Test func jsonHasTheDocumentedShapeAndFullPrecision() throws {
        let walkthrough = try Self.pasoAPaso.walkthrough()
        let text = TraceJSON(example: Self.pasoAPaso, walkthrough: walkthrough).encoded()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["id"] as? String == "paso-a-paso")
        let steps = try #require(root["steps"] as? [[String: Any]])
        #expect(steps.count == 1)
        #expect(steps[0]["loss"] as? Double == walkthrough.steps[0].cost.total)
        #expect(steps[0]["loss_after"] as? Double == walkthrough.steps[0].costAfter.total)
        let layers = try #require(steps[0]["layers"] as? [[String: Any]])
        #expect(layers.count == 2)
        let keys: Set<String> = [
            "z", "a", "delta", "weights", "biases", "weight_gradient", "bias_gradient", "updated_weights",
            "updated_biases",
        ]
        #expect(Set(layers[0].keys) == keys)
        #expect((layers[1]["a"] as? [[Double]])?.count == 1)
        // Foundation's JSON parser on Linux rounds some doubles, so full precision is checked on the
        // text: every number is written so that it reads back as exactly the engine's value.
        let step = walkthrough.steps[0]
        let exactRows = [step.forwardPasses[0].output] + step.forwardPasses[0].weightedInputs
            + step.updatedNetwork.weights[1].rowArrays + step.gradient.weights[0].rowArrays
        for row in exactRows {
            #expect(text.contains("[" + row.map { "\($0)" }.joined(separator: ", ") + "]"))
        }
        #expect(text.contains("\"loss_after\": \(step.costAfter.total),"))
    }

    @Test func jsonIsDeterministic() throws {
        let walkthrough = try Self.pasoAPaso.walkthrough()
        let first = TraceJSON(example: Self.pasoAPaso, walkthrough: walkthrough).encoded()
        let second = TraceJSON(example: Self.pasoAPaso, walkthrough: try Self.pasoAPaso.walkthrough()).encoded()
        #expect(first == second)
    }
}
