/// Backpropagation checked against finite differences of the cost for every weight and bias of the
/// network: central differences (C(θ + h) − C(θ − h)) / 2h where the cost is smooth around θ.
///
/// ReLU and leaky ReLU have a kink at z = 0, where backpropagation uses the left slope (σ′(0) = 0 for
/// ReLU, 0.01 for leaky ReLU). When nudging θ by ±h or ±2h moves some z of such a layer to the other
/// side of 0 (or off 0), central differences average two different slopes and disagree with a correct
/// backpropagation. The check then uses second-order one-sided differences on the side where every
/// such z stays where it was, and when neither side is clean it reports the parameter as at a kink,
/// not comparable, instead of as a failure.
public struct GradientCheck: Equatable, Sendable {
    /// One parameter: a weight wⱼₖ or a bias bⱼ of a layer (indexed as in `Network`).
    public enum Parameter: Equatable, Hashable, Sendable, CustomStringConvertible {
        case weight(layer: Int, row: Int, column: Int)
        case bias(layer: Int, neuron: Int)

        /// The lessons' name: w⁽ˡ⁾ⱼₖ or b⁽ˡ⁾ⱼ, with the lessons' layer number l (the input layer is 1)
        /// and 1-based neurons; a comma separates j and k when either has two digits.
        public var description: String {
            switch self {
            case .weight(let layer, let row, let column):
                let separator = row >= 9 || column >= 9 ? "," : ""
                return "w" + Self.superscripted(Network.layerNumber(ofParameterLayer: layer))
                    + Self.subscripted(row + 1) + separator + Self.subscripted(column + 1)
            case .bias(let layer, let neuron):
                return "b" + Self.superscripted(Network.layerNumber(ofParameterLayer: layer)) + Self.subscripted(neuron + 1)
            }
        }

        private static func superscripted(_ n: Int) -> String {
            "⁽" + String(String(n).map { Array("⁰¹²³⁴⁵⁶⁷⁸⁹")[Int(String($0))!] }) + "⁾"
        }

        private static func subscripted(_ n: Int) -> String {
            String(String(n).map { Array("₀₁₂₃₄₅₆₇₈₉")[Int(String($0))!] })
        }
    }

    /// How the numerical derivative of a parameter was taken.
    public enum Method: Equatable, Sendable {
        /// (C(θ + h) − C(θ − h)) / 2h.
        case central
        /// (−3C(θ) + 4C(θ + h) − C(θ + 2h)) / 2h: only the right side is clean of kinks.
        case rightSided
        /// (3C(θ) − 4C(θ − h) + C(θ − 2h)) / 2h: only the left side is clean of kinks.
        case leftSided
        /// Both sides move a z across a kink: the derivatives are not comparable.
        case atKink(Kink)
    }

    /// A weighted input zⱼ of a ReLU or leaky ReLU layer that a nudge of ±h moves across 0, or off 0.
    public struct Kink: Equatable, Sendable, CustomStringConvertible {
        /// The activation with the kink.
        public let activation: Activation
        /// The layer (indexed as in `Network`), the neuron j (0-based) and the example (0-based).
        public let layer: Int
        public let neuron: Int
        public let example: Int
        /// zⱼ at the unperturbed parameters.
        public let weightedInput: Double

        public var description: String {
            "z" + GradientCheck.Parameter.bias(layer: layer, neuron: neuron).description.dropFirst()
                + " of example \(example + 1) is \(weightedInput) and crosses the kink of \(activation.rawValue) at 0"
                + " whichever way the parameter moves"
        }
    }

    /// One parameter's two derivatives and how far apart they are.
    public struct Entry: Equatable, Sendable {
        public let parameter: Parameter
        /// ∂C/∂θ from BP3/BP4.
        public let backpropagation: Double
        /// ∂C/∂θ from finite differences (0 when `method` is `.atKink`).
        public let numerical: Double
        /// How `numerical` was taken.
        public let method: Method

        /// |bp − num| / max(|bp| + |num|, 1e-12): 0 when they agree, 1 when they are unrelated; 0 at a kink.
        public var relativeError: Double {
            isComparable ? abs(backpropagation - numerical) / max(abs(backpropagation) + abs(numerical), 1e-12) : 0
        }

        /// Whether a numerical derivative could be taken (the parameter is not at a kink).
        public var isComparable: Bool {
            if case .atKink = method { false } else { true }
        }

        /// Whether the two agree: a relative error within `relativeTolerance`, or, for derivatives so
        /// small that rounding in the differences dominates, an absolute gap within `absoluteTolerance`.
        /// A parameter at a kink is not a disagreement.
        public var agrees: Bool {
            relativeError <= GradientCheck.relativeTolerance
                || abs(backpropagation - numerical) <= GradientCheck.absoluteTolerance
        }
    }

    /// The cost of a network and, for each example, which side of 0 every z of a ReLU or leaky ReLU
    /// layer lies on (`true` for z > 0), in a fixed order.
    public struct Evaluation: Sendable {
        public let cost: Double
        public let kinkSides: [Bool]

        public init(cost: Double, kinkSides: [Bool]) {
            self.cost = cost
            self.kinkSides = kinkSides
        }
    }

    /// The step h of the differences (near the cube root of the machine epsilon, which balances
    /// truncation and rounding errors).
    public static let step = 1e-5
    /// The relative error below which an entry passes.
    public static let relativeTolerance = 1e-6
    /// The absolute gap below which an entry passes whatever its relative error.
    public static let absoluteTolerance = 1e-9

