import BackpropEngine
import LessonFormatting
import LessonNotation

/// The `graph` figure: the computational graph of the first example, every node with its value and
/// its gradient ∂C/∂node, forward edges solid, backward edges dashed and curved, columns by depth.
/// A network whose scalar graph would exceed `maxScalarNodes` nodes is drawn per layer instead
/// (a, W·a, +b, σ per layer, then C), with long vectors elided.
public struct GraphFigure: Sendable {
    /// Above this many scalar nodes the graph is drawn per layer.
    public static let maxScalarNodes = 60

    public let walkthrough: Walkthrough
    public let step: Int
    /// Above this many scalar nodes the graph is drawn per layer; `maxScalarNodes` on the site.
    public let scalarNodeLimit: Int

    /// The figure of `walkthrough`'s step `step`; a `scalarNodeLimit` of `.max` always draws the
    /// scalar graph, however large (as the benchmarks do).
    public init(walkthrough: Walkthrough, step: Int = 0, scalarNodeLimit: Int = GraphFigure.maxScalarNodes) {
        self.walkthrough = walkthrough
        self.step = step
        self.scalarNodeLimit = scalarNodeLimit
    }

    /// The scalar graph of the first example through the step's network.
    public var scalarGraph: ComputationGraph {
        step == 0
            ? walkthrough.graph
            : ComputationGraph(
                network: walkthrough.steps[step].network, example: walkthrough.examples[0], loss: walkthrough.settings.loss)
    }

    /// Whether the figure shows the scalar graph (rather than the per-layer one).
    public var isScalar: Bool { ComputationGraph.nodeCount(of: walkthrough.steps[step].network) <= scalarNodeLimit }

    public func scene(_ context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        try diagram(context).scene(context)
    }

    /// The nodes with their labels, the notes and the title, before layout (also the DOT export's).
    func diagram(_ context: FigureContext) throws(StringTable.MissingKey) -> GraphDiagram {
        let network = walkthrough.steps[step].network
        let nodes = isScalar ? try scalarNodes(context) : try layerNodes(context)
        var notes = [try context.note(.graphLegend)]
        if !isScalar { notes.append(try context.note(.graphLayerLegend)) }
        notes += try context.firstExampleNote(walkthrough.examples.count)
        return GraphDiagram(
            nodes: nodes, notes: notes,
            title: try context.text(.graphAlt, [
                "sizes": network.sizesDescription, "cost": context.number(walkthrough.steps[step].cost.perExample[0]),
            ]))
    }

    private func lines(
        _ name: String, value: String, gradient: String, _ context: FigureContext
    ) throws(StringTable.MissingKey) -> [TextLine] {
        [
            TextLine(name, FigureFont.name), TextLine(value),
            TextLine(try context.text(.graphGradient, ["value": gradient]), FontStyle(size: 11, italic: true)),
        ]
    }

    private func scalarNodes(_ context: FigureContext) throws(StringTable.MissingKey) -> [GraphDiagram.Node] {
        // A network without biases draws no bias nodes (their fixed zeros are not part of its lesson).
        let graph = scalarGraph
        let showsBiases = walkthrough.steps[step].network.showsBiases(walkthrough.settings)
        var kept: [Int: Int] = [:]
        for (index, node) in graph.nodes.enumerated() {
            if case .bias = node.operation, !showsBiases { continue }
            kept[index] = kept.count
        }
        var nodes: [GraphDiagram.Node] = []
        for node in graph.nodes {
            if case .bias = node.operation, !showsBiases { continue }
            let name: String = switch node.operation {
            case .input(let k): Symbol(.input, neurons: [k + 1]).unicode
            case .weight(let i, let j, let k): Symbol(.weight, neurons: [j + 1, k + 1], layer: layer(i)).unicode
            case .bias(let i, let j): Symbol(.bias, neurons: [j + 1], layer: layer(i)).unicode
            case .target(let j): Symbol(.target, neurons: [j + 1]).unicode
            case .multiply: "×"
            case .sum(let i, let j): Symbol(.weightedInput, neurons: [j + 1], layer: layer(i)).unicode + " = Σ"
            case .activation(let activation, let i, let j):
                Symbol(.activation, neurons: [j + 1], layer: layer(i)).unicode + " = " + activation.symbol
            case .cost: "C"
            }
            nodes.append(GraphDiagram.Node(
                lines: try lines(
                    name, value: isGiven(node.operation) ? context.numbers.given(node.value) : context.number(node.value),
                    gradient: context.number(node.gradient), context),
                inputs: node.inputs.compactMap { kept[$0] }))
        }
        return nodes
    }

