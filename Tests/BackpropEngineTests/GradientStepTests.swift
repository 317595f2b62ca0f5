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

    @Test func logOfZeroInCrossEntropyIsReported() {
        let saturated = Network(
            layerSizes: [1, 1], activations: [.sigmoid], weights: [Matrix([[1000]])], biases: [[0]])
        #expect(throws: NonFiniteValue(quantity: "cost", example: 0, step: 0)) {
            try GradientStep(index: 0, network: saturated, examples: [TrainingExample(input: [1], target: [0])],
                             settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.1))
        }
    }
}
