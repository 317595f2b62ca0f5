import Testing
@testable import BackpropEngine

/// The engine against public worked examples.
@Suite struct WorkedExampleTests {
    /// "Backpropagation paso a paso" (seed 004): 2-2-1, linear, no biases, η = 0.05, x = [2, 3], y = 1.
    static let pasoAPaso = Network(
        layerSizes: [2, 2, 1], activations: [.linear, .linear],
        weights: [Matrix([[0.11, 0.21], [0.12, 0.08]]), Matrix([[0.14, 0.15]])],
        biases: [[0, 0], [0]])

    @Test func pasoAPasoForwardPassAndError() throws {
        let step = try GradientStep(
            index: 0, network: Self.pasoAPaso, examples: [TrainingExample(input: [2, 3], target: [1])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.05, updateBiases: false))
        #expect(abs(step.forwardPasses[0].activations[0][0] - 0.85) < 1e-12)
        #expect(abs(step.forwardPasses[0].activations[0][1] - 0.48) < 1e-12)
        #expect(abs(step.forwardPasses[0].output[0] - 0.191) < 1e-12)
        #expect(abs(step.cost.total - 0.327) < 5e-4)
        #expect(abs(step.backwardPasses[0].errors[1][0] - (-0.809)) < 1e-12)
    }

    @Test func pasoAPasoUpdateMovesPredictionTo026() throws {
        let step = try GradientStep(
            index: 0, network: Self.pasoAPaso, examples: [TrainingExample(input: [2, 3], target: [1])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.05, updateBiases: false))
        // The post's new weights, rounded to two decimals: w1..w6 = 0.12, 0.23, 0.13, 0.10, 0.17, 0.17.
        let hidden = step.updatedNetwork.weights[0], output = step.updatedNetwork.weights[1]
        let posted: [(Double, Double)] = [
            (hidden[0, 0], 0.12), (hidden[0, 1], 0.23), (hidden[1, 0], 0.13), (hidden[1, 1], 0.10),
            (output[0, 0], 0.17), (output[0, 1], 0.17),
        ]
        for (computed, rounded) in posted { #expect(abs(computed - rounded) <= 0.005) }
        #expect(abs(step.forwardPassesAfter[0].output[0] - 0.2557) < 5e-5)
        #expect(step.costAfter.total < step.cost.total)
    }

    /// Matt Mazur, "A Step by Step Backpropagation Example" (2015): 2-2-2 sigmoid with biases,
    /// η = 0.5, biases not updated.
    @Test func mazurSigmoidExample() throws {
        let network = Network(
            layerSizes: [2, 2, 2], activations: [.sigmoid, .sigmoid],
            weights: [Matrix([[0.15, 0.20], [0.25, 0.30]]), Matrix([[0.40, 0.45], [0.50, 0.55]])],
            biases: [[0.35, 0.35], [0.60, 0.60]])
        let step = try GradientStep(
            index: 0, network: network, examples: [TrainingExample(input: [0.05, 0.10], target: [0.01, 0.99])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.5, updateBiases: false))
        #expect(abs(step.forwardPasses[0].output[0] - 0.75136507) < 1e-8)
        #expect(abs(step.forwardPasses[0].output[1] - 0.772928465) < 1e-8)
        #expect(abs(step.cost.total - 0.298371109) < 1e-9)
        let output = step.updatedNetwork.weights[1], hidden = step.updatedNetwork.weights[0]
        #expect(abs(output[0, 0] - 0.35891648) < 1e-8)
        #expect(abs(output[0, 1] - 0.408666186) < 1e-8)
        #expect(abs(output[1, 0] - 0.511301270) < 1e-8)
        #expect(abs(output[1, 1] - 0.561370121) < 1e-8)
        #expect(abs(hidden[0, 0] - 0.149780716) < 1e-8)
        #expect(abs(hidden[0, 1] - 0.19956143) < 1e-8)
        #expect(abs(hidden[1, 0] - 0.24975114) < 1e-8)
        #expect(abs(hidden[1, 1] - 0.29950229) < 1e-8)
        #expect(step.updatedNetwork.biases == network.biases)
    }
}
