/// Backpropagation checked against central differences, (C(θ + h) − C(θ − h)) / 2h, for every
/// weight and bias of the network.
public struct GradientCheck: Equatable, Sendable {
    /// One parameter: a weight wⱼₖ or a bias bⱼ of a layer (indexed as in `Network`).
    public enum Parameter: Equatable, Hashable, Sendable {
        case weight(layer: Int, row: Int, column: Int)
        case bias(layer: Int, neuron: Int)
    }

    /// One parameter's two derivatives and how far apart they are.
    public struct Entry: Equatable, Sendable {
        public let parameter: Parameter
        /// ∂C/∂θ from BP3/BP4.
        public let backpropagation: Double
        /// ∂C/∂θ from central differences.
        public let numerical: Double

        /// |bp − num| / max(|bp| + |num|, 1e-12): 0 when they agree, 1 when they are unrelated.
        public var relativeError: Double {
            abs(backpropagation - numerical) / max(abs(backpropagation) + abs(numerical), 1e-12)
        }

        /// Whether the two agree: a relative error within `relativeTolerance`, or, for derivatives so
        /// small that rounding in the differences dominates, an absolute gap within `absoluteTolerance`.
        public var agrees: Bool {
            relativeError <= GradientCheck.relativeTolerance
                || abs(backpropagation - numerical) <= GradientCheck.absoluteTolerance
        }
    }

    /// The step h of the central differences (near the cube root of the machine epsilon, which
    /// balances truncation and rounding errors).
    public static let step = 1e-5
    /// The relative error below which an entry passes.
    public static let relativeTolerance = 1e-6
    /// The absolute gap below which an entry passes whatever its relative error.
    public static let absoluteTolerance = 1e-9

    /// The checked parameters, in order: weights, then biases, layer by layer.
    public let entries: [Entry]
    /// How many parameters the network has; more than `entries.count` when the check was limited.
    public let parameterCount: Int

    /// Compares `gradient` (from backpropagation on `network`) with central differences of the cost,
    /// for every parameter, or for `parameterLimit` of them spread evenly over the network (each costs
    /// two forward passes of the whole batch).
    public init(
        network: Network, examples: [TrainingExample], settings: TrainingSettings, gradient: Gradient,
        parameterLimit: Int = .max
    ) {
        // The costs of the nudged networks, each a forward pass of the whole batch as matrices.
        let batch = BatchGradientDescent(network: network, examples: examples, settings: settings)
        func cost(_ perturbed: Network) -> Double { batch.cost(of: perturbed) ?? .nan }
        func centralDifference(_ nudge: (inout Network, Double) -> Void) -> Double {
            var plus = network, minus = network
            nudge(&plus, Self.step)
            nudge(&minus, -Self.step)
            return (cost(plus) - cost(minus)) / (2 * Self.step)
        }
        let layers = 0..<network.parameterLayerCount
        let parameters: [Parameter] =
            layers.flatMap { i in
                (0..<network.weights[i].rows).flatMap { j in
                    (0..<network.weights[i].columns).map { k in Parameter.weight(layer: i, row: j, column: k) }
                }
            } + layers.flatMap { i in network.biases[i].indices.map { Parameter.bias(layer: i, neuron: $0) } }
        parameterCount = parameters.count
        let checked = parameters.count <= parameterLimit
            ? parameters
            : (0..<parameterLimit).map { parameters[$0 * parameters.count / parameterLimit] }
        entries = checked.map { parameter in
            switch parameter {
            case .weight(let i, let j, let k):
                Entry(
                    parameter: parameter, backpropagation: gradient.weights[i][j, k],
                    numerical: centralDifference { $0.weights[i][j, k] += $1 })
            case .bias(let i, let j):
                Entry(
                    parameter: parameter, backpropagation: gradient.biases[i][j],
                    numerical: centralDifference { $0.biases[i][j] += $1 })
            }
        }
    }

    /// The largest relative error over every parameter.
    public var worstRelativeError: Double { entries.map(\.relativeError).max() ?? 0 }

    /// The entries where backpropagation and central differences disagree.
    public var disagreements: [Entry] { entries.filter { !$0.agrees } }

    /// Whether every parameter agrees.
    public var passed: Bool { disagreements.isEmpty }
}
