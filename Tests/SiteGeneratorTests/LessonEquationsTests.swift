import BackpropEngine
import ExampleFile
import LessonFormatting
import LessonMath
import SiteGenerator
import Testing

@Suite struct LessonEquationsTests {
    @Test func stepByStepShowsEveryStageOfTheForwardPass() throws {
        let walkthrough = try Fixtures.stepByStep.walkthrough()
        let step = walkthrough.steps[0]
        let format = NumberFormat(precision: 4, language: .english)
        let equations = LessonEquations(step: step, examples: walkthrough.examples, settings: walkthrough.settings, format: format)
        let outputLayer = try #require(equations.forward.first?.layers.last)
        #expect(outputLayer.weightedInput.lines.map(\.stage) == [.symbolic, .numbers, .result])
        #expect(outputLayer.weightedInput.markup.contains(format.string(step.forwardPasses[0].output[0])))
        #expect(equations.batchCost == nil)
        #expect(equations.layers.allSatisfy { $0.biasUpdate == nil })
    }

    /// The first step starts from the teacher's network: BP2's transposed weights are written as the
    /// example file writes them (0.14), like the forward pass's, not to the working precision (0.1400).
    @Test func bp2WritesTheGivenWeightsAsGiven() throws {
        let example = try Example.load(from: ExercisesSectionTests.examples.appendingPathComponent("paso-a-paso.yaml").path)
        let walkthrough = try example.walkthrough()
        let format = NumberFormat(precision: 4, language: .english).giving(example.givenValues)
        let equations = LessonEquations(step: walkthrough.steps[0], examples: walkthrough.examples, settings: walkthrough.settings, format: format)
        let bp2 = try #require(equations.backward.first?.hiddenErrors.first?.error.markup)
        #expect(bp2.contains(">0.14</mn>") && bp2.contains(">0.15</mn>"), "\(bp2)")
        #expect(!bp2.contains(">0.1400</mn>"))
    }

    @Test func batchWithRegularizationAveragesAndAddsLambdaW() throws {
        let walkthrough = try Fixtures.sigmoidBatch.walkthrough()
        let format = NumberFormat(precision: 4, language: .english)
        let equations = LessonEquations(
            step: walkthrough.steps[0], examples: walkthrough.examples, settings: walkthrough.settings, format: format)
        #expect(equations.forward.count == 4)
        #expect(equations.backward.allSatisfy { $0.hiddenErrors.count == 1 })
        let weightGradient = try #require(equations.layers.first?.weightGradient.markup)
        #expect(weightGradient.contains("<mi>λ</mi>"))
        #expect(weightGradient.contains(format.string(walkthrough.steps[0].gradient.weights[0][0, 0])))
        let cost = try #require(equations.batchCost?.markup)
        #expect(cost.contains(format.string(walkthrough.steps[0].cost.total)))
    }

    @Test func aBatchSumIsWrittenOneExamplePerLine() throws {
        let walkthrough = try Fixtures.sigmoidBatch.walkthrough()
        let equations = LessonEquations(
            step: walkthrough.steps[0], examples: walkthrough.examples, settings: walkthrough.settings,
            format: NumberFormat(precision: 4, language: .english))
        let m = walkthrough.examples.count
        for layer in equations.layers {
            // 1/m (δ₁a₁ᵀ, then + δₓaₓᵀ for each other example, then + λW and the bracket closed.
            let weightLines = layer.weightGradient.lines.filter { $0.stage == .numbers }
            #expect(weightLines.count == m + 2)
            #expect(weightLines.map(\.continues) == [false] + Array(repeating: true, count: m) + [false])
            #expect(Self.text(of: weightLines[m].expression).hasSuffix(")"))
            #expect(layer.weightGradient.markup.components(separatedBy: "<mtr class=\"numbers continued\">").count - 1 == m)
            let biasLines = layer.biasGradient.lines.filter { $0.stage == .numbers }
            #expect(biasLines.map(\.continues) == [false] + Array(repeating: true, count: m - 1))
        }
    }

    /// The operators of a formula in order, e.g. "(+)" for 1/m ( a + b ).
    static func text(of formula: MathML) -> String {
        switch formula {
        case .operator(let symbol): symbol
        case .row(let items): items.map(text(of:)).joined()
        default: ""
        }
    }

    @Test func crossEntropyAfterSoftmaxUsesTheSimplifiedOutputError() throws {
        let walkthrough = try Fixtures.softmax.walkthrough()
        let equations = LessonEquations(
            step: walkthrough.steps[0], examples: walkthrough.examples, settings: walkthrough.settings,
            format: NumberFormat(precision: 3, language: .spanish))
        #expect(equations.outputErrorSimplified)
        #expect(equations.backward[0].costGradient == nil)
    }
}
