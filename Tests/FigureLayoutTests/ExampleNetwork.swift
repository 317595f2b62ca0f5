import BackpropEngine
import FigureLayout
import LessonFormatting

/// The networks every figure is checked on, from the smallest worked example to an MNIST-sized one.
enum ExampleNetwork: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Seed 004, "Backpropagation paso a paso": 2-2-1 linear, no biases, η = 0.05.
    case seed004
    /// 2-3-2 sigmoid with biases, two worked steps.
    case sigmoidWithBiases
    /// XOR: a batch of four examples through 2-2-1 sigmoid.
    case xorBatch
    /// 2-3-3 with a softmax output and cross-entropy.
    case softmax
    /// 2-3-3-3-1 tanh, a deep narrow network.
    case deepTanh
    /// 784-30-10 sigmoid with seeded random weights.
    case mnist
    /// 3-4-4-2 sigmoid with biases (a test fixture, not a site example).
    case sigmoid3442
    /// 8-16-4 ReLU with a softmax output and cross-entropy (a test fixture, not a site example).
    case softmax8164
    /// 2-4-2 sigmoid with biases: output neurons of four inputs and a bias, too tall for one slide
    /// (a test fixture, as `backprop-site new --layers 2,4,2` makes).
    case sigmoid242
    /// 2-5 with a softmax output, biases and cross-entropy: five sums into five activations, five
    /// outputs into the cost (a test fixture).
    case softmax25
    /// 9-1 tanh without biases: one neuron of nine inputs (a test fixture).
    case tanh91

    var description: String { rawValue }

    var walkthrough: Walkthrough {
        switch self {
        case .seed004: Self.seed004Walkthrough
        case .sigmoidWithBiases: Self.sigmoidWalkthrough
        case .xorBatch: Self.xorWalkthrough
        case .softmax: Self.softmaxWalkthrough
        case .deepTanh: Self.deepWalkthrough
        case .mnist: Self.mnistWalkthrough
        case .sigmoid3442: Self.sigmoid3442Walkthrough
        case .softmax8164: Self.softmax8164Walkthrough
        case .sigmoid242: Self.sigmoid242Walkthrough
        case .softmax25: Self.softmax25Walkthrough
        case .tanh91: Self.tanh91Walkthrough
        }
    }

    static let seed004Network = Network(
        layerSizes: [2, 2, 1], activations: [.linear, .linear],
        weights: [Matrix([[0.11, 0.21], [0.12, 0.08]]), Matrix([[0.14, 0.15]])], biases: [[0, 0], [0]])

    static func seed004(learningRate: Double = 0.05, epochs: Int = 30) -> Walkthrough {
        try! Walkthrough(
            network: seed004Network, examples: [TrainingExample(input: [2, 3], target: [1])],
            settings: TrainingSettings(loss: .halfSquaredError, learningRate: learningRate, updateBiases: false),
            steps: 1, epochs: epochs)
    }

    private static let seed004Walkthrough = seed004()

    private static let sigmoidWalkthrough = try! Walkthrough(
        network: Network.random(
            layerSizes: [2, 3, 2], activations: [.sigmoid, .sigmoid], seed: 7, biases: [[0.35, -0.2, 0.1], [0.6, -0.3]]),
        examples: [TrainingExample(input: [0.05, 0.1], target: [0.01, 0.99])],
        settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.5), steps: 2, epochs: 60)

    private static let xorWalkthrough = try! Walkthrough(
        network: Network.random(layerSizes: [2, 2, 1], activations: [.sigmoid, .sigmoid], seed: 3),
        examples: [
            TrainingExample(input: [0, 0], target: [0]), TrainingExample(input: [0, 1], target: [1]),
            TrainingExample(input: [1, 0], target: [1]), TrainingExample(input: [1, 1], target: [0]),
        ],
        settings: TrainingSettings(loss: .meanSquaredError, learningRate: 2), steps: 1, epochs: 200)

    private static let softmaxWalkthrough = try! Walkthrough(
        network: Network.random(
            layerSizes: [2, 3, 3], activations: [.relu, .softmax], seed: 11, biases: [[0.1, 0.1, 0.1], [0, 0, 0]]),
        examples: [TrainingExample(input: [0.5, -1.2], target: [0, 1, 0])],
        settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.3), steps: 1, epochs: 40)

    private static let deepWalkthrough = try! Walkthrough(
        network: Network.random(layerSizes: [2, 3, 3, 3, 1], activations: [.tanh, .tanh, .tanh, .tanh], seed: 5),
        examples: [TrainingExample(input: [0.8, -0.4], target: [0.5])],
        settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.1, regularization: 0.01), steps: 1, epochs: 50)

    private static let sigmoid3442Walkthrough = try! Walkthrough(
        network: Network.random(
            layerSizes: [3, 4, 4, 2], activations: [.sigmoid, .sigmoid, .sigmoid], seed: 3442,
            biases: [[0.1, -0.2, 0.3, 0], [0.05, 0.15, -0.1, 0.2], [0.3, -0.3]]),
        examples: [TrainingExample(input: [0.2, 0.7, -0.4], target: [1, 0])],
        settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.5), steps: 1, epochs: 30)

    private static let sigmoid242Walkthrough = try! Walkthrough(
        network: Network.random(
            layerSizes: [2, 4, 2], activations: [.sigmoid, .sigmoid], seed: 242, biases: [[0.1, -0.1, 0.2, 0], [0.3, -0.2]]),
        examples: [TrainingExample(input: [0.18, 0.5], target: [0.6, 0.7])],
        settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.5), steps: 1, epochs: 30)

    private static let softmax25Walkthrough = try! Walkthrough(
        network: Network.random(layerSizes: [2, 5], activations: [.softmax], seed: 25, biases: [[0.1, 0, -0.1, 0.2, 0]]),
        examples: [TrainingExample(input: [0.5, -1.2], target: [0, 0, 1, 0, 0])],
        settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.3), steps: 1, epochs: 30)

    private static let tanh91Walkthrough = try! Walkthrough(
        network: Network.random(layerSizes: [9, 1], activations: [.tanh], seed: 91),
        examples: [TrainingExample(input: [0.9, -0.8, 0.7, -0.6, 0.5, -0.4, 0.3, -0.2, 0.1], target: [0.5])],
        settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.1, updateBiases: false), steps: 1, epochs: 30)

    private static let softmax8164Walkthrough: Walkthrough = {
        var generator = SplitMix64(seed: 8164)
        let input = (0..<8).map { _ in generator.nextSymmetricUnit() }
        return try! Walkthrough(
            network: Network.random(layerSizes: [8, 16, 4], activations: [.relu, .softmax], seed: 8164),
            examples: [TrainingExample(input: input, target: [0, 0, 1, 0])],
            settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.2), steps: 1, epochs: 30)
    }()

    private static let mnistWalkthrough: Walkthrough = {
        var generator = SplitMix64(seed: 784)
        let input = (0..<784).map { _ in (generator.nextSymmetricUnit() + 1) / 2 }
        let target = (0..<10).map { $0 == 3 ? 1.0 : 0.0 }
        return try! Walkthrough(
            network: Network.random(layerSizes: [784, 30, 10], activations: [.sigmoid, .sigmoid], seed: 42),
            examples: [TrainingExample(input: input, target: target)],
            settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.5), steps: 1, epochs: 1)
    }()
}

/// A figure context for tests: the site's strings, the conservative measurer, four decimals.
func testContext(_ language: Language, _ theme: Theme = .light, precision: Int = 4) -> FigureContext {
    FigureContext(
        strings: SiteStrings.table(language), theme: theme, precision: precision, measurer: ConservativeMeasurer())
}
