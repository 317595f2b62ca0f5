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

    /// Every weight, then every bias, layer by layer.
    public let entries: [Entry]

    /// Compares `gradient` (from backpropagation on `network`) with central differences of the cost.
    public init(network: Network, examples: [TrainingExample], settings: TrainingSettings, gradient: Gradient) {
        func cost(_ perturbed: Network) -> Double {
            let passes = examples.map { ForwardPass(network: perturbed, input: $0.input) }
            return Cost(network: perturbed, forwardPasses: passes, examples: examples, settings: settings).total
        }
        func centralDifference(_ nudge: (inout Network, Double) -> Void) -> Double {
            var plus = network, minus = network
            nudge(&plus, Self.step)
            nudge(&minus, -Self.step)
            return (cost(plus) - cost(minus)) / (2 * Self.step)
        }
        var entries: [Entry] = []
        for i in 0..<network.parameterLayerCount {
            for j in 0..<network.weights[i].rows {
                for k in 0..<network.weights[i].columns {
                    entries.append(Entry(
                        parameter: .weight(layer: i, row: j, column: k),
                        backpropagation: gradient.weights[i][j, k],
                        numerical: centralDifference { $0.weights[i][j, k] += $1 }))
                }
            }
        }
        for i in 0..<network.parameterLayerCount {
            for j in network.biases[i].indices {
                entries.append(Entry(
                    parameter: .bias(layer: i, neuron: j),
                    backpropagation: gradient.biases[i][j],
                    numerical: centralDifference { $0.biases[i][j] += $1 }))
            }
        }
        self.entries = entries
    }

    /// The largest relative error over every parameter.
    public var worstRelativeError: Double { entries.map(\.relativeError).max() ?? 0 }

    /// The entries where backpropagation and central differences disagree.
    public var disagreements: [Entry] { entries.filter { !$0.agrees } }

    /// Whether every parameter agrees.
    public var passed: Bool { disagreements.isEmpty }
}
