import BackpropEngine
import ExampleFile
import Foundation

/// The machine-readable output of `trace --format json`: snake_case keys like the example file's,
/// full double precision, z, a and delta indexed [example][neuron], one `layers` entry per non-input
/// layer (first hidden layer first).
struct TraceJSON: Encodable {
    struct Step: Encodable {
        let loss: Double
        let lossAfter: Double
        let layers: [Layer]
    }

    struct Layer: Encodable {
        let z: [[Double]]
        let a: [[Double]]
        let delta: [[Double]]
        let weights: [[Double]]
        let biases: [Double]
        let weightGradient: [[Double]]
        let biasGradient: [Double]
        let updatedWeights: [[Double]]
        let updatedBiases: [Double]
    }

    let id: String
    let steps: [Step]

    init(example: Example, walkthrough: Walkthrough) {
        id = example.id
        steps = walkthrough.steps.map { step in
            Step(
                loss: step.cost.total, lossAfter: step.costAfter.total,
                layers: step.network.weights.indices.map { i in
                    Layer(
                        z: step.forwardPasses.map { $0.weightedInputs[i] },
                        a: step.forwardPasses.map { $0.activations[i] },
                        delta: step.backwardPasses.map { $0.errors[i] },
                        weights: step.network.weights[i].rowArrays,
                        biases: step.network.biases[i],
                        weightGradient: step.gradient.weights[i].rowArrays,
                        biasGradient: step.gradient.biases[i],
                        updatedWeights: step.updatedNetwork.weights[i].rowArrays,
                        updatedBiases: step.updatedNetwork.biases[i])
                })
        }
    }

    /// The JSON text, keys sorted so that the same input gives the same bytes.
    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
