import BackpropEngine
import ExampleFile
import Foundation

/// A new example file for `backprop-site new`: the network the teacher asked for, its seeded random
/// starting weights written out (so they can be edited one by one), placeholder training data that
/// suits the output layer, placeholders for the bilingual title and summary, and a comment on every
/// key. The text is checked by the parser before it is returned, so it always passes `check`.
public struct ExampleScaffold: Sendable {
    public let id: String
    /// Neurons per layer, input layer first.
    public let layers: [Int]
    public let activations: [Activation]
    public let loss: Loss
    /// The seed of the starting weights and the placeholder data.
    public let seed: UInt64
    /// Training examples in the placeholder data.
    public static let exampleCount = 4

    public init(id: String, layers: [Int], activations: [Activation], loss: Loss, seed: UInt64 = Example.defaultSeed) {
        self.id = id
        self.layers = layers
        self.activations = activations
        self.loss = loss
        self.seed = seed
    }

    /// The file's text.
    /// - Throws: `ExampleError` when the parser rejects the network (say, softmax with a squared
    ///   error), with the parser's own message.
    public func text(path: String) throws(ExampleError) -> String {
        let network = Network.random(layerSizes: layers, activations: activations, seed: seed)
        var generator = SplitMix64(seed: seed &+ 1)
        let lines = [
            ExampleSchema.modeline,
            "# A new example for backprop-site. Change what you like, save, and look: `backprop-site serve`",
            "# rebuilds the lesson and reloads the browser. `backprop-site check \(path)` checks the file.",
            "id: \(id)",
            "# The title and summary of the lesson, in Spanish and English.",
            "title:",
            "  es: \"Título de la lección (cámbialo)\"",
            "  en: \"Title of the lesson (change it)\"",
            "summary:",
            "  es: >-",
            "    Un párrafo que presenta el ejemplo a los estudiantes (cámbialo).",
            "  en: >-",
            "    One paragraph that introduces the example to the students (change it).",
            "# Neurons per layer, input layer first.",
            "layers: \(Self.list(layers.map(String.init)))",
            "# One activation per layer after the input: \(Activation.allCases.map(\.rawValue).joined(separator: ", ")).",
            "activations: \(Self.list(activations.map(\.rawValue)))",
            "# The cost of one example: \(Loss.allCases.map(\.rawValue).joined(separator: ", ")).",
            "loss: \(loss.rawValue)",
            "# The starting weights, drawn from seed \(seed) and written out so you can edit them: one matrix per",
            "# layer after the input, one row per neuron of that layer, one column per neuron of the layer before.",
            "weights:",
        ] + network.weights.enumerated().map { index, matrix in
            "  - \(Self.list((0..<matrix.rows).map { row in Self.list((0..<matrix.columns).map { Self.number(matrix[row, $0]) }) }))"
                + "  # W\(Self.superscript(Network.layerNumber(ofParameterLayer: index)))"
        } + [
            "# The starting biases: one list per layer after the input, one number per neuron.",
            "biases: \(Self.list(network.biases.map { Self.list($0.map(Self.number)) }))",
            "# η, the step size of gradient descent.",
            "learning_rate: 0.5",
            "# The training examples (placeholders: put your own): one input number per input neuron, one",
            "# target number per output neuron.",
            "data:",
        ] + (0..<Self.exampleCount).map { index in
            let input = (0..<layers[0]).map { _ in Self.number((generator.nextSymmetricUnit() * 100).rounded() / 100) }
            return "  - {input: \(Self.list(input)), target: \(Self.list(target(index, generator: &generator).map(Self.number)))}"
        } + [
            "# Gradient-descent steps worked out in full on the page, and epochs of the training curve.",
            "steps: \(Example.defaultSteps)",
            "epochs: \(Example.defaultEpochs)",
            "# Significant digits of the numbers shown on the pages and figures (given values are shown as written).",
            "precision: \(Example.defaultPrecision)",
        ] + showComment
        let text = lines.joined(separator: "\n") + "\n"
        _ = try Example.parse(yaml: text, path: path)
        return text
    }

    /// For a network with a layer too large to draw whole, how to choose the neurons its figures
    /// draw, as a comment (the figures' own choice stands until the teacher makes one).
    private var showComment: [String] {
        let elided = layers.filter { $0 > Example.mostDrawnNeurons }
        guard let largest = elided.max() else { return [] }
        return [
            "# Figures draw a layer of more than \(Example.mostDrawnNeurons) neurons as its first \(Example.mostShownNeurons), ⋮ and its last.",
            "# To draw others, name up to \(Example.mostShownNeurons) per layer (numbered from 1), one list per layer, input",
            "# layer first; the output layer keeps its target class too. For example:",
            "# show: \(Self.list(layers.map { $0 == largest ? Self.list(["1", String($0 / 2)]) : "[]" }))",
        ]
    }

    /// A placeholder target for example `index` that the output layer can reach: a one-hot class
    /// after softmax, 0 or 1 for cross-entropy after sigmoid, and values inside the activation's range.
    private func target(_ index: Int, generator: inout SplitMix64) -> [Double] {
        let outputs = layers[layers.count - 1]
        let unit = { (generator: inout SplitMix64) in (generator.nextSymmetricUnit() * 100).rounded() / 100 }
        switch activations[activations.count - 1] {
        case .softmax: return (0..<outputs).map { $0 == index % outputs ? 1 : 0 }
        case .sigmoid where loss == .crossEntropy: return (0..<outputs).map { Double((index + $0) % 2) }
        case .sigmoid: return (0..<outputs).map { _ in 0.5 + 0.4 * unit(&generator) }
        case .tanh: return (0..<outputs).map { _ in 0.9 * unit(&generator) }
        case .relu, .leakyReLU: return (0..<outputs).map { _ in abs(unit(&generator)) }
        case .linear: return (0..<outputs).map { _ in unit(&generator) }
        }
    }

    private static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    /// A number as the file writes it: at most 4 decimals, no trailing zeros, no "-0".
    static func number(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == 0 { return "0" }
        var text = String(format: "%.4f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The layer superscript of the notation, in parentheses so that it is not read as a power: ⁽²⁾.
    private static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return "⁽" + String(String(number).map { digits[Int(String($0))!] }) + "⁾"
    }
}
