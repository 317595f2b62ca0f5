import BackpropEngine
import ExampleFile

/// Every number of the worked steps, machine-readable: the output of `trace --format json` and the
/// site's download `numbers/<id>.json` (which holds the full matrices that pages elide). Snake_case
/// keys like the example file's, full double precision, z, a and delta indexed [example][neuron], one
/// `layers` entry per non-input layer (first hidden layer first).
public struct TraceJSON {
    let document: JSONValue

    /// The numbers of the first `stepLimit` worked steps (all of them by default).
    public init(example: Example, walkthrough: Walkthrough, stepLimit: Int = .max) {
        let steps = walkthrough.steps.prefix(stepLimit).map { step in
            JSONValue.object([
                ("loss", .number(step.cost.total)),
                ("loss_after", .number(step.costAfter.total)),
                ("layers", .array(step.network.weights.indices.map { i in
                    .object([
                        ("z", .rows(step.forwardPasses.map { $0.weightedInputs[i] })),
                        ("a", .rows(step.forwardPasses.map { $0.activations[i] })),
                        ("delta", .rows(step.backwardPasses.map { $0.errors[i] })),
                        ("weights", .rows(step.network.weights[i].rowArrays)),
                        ("biases", .numbers(step.network.biases[i])),
                        ("weight_gradient", .rows(step.gradient.weights[i].rowArrays)),
                        ("bias_gradient", .numbers(step.gradient.biases[i])),
                        ("updated_weights", .rows(step.updatedNetwork.weights[i].rowArrays)),
                        ("updated_biases", .numbers(step.updatedNetwork.biases[i])),
                    ])
                })),
            ])
        }
        document = .object([("id", .string(example.id)), ("steps", .array(steps))])
    }

    /// The JSON text.
    public func encoded() -> String { document.text() }

    /// Where the site keeps the numbers of the example `id`, relative to the site's root.
    public static func sitePath(id: String) -> String { "numbers/\(id).json" }

    /// The most parameters × worked steps the site's download holds; beyond it, it holds the first
    /// step only (about 70 MB for the largest network), so no valid file makes a download of gigabytes.
    public static let siteParameterSteps = 1_000_000

    /// The worked steps the site's download of `walkthrough` holds.
    public static func siteStepLimit(_ walkthrough: Walkthrough) -> Int {
        let network = walkthrough.initialNetwork
        let parameters = network.weights.reduce(0) { $0 + $1.rows * $1.columns } + network.biases.reduce(0) { $0 + $1.count }
        return parameters * walkthrough.steps.count <= siteParameterSteps ? walkthrough.steps.count : 1
    }
}
