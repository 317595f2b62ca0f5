import Testing
@testable import BackpropEngine

@Suite struct TrainingTests {
    @Test func xorLearnsOverEpochs() {
        let network = Network.random(
            layerSizes: [2, 3, 1], activations: [.tanh, .sigmoid], seed: 5, biases: [[0.1, -0.1, 0.2], [0]])
        let history = TrainingHistory(
            network: network, examples: GradientStepTests.batch,
            settings: TrainingSettings(loss: .crossEntropy, learningRate: 1, regularization: 0.001), epochs: 2000)
        #expect(history.costs.count == 2001)
        #expect(history.divergedAtEpoch == nil)
        #expect(history.costs.last! < 0.1 * history.costs.first!)
        let predictions = GradientStepTests.batch.map { ForwardPass(network: history.finalNetwork, input: $0.input).output[0] }
        #expect(zip(predictions, GradientStepTests.batch).allSatisfy { abs($0 - $1.target[0]) < 0.2 })
    }

    @Test func divergenceIsRecordedAtItsEpoch() {
        let network = Network(
            layerSizes: [1, 1], activations: [.linear], weights: [Matrix([[1]])], biases: [[0]])
        let history = TrainingHistory(
            network: network, examples: [TrainingExample(input: [10], target: [1])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 10), epochs: 1000)
        let epoch = try! #require(history.divergedAtEpoch)
        #expect(epoch > 1 && epoch < 1000)
        #expect(history.costs.count == epoch)
        #expect(history.costs.allSatisfy { $0.isFinite })
        #expect(history.divergence != nil)
    }

    @Test func walkthroughStepsContinueFromEachOther() throws {
        let walkthrough = try Walkthrough(
            network: WorkedExampleTests.pasoAPaso, examples: [TrainingExample(input: [2, 3], target: [1])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.05, updateBiases: false),
            steps: 3, epochs: 10)
        #expect(walkthrough.steps.count == 3)
        for (before, after) in zip(walkthrough.steps, walkthrough.steps.dropFirst()) {
            #expect(after.network == before.updatedNetwork)
            #expect(after.cost == before.costAfter)
        }
        // The worked steps are the first epochs of the training history.
        for (index, step) in walkthrough.steps.enumerated() {
            #expect(BatchAgreement.relativeDifference(walkthrough.history.costs[index + 1], step.costAfter.total) <= 1e-12)
        }
        #expect(walkthrough.gradientCheck().passed)
    }
}
