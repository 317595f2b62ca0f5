import Testing
@testable import BackpropEngine

/// A network with every activation on its hidden layers, for one output activation and loss.
struct Combination: CustomTestStringConvertible, Sendable {
    let output: Activation
    let loss: Loss
    let regularization: Double

    var testDescription: String { "\(output.rawValue) + \(loss.rawValue), λ = \(regularization)" }

    /// Every valid output activation × loss, with λ = 0 and λ > 0.
    static let all: [Combination] = {
        let pairs: [(Activation, Loss)] =
            [Activation.linear, .sigmoid, .tanh, .relu, .leakyReLU].flatMap { activation in
                [(activation, Loss.halfSquaredError), (activation, .meanSquaredError)]
            } + [(.sigmoid, .crossEntropy), (.softmax, .crossEntropy)]
        return pairs.flatMap { pair in [0, 0.3].map { Combination(output: pair.0, loss: pair.1, regularization: $0) } }
    }()

    /// 3 inputs → 4 (tanh) → 4 (relu) → 3 (leaky ReLU) → 4 (sigmoid) → 3 (linear) → 3 (`output`),
    /// with seeded weights and non-zero biases, so every activation's σ′ takes part in BP2.
    var network: Network {
        let sizes = [3, 4, 4, 3, 4, 3, 3]
        var generator = SplitMix64(seed: 42)
        let biases = sizes.dropFirst().map { n in (0..<n).map { _ in 0.5 * generator.nextSymmetricUnit() } }
        return Network.random(
            layerSizes: sizes, activations: [.tanh, .relu, .leakyReLU, .sigmoid, .linear, output], seed: 7,
            biases: biases)
    }

    /// Three examples whose targets suit the loss (probabilities for cross-entropy).
    var examples: [TrainingExample] {
        let targets: [[Double]] = output == .softmax
            ? [[1, 0, 0], [0, 0, 1], [0.2, 0.5, 0.3]]
            : (loss == .crossEntropy ? [[1, 0, 0.3], [0, 1, 0.9], [0.5, 0.5, 0]] : [[0.3, -0.2, 0.8], [1, 0, -1], [0.1, 0.2, 0.3]])
        let inputs: [[Double]] = [[0.5, -1.2, 0.3], [1.5, 0.2, -0.7], [-0.4, 0.9, 1.1]]
        return zip(inputs, targets).map { TrainingExample(input: $0, target: $1) }
    }

    var settings: TrainingSettings {
        TrainingSettings(loss: loss, learningRate: 0.1, regularization: regularization)
    }
}

/// BP1–BP4 against independent references: central differences of the cost, and reverse mode over
/// the scalar computational graph.
@Suite struct GradientTests {
    @Test(arguments: Combination.all)
    func backpropagationMatchesCentralDifferences(_ combination: Combination) throws {
        let step = try GradientStep(
            index: 0, network: combination.network, examples: combination.examples, settings: combination.settings)
        let check = GradientCheck(
            network: combination.network, examples: combination.examples, settings: combination.settings,
            gradient: step.gradient)
        #expect(check.entries.count == 3 * 4 + 4 * 4 + 4 * 3 + 3 * 4 + 4 * 3 + 3 * 3 + 4 + 4 + 3 + 4 + 3 + 3)
        #expect(check.disagreements == [])
    }

    @Test(arguments: Combination.all.filter { $0.regularization == 0 })
    func computationalGraphMatchesMatrixBackpropagation(_ combination: Combination) throws {
        let network = combination.network
        let example = combination.examples[1]
        let graph = ComputationGraph(network: network, example: example, loss: combination.loss)
        // The matrix engine on a batch of one example gives that example's own gradient.
        let step = try GradientStep(
            index: 0, network: network, examples: [example], settings: combination.settings)
        #expect(abs(graph.cost.value - step.cost.total) <= 1e-12 * max(1, abs(step.cost.total)))
        for node in graph.nodes {
            switch node.operation {
            case .weight(let layer, let row, let column):
                let expected = step.gradient.weights[layer][row, column]
                #expect(abs(node.gradient - expected) <= 1e-12 * max(1, abs(expected)))
            case .bias(let layer, let neuron):
                let expected = step.gradient.biases[layer][neuron]
                #expect(abs(node.gradient - expected) <= 1e-12 * max(1, abs(expected)))
            case .sum(let layer, let neuron):
                let expected = step.backwardPasses[0].errors[layer][neuron]
                #expect(abs(node.gradient - expected) <= 1e-12 * max(1, abs(expected)))
            default:
                continue
            }
        }
    }

    @Test func regularizationAddsLambdaOverMTimesWeightsButNotToBiases() throws {
        let combination = Combination(output: .sigmoid, loss: .halfSquaredError, regularization: 0)
        let plain = try GradientStep(
            index: 0, network: combination.network, examples: combination.examples, settings: combination.settings)
        var regularizedSettings = combination.settings
        regularizedSettings.regularization = 0.3
        let regularized = try GradientStep(
            index: 0, network: combination.network, examples: combination.examples, settings: regularizedSettings)
        let m = Double(combination.examples.count)
        for i in 0..<combination.network.parameterLayerCount {
            let difference = regularized.gradient.weights[i] - plain.gradient.weights[i]
            let expected = (0.3 / m) * combination.network.weights[i]
            for (a, b) in zip(difference.entries, expected.entries) { #expect(abs(a - b) < 1e-15) }
            #expect(regularized.gradient.biases[i] == plain.gradient.biases[i])
        }
        let expectedTerm = 0.3 / (2 * m) * combination.network.sumOfSquaredWeights
        #expect(abs(regularized.cost.regularization - expectedTerm) < 1e-15)
    }
}

@Suite struct LimitedGradientCheckTests {
    @Test func aLargeNetworkIsCheckedOnParametersSpreadOverEveryLayer() throws {
        let network = Network.random(layerSizes: [40, 20, 5], activations: [.sigmoid, .sigmoid], seed: 2)
        let examples = [TrainingExample(input: (0..<40).map { Double($0) / 40 }, target: [1, 0, 0, 1, 0])]
        let walkthrough = try Walkthrough(
            network: network, examples: examples,
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.1), steps: 1, epochs: 1)
        let check = walkthrough.gradientCheck(parameterLimit: 100)
        #expect(check.parameterCount == 40 * 20 + 20 * 5 + 20 + 5)
        #expect(check.entries.count == 100)
        #expect(check.entries.contains { if case .weight(1, _, _) = $0.parameter { true } else { false } })
        #expect(check.entries.contains { if case .bias = $0.parameter { true } else { false } })
        #expect(check.passed)
        #expect(walkthrough.gradientCheck(parameterLimit: 10_000).entries.count == check.parameterCount)
    }
}
