import Foundation
import Testing
@testable import BackpropEngine

@Suite struct GradientStepTests {
    static let batch = [
        TrainingExample(input: [0, 0], target: [0]), TrainingExample(input: [0, 1], target: [1]),
        TrainingExample(input: [1, 0], target: [1]), TrainingExample(input: [1, 1], target: [0]),
    ]
    static let network = Network.random(layerSizes: [2, 3, 1], activations: [.sigmoid, .sigmoid], seed: 3, biases: [[0.1, -0.2, 0.3], [0.05]])

    @Test func batchGradientIsTheMeanOfPerExampleGradients() throws {
        let settings = TrainingSettings(loss: .halfSquaredError, learningRate: 0.5)
        let batchStep = try GradientStep(index: 0, network: Self.network, examples: Self.batch, settings: settings)
        let single = try Self.batch.map { try GradientStep(index: 0, network: Self.network, examples: [$0], settings: settings) }
        for i in 0..<Self.network.parameterLayerCount {
            let mean = (1.0 / 4) * single.map { $0.gradient.weights[i] }.reduce(Matrix(rows: Self.network.weights[i].rows, columns: Self.network.weights[i].columns), +)
            for (a, b) in zip(batchStep.gradient.weights[i].entries, mean.entries) { #expect(abs(a - b) < 1e-15) }
        }
        #expect(abs(batchStep.cost.data - single.map(\.cost.total).reduce(0, +) / 4) < 1e-15)
    }

    @Test func updateIsWeightsMinusLearningRateTimesGradient() throws {
        let settings = TrainingSettings(loss: .halfSquaredError, learningRate: 0.5)
        let step = try GradientStep(index: 0, network: Self.network, examples: Self.batch, settings: settings)
        for i in 0..<Self.network.parameterLayerCount {
            let expected = Self.network.weights[i] - 0.5 * step.gradient.weights[i]
            #expect(step.updatedNetwork.weights[i] == expected)
            #expect(step.updatedNetwork.biases[i] == Self.network.biases[i].subtracting(step.gradient.biases[i].scaled(by: 0.5)))
        }
    }

    @Test func biasesStayWhenUpdateBiasesIsFalse() throws {
        let settings = TrainingSettings(loss: .halfSquaredError, learningRate: 0.5, updateBiases: false)
        let step = try GradientStep(index: 0, network: Self.network, examples: Self.batch, settings: settings)
        #expect(step.updatedNetwork.biases == Self.network.biases)
        #expect(step.updatedNetwork.weights != Self.network.weights)
        #expect(step.gradient.biases.flatMap { $0 }.contains { $0 != 0 })
    }

    @Test func overflowIsReportedWithLayerAndNeuron() {
        let huge = Network(
            layerSizes: [1, 2, 1], activations: [.linear, .linear],
            weights: [Matrix([[1], [1e308]]), Matrix([[1, 1e308]])], biases: [[0, 0], [0]])
        #expect(throws: NonFiniteValue(quantity: "z", layer: 2, neuron: 1, example: 0, step: 0)) {
            try GradientStep(index: 0, network: huge, examples: [TrainingExample(input: [10], target: [0])],
                             settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.1))
        }
    }

    /// Issue 10, item 2: a saturated output costs what it should, not ln 0.
    @Test func saturatedSigmoidCrossEntropyIsFinite() throws {
        let saturated = Network(layerSizes: [1, 1], activations: [.sigmoid], weights: [Matrix([[4]])], biases: [[0]])
        let step = try GradientStep(
            index: 0, network: saturated, examples: [TrainingExample(input: [10], target: [1])],
            settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.1))
        // −ln σ(40) = ln(1 + e⁻⁴⁰) = 4.248354255291589e-18
        #expect(abs(step.cost.total - 4.248354255291589e-18) < 1e-30)
        #expect(step.backwardPasses[0].costGradient.allSatisfy { $0.isFinite })
        let wrong = try GradientStep(
            index: 0, network: Network(layerSizes: [1, 1], activations: [.sigmoid], weights: [Matrix([[1000]])], biases: [[0]]),
            examples: [TrainingExample(input: [1], target: [0])], settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.1))
        #expect(wrong.cost.total == 1000)
    }

    @Test func saturatedSoftmaxCrossEntropyIsFinite() throws {
        let network = Network(
            layerSizes: [1, 3], activations: [.softmax], weights: [Matrix([[1000], [999], [0]])], biases: [[0, 0, 0]])
        let step = try GradientStep(
            index: 0, network: network, examples: [TrainingExample(input: [1], target: [1, 0, 0])],
            settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.1))
        // ln(1 + e⁻¹ + e⁻¹⁰⁰⁰) = 0.31326168751822286
        #expect(abs(step.cost.total - 0.31326168751822286) < 1e-12)
        #expect(step.backwardPasses[0].costGradient.allSatisfy { $0.isFinite })
    }

    /// The stable forms agree with the textbook ones where those are accurate.
    @Test(arguments: [-10.0, -2, -0.1, 0, 0.7, 5, 10])
    func stableCrossEntropyMatchesTheDefinition(z: Double) {
        let a = 1 / (1 + exp(-z)), y = 0.3
        let direct = -(y * log(a) + (1 - y) * log(1 - a))
        let stable = Loss.crossEntropy.cost(weightedInput: [z], output: [a], target: [y], outputActivation: .sigmoid)
        #expect(abs(stable - direct) <= 1e-9 * max(1, abs(direct)))
        let gradient = Loss.crossEntropy.gradient(weightedInput: [z], output: [a], target: [y], outputActivation: .sigmoid)[0]
        #expect(abs(gradient - (a - y) / (a * (1 - a))) <= 1e-6 * max(1, abs(gradient)))
        #expect(Loss.crossEntropy.targetGradient(weightedInput: [z], output: [a], target: [y], outputActivation: .sigmoid)[0] == -z)
    }
}