    /// a, W·a, +b and σ per layer, the target and the cost, with their vectors' first entries.
    private func layerNodes(_ context: FigureContext) throws(StringTable.MissingKey) -> [GraphDiagram.Node] {
        let gradientStep = walkthrough.steps[step]
        let network = gradientStep.network
        let forward = gradientStep.forwardPasses[0]
        let backward = gradientStep.backwardPasses[0]
        let example = walkthrough.examples[0]
        // Inputs and targets are the teacher's, written as given.
        func vector(_ values: [Double], shape: String? = nil, given: Bool = false) -> String {
            let shown = values.count <= 3 ? values : Array(values.prefix(2))
            let body = shown.map(given ? context.numbers.given : context.number).joined(separator: "; ") + (shown.count < values.count ? "; …" : "")
            return "[" + body + "] (" + (shape ?? String(values.count)) + ")"
        }
        var nodes: [GraphDiagram.Node] = []
        func add(_ name: String, _ value: String, _ gradient: String, _ inputs: [Int]) throws(StringTable.MissingKey) -> Int {
            nodes.append(GraphDiagram.Node(lines: try lines(name, value: value, gradient: gradient, context), inputs: inputs))
            return nodes.count - 1
        }
        var previous = try add(
            "x", vector(forward.input, given: true), vector(network.weights[0].transposed * backward.errors[0]), [])
        for i in 0..<network.parameterLayerCount {
            let l = Symbol.layerMark(layer(i)), lBefore = i == 0 ? "x" : "a" + Symbol.layerMark(layer(i - 1))
            let weights = network.weights[i]
            let shape = "\(weights.rows)×\(weights.columns)"
            let delta = vector(backward.errors[i])
            let w = try add(
                "W" + l, vector(weights.entries, shape: shape),
                vector(Matrix.outer(backward.errors[i], forward.activationFeeding(layer: i)).entries, shape: shape), [])
            let product = try add(
                "W" + l + lBefore, vector(weights * forward.activationFeeding(layer: i)), delta, [w, previous])
            let b = try add("b" + l, vector(network.biases[i]), delta, [])
            let z = try add("z" + l + " = +", vector(forward.weightedInputs[i]), delta, [product, b])
            let carried = backward.backpropagatedErrors[i] ?? backward.costGradient
            previous = try add("a" + l + " = " + network.activations[i].symbol, vector(forward.activations[i]), vector(carried), [z])
        }
        let loss = walkthrough.settings.loss
        let y = try add(
            "y", vector(example.target, given: true),
            vector(loss.targetGradient(
                weightedInput: forward.weightedInputs[forward.weightedInputs.count - 1], output: forward.output, target: example.target, outputActivation: network.outputActivation)),
            [])
        _ = try add("C", context.number(gradientStep.cost.perExample[0]), context.number(1), [previous, y])
        return nodes
    }

    /// Whether a node holds a number the teacher gave: an input, a target, or a starting parameter.
    private func isGiven(_ operation: ComputationGraph.Operation) -> Bool {
        switch operation {
        case .input, .target: true
        case .weight, .bias: step == 0
        default: false
        }
    }

    /// The lessons' number of the engine's non-input layer `index`.
    private func layer(_ index: Int) -> Int { Network.layerNumber(ofParameterLayer: index) }
}
