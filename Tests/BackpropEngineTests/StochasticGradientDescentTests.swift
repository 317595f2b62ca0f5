import Testing
@testable import BackpropEngine

@Suite struct StochasticGradientDescentTests {
    /// Every hidden activation with every output activation and loss the lessons allow
    /// (cross-entropy needs outputs in (0, 1)).
    static let cases: [(hidden: Activation, output: Activation, loss: Loss)] = Activation.allCases
        .filter { $0 != .softmax }
        .flatMap { hidden in
            [
                (hidden, .linear, .halfSquaredError), (hidden, .tanh, .meanSquaredError),
                (hidden, .sigmoid, .crossEntropy), (hidden, .softmax, .crossEntropy),
                (hidden, .softmax, .meanSquaredError), (hidden, .relu, .halfSquaredError),
                (hidden, .leakyReLU, .meanSquaredError),
            ]
        }

    static let examples = [
        TrainingExample(input: [0.5, -1, 2], target: [1, 0]), TrainingExample(input: [-0.3, 0.8, 0.1], target: [0, 1]),
        TrainingExample(input: [1.5, 0.2, -0.7], target: [1, 0]),
    ]

    static func network(hidden: Activation, output: Activation) -> Network {
        Network.random(
            layerSizes: [3, 4, 4, 2], activations: [hidden, hidden, output], seed: 11,
            biases: [[0.1, -0.2, 0.3, 0.05], [-0.1, 0.2, 0.15, -0.25], [0.05, -0.05]])
    }

    static func expectClose(_ actual: Network, _ expected: Network, within tolerance: Double = 1e-12) {
        for i in 0..<expected.parameterLayerCount {
            for (a, b) in zip(actual.weights[i].entries, expected.weights[i].entries) { #expect(abs(a - b) <= tolerance) }
            for (a, b) in zip(actual.biases[i], expected.biases[i]) { #expect(abs(a - b) <= tolerance) }
        }
    }

    @Test(arguments: cases)
    func eachUpdateIsAGradientStepOnOneExample(hidden: Activation, output: Activation, loss: Loss) throws {
        let settings = TrainingSettings(loss: loss, learningRate: 0.3)
        var expected = Self.network(hidden: hidden, output: output)
        var descent = StochasticGradientDescent(network: expected, settings: settings)
        for (index, example) in Self.examples.enumerated() {
            expected = try GradientStep(index: index, network: expected, examples: [example], settings: settings).updatedNetwork
            descent.train(on: example)
            Self.expectClose(descent.network, expected)
        }
        #expect(expected != Self.network(hidden: hidden, output: output))
    }

    @Test(arguments: [(0.0, true), (0.2, true), (0.2, false)])
    func regularizationAndFrozenBiasesMatchGradientStep(lambda: Double, updateBiases: Bool) throws {
        let settings = TrainingSettings(loss: .halfSquaredError, learningRate: 0.5, regularization: lambda, updateBiases: updateBiases)
        var expected = Self.network(hidden: .sigmoid, output: .sigmoid)
        var descent = StochasticGradientDescent(network: expected, settings: settings)
        for epoch in 0..<2 {
            for (index, example) in Self.examples.enumerated() {
                expected = try GradientStep(index: epoch * 3 + index, network: expected, examples: [example], settings: settings)
                    .updatedNetwork
            }
        }
        descent.train(on: Self.examples, epochs: 2)
        Self.expectClose(descent.network, expected)
        #expect((descent.network.biases == Self.network(hidden: .sigmoid, output: .sigmoid).biases) == !updateBiases)
    }

    @Test func untrainedNetworkIsTheStartingOne() {
        let network = Self.network(hidden: .tanh, output: .linear)
        #expect(StochasticGradientDescent(network: network, settings: .init(loss: .halfSquaredError, learningRate: 1)).network == network)
    }
}
