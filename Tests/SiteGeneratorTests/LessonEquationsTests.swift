import BackpropEngine
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

    @Test func crossEntropyAfterSoftmaxUsesTheSimplifiedOutputError() throws {
        let walkthrough = try Fixtures.softmax.walkthrough()
        let equations = LessonEquations(
            step: walkthrough.steps[0], examples: walkthrough.examples, settings: walkthrough.settings,
            format: NumberFormat(precision: 3, language: .spanish))
        #expect(equations.outputErrorSimplified)
        #expect(equations.backward[0].costGradient == nil)
    }
}
