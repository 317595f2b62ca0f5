import BackpropEngine
import LessonFormatting

/// The numbered variants of a worksheet: the example's network shape, activations, loss, η and λ,
/// each variant with its own starting weights (one decimal, ±0.1 to ±0.9), biases (one decimal)
/// when the example has biases, and practice example, drawn from one seed. Every variant is fair
/// (no hidden ReLU layer all dead, no saturated sigmoid or tanh, no answer that rounds to zero) and
/// no two variants share their numbers.
public struct WorksheetVariants: Equatable, Sendable {
    /// Why no worksheet can be made for an example.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// A layer too wide, or too many layers, to work out by hand.
        case tooLarge(layer: Int, neurons: Int)
        case tooDeep(layers: Int)
        /// Not enough fair, different variants after many draws.
        case noFairVariants(found: Int, wanted: Int)

        public var description: String {
            switch self {
            case .tooLarge(let layer, let neurons):
                "layer \(layer) has \(neurons) neurons; a worksheet is worked by hand, so each layer has at most "
                    + "\(WorksheetVariants.largestLayer) neurons"
            case .tooDeep(let layers):
                "the network has \(layers) layers; a worksheet is worked by hand, so it has at most \(WorksheetVariants.deepest)"
            case .noFairVariants(let found, let wanted):
                "only \(found) of \(wanted) variants could be drawn with every answer worth computing; "
                    + "ask for fewer variants or try another --seed"
            }
        }
    }

    public static let largestLayer = 5
    public static let deepest = 5
    /// Decimals of every number on the sheets and the key.
    public static let precision = 4
    /// Draws tried per variant before giving up.
    static let attemptsPerVariant = 2000
    /// |z| above this saturates the sigmoid and tanh: δ would be tiny and the exercise dull.
    static let largestSaturatingInput = 3.0

    /// Variant n is `sets[n − 1]`.
    public let sets: [ExerciseSet]
    public let seed: UInt64

    /// `count` variants of the network of `network`, `data` and `settings`, drawn from `seed`, numbers
    /// written with `format` (whose precision should be `precision`).
    public init(
        network: Network, data: [TrainingExample], settings: TrainingSettings, count: Int, seed: UInt64, format: NumberFormat
    ) throws(Refusal) {
        if network.layerSizes.count > Self.deepest { throw .tooDeep(layers: network.layerSizes.count) }
        if let (index, neurons) = network.layerSizes.enumerated().first(where: { $0.element > Self.largestLayer }) {
            throw .tooLarge(layer: index + 1, neurons: neurons)
        }
        let hasBiases = settings.updateBiases || network.biases.contains { $0.contains { $0 != 0 } }
        var generator = SplitMix64(seed: seed)
        var sets: [ExerciseSet] = []
        for _ in 0..<count {
            var found: ExerciseSet?
            for _ in 0..<Self.attemptsPerVariant {
                let candidate = Self.draw(
                    like: network, hasBiases: hasBiases, data: data, settings: settings, using: &generator)
                guard let problem = try? PracticeProblem(network: candidate.0, example: candidate.1, settings: settings),
                      Self.isFair(problem),
                      !sets.contains(where: { $0.problem.network == problem.network }),
                      let choice = ExerciseChoice.fair(for: problem, format: format, using: &generator)
                else { continue }
                found = ExerciseSet(problem: problem, choice: choice, format: format)
                break
            }
            guard let found else { throw .noFairVariants(found: sets.count, wanted: count) }
            sets.append(found)
        }
        self.sets = sets
        self.seed = seed
    }

    /// A network shaped like `network` with weights and biases of one decimal, and a practice example.
    static func draw(
        like network: Network, hasBiases: Bool, data: [TrainingExample], settings: TrainingSettings,
        using generator: inout SplitMix64
    ) -> (Network, TrainingExample) {
        let tenths = Array(-9...(-1)) + Array(1...9)
        var drawn = network
        for i in 0..<network.parameterLayerCount {
            for j in 0..<drawn.weights[i].rows {
                for k in 0..<drawn.weights[i].columns { drawn.weights[i][j, k] = Double(tenths.drawn(using: &generator)!) / 10 }
            }
            drawn.biases[i] = drawn.biases[i].map { _ in hasBiases ? Double(Array(-5...5).drawn(using: &generator)!) / 10 : 0 }
        }
        return (drawn, PracticeExample.draw(near: data, using: &generator))
    }

    /// Of the same difficulty as every other variant: each hidden ReLU layer has a live neuron, and
    /// no sigmoid or tanh neuron is saturated.
    static func isFair(_ problem: PracticeProblem) -> Bool {
        let forward = problem.forward
        for (i, activation) in problem.network.activations.enumerated() {
            let z = forward.weightedInputs[i]
            switch activation {
            case .relu where i < problem.outputLayer:
                if !z.contains(where: { $0 > 0 }) { return false }
            case .sigmoid, .tanh:
                if z.contains(where: { abs($0) > largestSaturatingInput }) { return false }
            default: break
            }
        }
        return true
    }

    /// Whether working the sheets needs a calculator with eˣ and ln (sigmoid, tanh, softmax, or the
    /// cross-entropy's logarithm) rather than a basic one.
    public static func needsExponentials(_ network: Network, loss: Loss) -> Bool {
        loss == .crossEntropy || network.activations.contains { [.sigmoid, .tanh, .softmax].contains($0) }
    }
}
