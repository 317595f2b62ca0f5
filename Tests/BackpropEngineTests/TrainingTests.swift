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
        #expect(epoch >= 1 && epoch < 1000)
        #expect(history.costs.count == epoch)
        #expect(history.costs.allSatisfy { $0.isFinite })
        #expect(history.divergence != nil)
    }

    /// Issue 10, item 3: a cost that grows past 1000 × max(C₀, 1) while staying finite is divergence
    /// too, recorded at the epoch it happens, not "the cost keeps falling".
    @Test func aCostThatExplodesIsDivergence() throws {
        let network = Network(
            layerSizes: [2, 2, 1], activations: [.sigmoid, .linear], weights: [Matrix([[0.1, 0.2], [0.3, 0.4]]), Matrix([[0.5, 0.6]])],
            biases: [[0, 0], [0]])
        let history = TrainingHistory(
            network: network, examples: [TrainingExample(input: [0, 1], target: [1]), TrainingExample(input: [1, 0], target: [0])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 1e5), epochs: 100)
        #expect(history.divergedAtEpoch == 1)
        #expect(history.costs.count == 1)
        guard case .costExploded(let cost, let limit)? = history.divergence else {
            Issue.record("expected an exploded cost, got \(String(describing: history.divergence))")
            return
        }
        #expect(cost.isFinite && cost > limit)
        #expect(limit == 1000)
    }

    @Test func aSlowlyRisingCostIsNotDivergence() {
        // From C₀ = 0.5 the limit is 1000 × max(0.5, 1) = 1000.
        #expect(TrainingHistory.divergenceLimit(startingCost: 0.5) == 1000)
        #expect(TrainingHistory.divergenceLimit(startingCost: 3) == 3000)
    }

    /// `check`'s batch-only path reports an overflow in a worked step as the walkthrough does: the
    /// quantity, layer, neuron and example, found by taking the step again one example at a time.
    @Test(arguments: [1, 3])
    func trainingCheckNamesAnOverflowAsTheWalkthroughDoes(steps: Int) {
        let huge = Network(
            layerSizes: [1, 2, 1], activations: [.linear, .linear],
            weights: [Matrix([[1], [1e154]]), Matrix([[1, 1e154]])], biases: [[0, 0], [0]])
        let examples = [TrainingExample(input: [0.5], target: [0]), TrainingExample(input: [10], target: [0])]
        let settings = TrainingSettings(loss: .halfSquaredError, learningRate: 0.1)
        #expect(throws: NonFiniteValue.self) {
            try Walkthrough(network: huge, examples: examples, settings: settings, steps: steps, epochs: 5)
        }
        var expected: NonFiniteValue?
        do { _ = try Walkthrough(network: huge, examples: examples, settings: settings, steps: steps, epochs: 5) } catch { expected = error }
        #expect(throws: expected!) {
            try TrainingCheck(network: huge, examples: examples, settings: settings, steps: steps, epochs: 5)
        }
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
