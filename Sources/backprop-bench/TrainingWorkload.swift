import BackpropEngine
import Foundation

/// The engine benchmark's work: a 784-30-10 sigmoid network with seeded weights and biases, trained
/// with the quadratic cost ½‖a − y‖² and η = 3 (as in Nielsen's network.py) on seeded synthetic
/// examples — inputs uniform in [0, 1), one-hot targets — one example at a time, in order.
struct TrainingWorkload {
    static let layerSizes = [784, 30, 10]
    static let settings = TrainingSettings(loss: .halfSquaredError, learningRate: 3)

    let network: Network
    let examples: [TrainingExample]

    init(exampleCount: Int, seed: UInt64 = 2024) {
        var generator = SplitMix64(seed: seed)
        let biases = Self.layerSizes.dropFirst().map { size in (0..<size).map { _ in generator.nextSymmetricUnit() } }
        network = Network.random(
            layerSizes: Self.layerSizes, activations: [.sigmoid, .sigmoid], seed: seed + 1, biases: biases)
        let outputs = Self.layerSizes[2]
        examples = (0..<exampleCount).map { _ in
            let input = (0..<Self.layerSizes[0]).map { _ in (generator.nextSymmetricUnit() + 1) / 2 }
            let label = Int(generator.next() % UInt64(outputs))
            return TrainingExample(input: input, target: (0..<outputs).map { $0 == label ? 1 : 0 })
        }
    }

    /// Every parameter, layer by layer: W (row by row) then b.
    static func parameters(of network: Network) -> [Double] {
        (0..<network.parameterLayerCount).flatMap { network.weights[$0].entries + network.biases[$0] }
    }

    /// The starting parameters, then every input, then every target, as little-endian doubles:
    /// what the numpy reference reads.
    func write(to path: String) throws {
        var values = Self.parameters(of: network)
        for example in examples { values += example.input }
        for example in examples { values += example.target }
        try values.map { $0.bitPattern.littleEndian }.withUnsafeBytes { Data($0) }.write(to: URL(fileURLWithPath: path))
    }

    /// Parameters written by the numpy reference, in the order of `parameters(of:)`.
    static func readParameters(_ path: String) throws -> [Double] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return data.withUnsafeBytes { raw in
            (0..<raw.count / 8).map {
                Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)))
            }
        }
    }
}
