import BackpropEngine

/// The largest lesson the issue measures: 2 inputs → 8 tanh → 1 sigmoid, cross-entropy, η = 0.5,
/// seeded starting weights, on seeded points of the square [−2, 2]², labelled 1 inside the circle
/// x² + y² < 1.5 and 0 outside.
struct LessonWorkload {
    static let layerSizes = [2, 8, 1]
    static let settings = TrainingSettings(loss: .crossEntropy, learningRate: 0.5)
    static let seed: UInt64 = 3

    let exampleCount: Int
    let epochs: Int
    let network: Network
    let examples: [TrainingExample]

    init(exampleCount: Int, epochs: Int) {
        self.exampleCount = exampleCount
        self.epochs = epochs
        network = Network.random(layerSizes: Self.layerSizes, activations: [.tanh, .sigmoid], seed: Self.seed)
        var generator = SplitMix64(seed: 2026)
        examples = (0..<exampleCount).map { _ in
            let x = 2 * generator.nextSymmetricUnit(), y = 2 * generator.nextSymmetricUnit()
            return TrainingExample(input: [x, y], target: [x * x + y * y < 1.5 ? 1 : 0])
        }
    }

    /// The example file: the same seed gives backprop-site the same starting weights as `network`.
    var yaml: String {
        var lines = [
            "id: largest-lesson", "title: {es: \"La lección más grande\", en: \"The largest lesson\"}",
            "layers: [2, 8, 1]", "activations: [tanh, sigmoid]", "loss: cross-entropy", "learning_rate: 0.5",
            "seed: \(Self.seed)", "epochs: \(epochs)", "data:",
        ]
        for example in examples {
            lines.append("  - {input: [\(example.input[0]), \(example.input[1])], target: [\(Int(example.target[0]))]}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
