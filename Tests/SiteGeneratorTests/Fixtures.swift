import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting
import LessonMath
import SiteGenerator

/// The test examples, built directly, and the real Templates/ folder of the repository.
enum Fixtures {
    /// Seed 004, "Backpropagation paso a paso": 2-2-1, linear, w1…w6 = 0.11 0.21 0.12 0.08 0.14 0.15.
    static let stepByStep = Example(
        id: "paso-a-paso",
        title: LocalizedText(spanish: "Backpropagation paso a paso", english: "Backpropagation step by step"),
        summary: LocalizedText(spanish: "La red 2-2-1 de la entrada del blog.", english: "The 2-2-1 network of the blog post."),
        network: Network(
            layerSizes: [2, 2, 1], activations: [.linear, .linear],
            weights: [Matrix([[0.11, 0.21], [0.12, 0.08]]), Matrix([[0.14, 0.15]])], biases: [[0, 0], [0]]),
        settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.05, regularization: 0, updateBiases: false),
        data: [TrainingExample(input: [2, 3], target: [1])],
        steps: 1, epochs: 30, seed: 0, precision: 4, sourcePath: "Examples/paso-a-paso.yaml")

    /// A sigmoid 2-2-2 network with biases, a batch of m = 4 and λ > 0.
    static let sigmoidBatch = Example(
        id: "sigmoide-lote",
        title: LocalizedText(spanish: "Sigmoide con un lote", english: "Sigmoid with a batch"),
        summary: nil,
        network: Network(
            layerSizes: [2, 2, 2], activations: [.sigmoid, .sigmoid],
            weights: [Matrix([[0.15, 0.20], [0.25, 0.30]]), Matrix([[0.40, 0.45], [0.50, 0.55]])],
            biases: [[0.35, 0.35], [0.60, 0.60]]),
        settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.5, regularization: 0.1, updateBiases: true),
        data: [
            TrainingExample(input: [0.05, 0.10], target: [0.01, 0.99]),
            TrainingExample(input: [0.90, -0.20], target: [0.99, 0.01]),
            TrainingExample(input: [-0.40, 0.60], target: [0.50, 0.50]),
            TrainingExample(input: [0.30, 0.30], target: [0.20, 0.80]),
        ],
        steps: 2, epochs: 50, seed: 0, precision: 4, sourcePath: "Examples/sigmoide-lote.yaml")

    /// A softmax output with cross-entropy (δᴸ = aᴸ − y) after a tanh hidden layer.
    static let softmax = Example(
        id: "softmax",
        title: LocalizedText(spanish: "Softmax y entropía cruzada", english: "Softmax and cross-entropy"),
        summary: nil,
        network: Network.random(layerSizes: [2, 3, 3], activations: [.tanh, .softmax], seed: 7),
        settings: TrainingSettings(loss: .crossEntropy, learningRate: 0.1),
        data: [TrainingExample(input: [1, -1], target: [0, 1, 0])],
        steps: 1, epochs: 20, seed: 7, precision: 3, sourcePath: "Examples/softmax.yaml")

    /// The repository's Templates/ folder.
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").path

    /// The real templates and string tables, loaded through the build's own step.
    static func templates() throws -> SiteTemplates {
        var state = SiteBuild.State(examples: [])
        try SiteBuild.loadTemplates(from: templatesFolder).run(&state, .disk)
        return state.templates!
    }

    static func stringTable(_ language: Language) throws -> StringTable {
        let path = "\(templatesFolder)/strings/\(language.code).yaml"
        return try StringTable.parse(yaml: String(decoding: try FileIO.disk.read(path), as: UTF8.self), language: language)
    }
}
