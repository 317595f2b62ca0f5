import Testing
@testable import BackpropEngine

/// Issue 10, item 1: the gradient check at the kink of ReLU and leaky ReLU.
@Suite struct GradientCheckKinkTests {
    static func check(_ network: Network, _ examples: [TrainingExample], loss: Loss = .halfSquaredError) throws -> GradientCheck {
        let settings = TrainingSettings(loss: loss, learningRate: 0.1)
        let step = try GradientStep(index: 0, network: network, examples: examples, settings: settings)
        return GradientCheck(network: network, examples: examples, settings: settings, gradient: step.gradient)
    }

    /// The report: a 1-1-1 ReLU network with input 0 failed with relative error 1.0.
    @Test(arguments: [Activation.relu, .leakyReLU])
    func aReluAtZeroInputIsNotAFailure(_ hidden: Activation) throws {
        let network = Network(
            layerSizes: [1, 1, 1], activations: [hidden, .linear], weights: [Matrix([[0.5]]), Matrix([[0.7]])], biases: [[0], [0]])
        let check = try Self.check(network, [TrainingExample(input: [0], target: [1])])
        #expect(check.passed)
        #expect(check.disagreements.isEmpty)
        let bias = try #require(check.entries.first { $0.parameter == .bias(layer: 0, neuron: 0) })
        // z = 0 sits on the left branch (σ′(0) is the left slope), so only the left side is clean.
        #expect(bias.method == .leftSided)
        #expect(bias.agrees)
        #expect(abs(bias.numerical - bias.backpropagation) < 1e-8)
    }

    /// XOR with ReLU, zero biases and the input (0, 0): every hidden z is exactly 0.
    @Test func xorWithReluAndZeroBiasesPasses() throws {
        let network = Network.random(layerSizes: [2, 3, 1], activations: [.relu, .sigmoid], seed: 7)
        let xor = [([0.0, 0.0], 0.0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 0)].map { TrainingExample(input: $0.0, target: [$0.1]) }
        let check = try Self.check(network, xor, loss: .crossEntropy)
        #expect(check.passed, "\(check.disagreements)")
        #expect(check.entries.contains { $0.method != .central })
    }

    /// When both sides of θ move some z across 0, the parameter is reported at a kink with the reason.
    @Test func bothSidesCrossingIsAKinkNotAFailure() throws {
        // Example 1 has z = b and example 2 has z = b − 2·10⁻⁶: a nudge of b by ±10⁻⁵ crosses one of them each way.
        let network = Network(
            layerSizes: [1, 1, 1], activations: [.relu, .linear], weights: [Matrix([[1]]), Matrix([[1]])], biases: [[1e-6], [0]])
        let check = try Self.check(network, [TrainingExample(input: [0], target: [1]), TrainingExample(input: [-2e-6], target: [0])])
        let bias = try #require(check.entries.first { $0.parameter == .bias(layer: 0, neuron: 0) })
        guard case .atKink(let kink) = bias.method else {
            Issue.record("expected a kink, got \(bias.method)")
            return
        }
        #expect(!bias.isComparable && bias.agrees)
        #expect(check.kinks.count >= 1)
        #expect(check.passed)
        #expect(kink.activation == .relu && kink.layer == 0 && kink.neuron == 0)
        #expect(kink.description.hasPrefix("z⁽²⁾₁ of example"))
    }

    /// A genuine error is still caught next to a kink.
    @Test func aWrongGradientStillFails() throws {
        let network = Network(
            layerSizes: [1, 1, 1], activations: [.relu, .linear], weights: [Matrix([[0.5]]), Matrix([[0.7]])], biases: [[0], [0]])
        let example = TrainingExample(input: [0], target: [1])
        let settings = TrainingSettings(loss: .halfSquaredError, learningRate: 0.1)
        var other = network
        other.biases[1][0] = 0.5
        let wrong = try GradientStep(index: 0, network: other, examples: [example], settings: settings).gradient
        let check = GradientCheck(network: network, examples: [example], settings: settings, gradient: wrong)
        #expect(!check.passed)
        #expect(check.disagreements.map(\.parameter) == [.bias(layer: 1, neuron: 0)])
    }

    @Test func parametersAreNamedAsInTheLessons() {
        #expect(GradientCheck.Parameter.weight(layer: 0, row: 0, column: 1).description == "w⁽²⁾₁₂")
        #expect(GradientCheck.Parameter.weight(layer: 1, row: 9, column: 0).description == "w⁽³⁾₁₀,₁")
        #expect(GradientCheck.Parameter.bias(layer: 2, neuron: 3).description == "b⁽⁴⁾₄")
    }
}

/// The computational graph's size, known without building it (large networks do not build it).
@Suite struct ComputationGraphSizeTests {
    @Test(arguments: [[1, 1], [2, 2, 1], [3, 4, 2], [2, 3, 3, 2]])
    func nodeCountMatchesTheBuiltGraph(_ sizes: [Int]) {
        let network = Network.random(layerSizes: sizes, activations: sizes.dropFirst().map { _ in .sigmoid }, seed: 3)
        let graph = ComputationGraph(network: network, example: TrainingExample(input: Array(repeating: 0.5, count: sizes[0]), target: Array(repeating: 0.5, count: sizes.last!)), loss: .halfSquaredError)
        #expect(ComputationGraph.nodeCount(of: network) == graph.nodes.count)
    }
}