    /// The checked parameters, in order: weights, then biases, layer by layer.
    public let entries: [Entry]
    /// How many parameters the network has; more than `entries.count` when the check was limited.
    public let parameterCount: Int

    /// Compares `gradient` (from backpropagation on `network`) with finite differences of the cost,
    /// for every parameter, or for `parameterLimit` of them spread evenly over the network.
    /// `evaluate` computes the cost of a perturbed network and its kink sides (by default
    /// `BatchGradientDescent.evaluation(of:)`, one forward pass of the whole batch as matrices, which
    /// agrees with `GradientCheck.evaluation`, one forward pass per example); each parameter costs two
    /// to four evaluations.
    public init(
        network: Network, examples: [TrainingExample], settings: TrainingSettings, gradient: Gradient,
        parameterLimit: Int = .max, evaluate: ((Network) -> Evaluation)? = nil
    ) {
        // By default each evaluation is one forward pass of the whole batch as matrices.
        let batch = evaluate == nil ? BatchGradientDescent(network: network, examples: examples, settings: settings) : nil
        let evaluate = evaluate ?? { batch!.evaluation(of: $0) }
        let base = evaluate(network)
        let h = Self.step
        // One working copy, each parameter set to θ + offset and back to θ exactly: no copy of the
        // whole network per evaluation.
        var perturbed = network
        func difference(_ theta: Double, _ set: (inout Network, Double) -> Void) -> (value: Double, method: Method) {
            func at(_ offset: Double) -> Evaluation {
                set(&perturbed, theta + offset)
                defer { set(&perturbed, theta) }
                return evaluate(perturbed)
            }
            let plus = at(h), minus = at(-h)
            if plus.kinkSides == base.kinkSides && minus.kinkSides == base.kinkSides {
                return ((plus.cost - minus.cost) / (2 * h), .central)
            }
            if plus.kinkSides == base.kinkSides {
                let plus2 = at(2 * h)
                if plus2.kinkSides == base.kinkSides {
                    return ((-3 * base.cost + 4 * plus.cost - plus2.cost) / (2 * h), .rightSided)
                }
            }
            if minus.kinkSides == base.kinkSides {
                let minus2 = at(-2 * h)
                if minus2.kinkSides == base.kinkSides {
                    return ((3 * base.cost - 4 * minus.cost + minus2.cost) / (2 * h), .leftSided)
                }
            }
            let crossed = base.kinkSides.indices.first { plus.kinkSides[$0] != base.kinkSides[$0] }
                ?? base.kinkSides.indices.first { minus.kinkSides[$0] != base.kinkSides[$0] } ?? 0
            return (0, .atKink(Self.kink(at: crossed, network: network, examples: examples)))
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
            let backpropagation: Double
            let numerical: (value: Double, method: Method)
            switch parameter {
            case .weight(let i, let j, let k):
                backpropagation = gradient.weights[i][j, k]
                numerical = difference(network.weights[i][j, k]) { $0.weights[i][j, k] = $1 }
            case .bias(let i, let j):
                backpropagation = gradient.biases[i][j]
                numerical = difference(network.biases[i][j]) { $0.biases[i][j] = $1 }
            }
            return Entry(parameter: parameter, backpropagation: backpropagation, numerical: numerical.value, method: numerical.method)
        }
    }

    /// The cost C of `network` on `examples` (one forward pass each, the loss's single definition)
    /// and the kink sides of every example's ReLU and leaky ReLU neurons.
    public static func evaluation(of network: Network, examples: [TrainingExample], settings: TrainingSettings) -> Evaluation {
        let passes = examples.map { ForwardPass(network: network, input: $0.input) }
        let cost = Cost(network: network, forwardPasses: passes, examples: examples, settings: settings).total
        return Evaluation(cost: cost, kinkSides: passes.flatMap { kinkSides(of: $0, network: network) })
    }

    /// z > 0 for every neuron of every ReLU or leaky ReLU layer of one forward pass, layer by layer.
    public static func kinkSides(of pass: ForwardPass, network: Network) -> [Bool] {
        network.activations.indices.filter { network.activations[$0].hasKink }.flatMap { i in
            pass.weightedInputs[i].map { $0 > 0 }
        }
    }

    /// The neuron behind position `index` of the kink sides.
    private static func kink(at index: Int, network: Network, examples: [TrainingExample]) -> Kink {
        let kinked = network.activations.indices.filter { network.activations[$0].hasKink }
        let perExample = kinked.reduce(0) { $0 + network.layerSizes[$1 + 1] }
        let example = index / perExample
        var offset = index % perExample
        let pass = ForwardPass(network: network, input: examples[example].input)
        for i in kinked {
            if offset < network.layerSizes[i + 1] {
                return Kink(
                    activation: network.activations[i], layer: i, neuron: offset, example: example,
                    weightedInput: pass.weightedInputs[i][offset])
            }
            offset -= network.layerSizes[i + 1]
        }
        preconditionFailure("kink index \(index) out of range")
    }

    /// The largest relative error over every comparable parameter.
    public var worstRelativeError: Double { entries.map(\.relativeError).max() ?? 0 }

    /// The entries where backpropagation and finite differences disagree.
    public var disagreements: [Entry] { entries.filter { !$0.agrees } }

    /// The entries at a kink, where no finite difference is comparable with backpropagation.
    public var kinks: [Entry] { entries.filter { !$0.isComparable } }

    /// Whether every comparable parameter agrees.
    public var passed: Bool { disagreements.isEmpty }
}
