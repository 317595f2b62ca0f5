/// The scalar computational graph of one example (in the style of micrograd): every input, weight,
/// bias and target is a node, every product wⱼₖ·aₖ, sum zⱼ, activation aⱼ and the cost C_x is a node,
/// and reverse-mode differentiation over the graph itself gives every node's ∂C_x/∂node.
///
/// It is computed independently of the matrix equations BP1–BP4, so it checks them.
public struct ComputationGraph: Equatable, Sendable {
    /// What a node computes. Layers are indexed from the first non-input layer (0), as in `Network`.
    public enum Operation: Equatable, Hashable, Sendable {
        /// xₖ, a leaf.
        case input(neuron: Int)
        /// wⱼₖ of a layer, a leaf.
        case weight(layer: Int, row: Int, column: Int)
        /// bⱼ of a layer, a leaf.
        case bias(layer: Int, neuron: Int)
        /// yⱼ, a leaf.
        case target(neuron: Int)
        /// wⱼₖ · aₖ: inputs are the weight and the activation.
        case multiply(layer: Int, row: Int, column: Int)
        /// zⱼ = Σₖ wⱼₖ aₖ + bⱼ: inputs are the products and the bias.
        case sum(layer: Int, neuron: Int)
        /// aⱼ = σ(zⱼ): the input is zⱼ, or every z of the layer for softmax.
        case activation(Activation, layer: Int, neuron: Int)
        /// C_x: inputs are the outputs a₁…aₙ, then the targets y₁…yₙ. The output layer's weighted inputs
        /// z₁…zₙ ride along, so that cross-entropy is computed stably from them (an output that rounds
        /// to exactly 0 or 1 still has a finite cost and derivative).
        case cost(Loss, outputActivation: Activation, weightedInputs: [Double])

        /// The node's value from its inputs' values.
        func forward(_ x: [Double]) -> Double {
            switch self {
            case .input, .weight, .bias, .target:
                preconditionFailure("leaves have no forward rule")
            case .multiply:
                return x[0] * x[1]
            case .sum:
                return x.reduce(0, +)
            case .activation(let activation, _, let neuron):
                return activation == .softmax ? activation.apply(x)[neuron] : activation.apply(x)[0]
            case .cost(let loss, let outputActivation, let z):
                let n = x.count / 2
                return loss.cost(
                    weightedInput: z, output: Array(x[..<n]), target: Array(x[n...]), outputActivation: outputActivation)
            }
        }

        /// ∂node/∂inputᵢ for each input, given the inputs' values and the node's value.
        func backward(_ x: [Double], value: Double) -> [Double] {
            switch self {
            case .input, .weight, .bias, .target:
                return []
            case .multiply:
                return [x[1], x[0]]
            case .sum:
                return x.map { _ in 1 }
            case .activation(let activation, _, let neuron):
                if activation == .softmax {
                    return x.indices.map { k in value * ((k == neuron ? 1 : 0) - activation.apply(x)[k]) }
                }
                return activation.derivative(z: x, a: [value])!
            case .cost(let loss, let outputActivation, let z):
                let n = x.count / 2
                let a = Array(x[..<n]), y = Array(x[n...])
                return loss.gradient(weightedInput: z, output: a, target: y, outputActivation: outputActivation)
                    + loss.targetGradient(weightedInput: z, output: a, target: y, outputActivation: outputActivation)
            }
        }
    }

    /// One node: its operation, the nodes it reads, its value and ∂C_x/∂node.
    public struct Node: Equatable, Sendable {
        public let operation: Operation
        /// Indices into `nodes` of this node's inputs; always smaller than the node's own index.
        public let inputs: [Int]
        public let value: Double
        public internal(set) var gradient: Double
    }

    /// The nodes in topological order: every node comes after its inputs; the cost is last.
    public private(set) var nodes: [Node] = []

    /// Builds the graph of `example` through `network`, then runs reverse mode from the cost.
    public init(network: Network, example: TrainingExample, loss: Loss) {
        var previous = example.input.indices.map { add(.input(neuron: $0), value: example.input[$0]) }
        var outputSums: [Int] = []
        for i in 0..<network.parameterLayerCount {
            let weights = network.weights[i]
            let sums = (0..<weights.rows).map { j in
                let products = (0..<weights.columns).map { k in
                    let weight = add(.weight(layer: i, row: j, column: k), value: weights[j, k])
                    return add(.multiply(layer: i, row: j, column: k), inputs: [weight, previous[k]])
                }
                let bias = add(.bias(layer: i, neuron: j), value: network.biases[i][j])
                return add(.sum(layer: i, neuron: j), inputs: products + [bias])
            }
            outputSums = sums
            let activation = network.activations[i]
            previous = sums.indices.map { j in
                add(.activation(activation, layer: i, neuron: j), inputs: activation == .softmax ? sums : [sums[j]])
            }
        }
        let targets = example.target.indices.map { add(.target(neuron: $0), value: example.target[$0]) }
        add(
            .cost(loss, outputActivation: network.outputActivation, weightedInputs: outputSums.map { nodes[$0].value }),
            inputs: previous + targets)
        backpropagate()
    }

    @discardableResult
    private mutating func add(_ operation: Operation, value: Double) -> Int {
        nodes.append(Node(operation: operation, inputs: [], value: value, gradient: 0))
        return nodes.count - 1
    }

    @discardableResult
    private mutating func add(_ operation: Operation, inputs: [Int]) -> Int {
        add(Node(operation: operation, inputs: inputs, value: operation.forward(inputs.map { nodes[$0].value }), gradient: 0))
    }

    private mutating func add(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    /// Reverse mode: ∂C/∂C = 1, then each node passes its gradient times its local derivatives to
    /// its inputs, last node first (the chain rule, summed over every path).
    private mutating func backpropagate() {
        nodes[nodes.count - 1].gradient = 1
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            let local = node.operation.backward(node.inputs.map { nodes[$0].value }, value: node.value)
            for (input, derivative) in zip(node.inputs, local) {
                nodes[input].gradient += node.gradient * derivative
            }
        }
    }

    /// How many nodes the graph of `network` has, without building it: the inputs; per layer the
    /// weights, their products, the biases, the sums and the activations; the targets and the cost.
    public static func nodeCount(of network: Network) -> Int {
        let sizes = network.layerSizes
        var count = sizes[0] + sizes[sizes.count - 1] + 1
        for l in 1..<sizes.count {
            let weights: Int = sizes[l] * sizes[l - 1]
            count += 2 * weights + 3 * sizes[l]
        }
        return count
    }

    /// The cost node C_x.
    public var cost: Node { nodes[nodes.count - 1] }

    /// The node computing `operation`, if the graph has one.
    public func node(_ operation: Operation) -> Node? {
        nodes.first { $0.operation == operation }
    }
}
