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
        let (diagram, scene) = try folded(context)
        return scene ?? diagram.scene(context)
    }

    /// The nodes with their labels, the notes and the title, before layout (also the DOT export's).
    func diagram(_ context: FigureContext) throws(StringTable.MissingKey) -> GraphDiagram {
        try folded(context).diagram
    }

    /// The diagram, with its scene when choosing it took laying it out: the per-layer graph is laid
    /// out folded onto each number of bands to find the one closest to a 16:9 slide; the scalar
    /// graph is not laid out here.
    private func folded(_ context: FigureContext) throws(StringTable.MissingKey) -> (diagram: GraphDiagram, scene: Scene?) {
        let network = walkthrough.steps[step].network
        var notes = [try context.note(.graphLegend)]
        if !isScalar { notes.append(try context.note(.graphLayerLegend)) }
        notes += try context.firstExampleNote(walkthrough.examples.count)
        let title = try context.altText(context.text(.graphAlt, [
            "sizes": network.sizesDescription, "cost": context.number(walkthrough.steps[step].cost.perExample[0]),
        ]), examples: walkthrough.examples.count)
        let keys = [
            LegendKey(stroke: context.theme.forwardStroke, label: try context.text(.keyForward)),
            LegendKey(stroke: context.theme.backwardStroke, label: try context.text(.keyBackward)),
        ]
        if isScalar { return (GraphDiagram(nodes: try scalarNodes(context), keys: keys, notes: notes, title: title), nil) }
        var best: (diagram: GraphDiagram, scene: Scene, misfit: Double)?
        for perBand in 1...network.parameterLayerCount {
            let diagram = GraphDiagram(
                nodes: try layerNodes(context, layersPerBand: perBand), keys: keys, notes: notes, title: title)
            let scene = diagram.scene(context)
            let ratio = scene.width / scene.height / (16 / 9)
            let misfit = max(ratio, 1 / ratio)
            if misfit < best?.misfit ?? .infinity { best = (diagram, scene, misfit) }
        }
        return (best!.diagram, best!.scene)
    }

    /// The graph in parts for slides, each readable on its own and each laid out for a slide (see
    /// `neuronPart`): the scalar graph one neuron at a time (its inputs, weights, products, bias, sum
    /// and activation; a softmax layer's activations, each of which reads every sum of its layer,
    /// on a part of their own after the layer's sums), then the cost with the outputs and their
    /// targets; the per-layer graph one step of a layer at a time (see `layerParts`), then the cost,
    /// in smaller steps where a part does not `fit` (a slide). A scalar part that does not `fit` even
    /// so is drawn as the whole graph draws it, for the slide to cut.
    public func parts(
        _ context: FigureContext, fit: (Scene) -> Bool = { _ in true }
    ) throws(StringTable.MissingKey) -> [Scene] {
        parts(of: try diagram(context), context, fit: fit)
    }

    /// The parts of `whole`, this figure's diagram (its lines perhaps set otherwise), as `parts` cuts it.
    func parts(of whole: GraphDiagram, _ context: FigureContext, fit: (Scene) -> Bool) -> [Scene] {
        guard isScalar else {
            let layers = walkthrough.steps[step].network.parameterLayerCount
            return (0..<layers).flatMap { layerParts(of: whole, layer: $0, fit: fit, context) }
                + [costPart(of: whole, layers: layers).scene(context)]
        }
        // The key in a corner of the part if one is clear, else under it, else left to the slide's
        // legend, which says the same in words; sloping edges at 45° where there is room, steeper
        // where there is not.
        func fitted(_ slide: GraphDiagram) -> Scene? {
            for placement in [GraphDiagram.KeyPlacement.topRight, .below, .none] {
                for runPerRise in [1.0, 0.5] {
                    var slide = slide
                    slide.keyPlacement = placement
                    slide.runPerRise = runPerRise
                    let scene = slide.scene(context)
                    if fit(scene) { return scene }
                }
            }
            return nil
        }
        // Each part on as few slides as hold it whole.
        return scalarParts(of: whole).flatMap { part in
            layouts: for slides in part.layouts {
                var scenes: [Scene] = []
                for slide in slides {
                    guard let scene = fitted(slide) else { continue layouts }
                    scenes.append(scene)
                }
                return scenes
            }
            return [whole.part(core: part.core).scene(context)]
        }
    }

    /// The scalar graph's parts (see `parts`), each laid out for a slide in the ways it can be
    /// shown, fewest slides first, with the nodes it is about (its core: every other node of a part
    /// is an input drawn again).
    private func scalarParts(of whole: GraphDiagram) -> [(layouts: [[GraphDiagram]], core: [Int])] {
        let graph = scalarGraph
        let drawn = drawnScalarNodes
        var weights: [[Int]: Int] = [:], products: [[Int]: Int] = [:], biases: [[Int]: Int] = [:]
        var sums: [[Int]: Int] = [:], activations: [[Int]: Int] = [:]
        var inputs: [Int] = [], targets: [Int] = []
        var cost = 0
        var readsOfProduct: [Int: Int] = [:]
        for (graphIndex, node) in graph.nodes.enumerated() {
            guard let index = drawn[graphIndex] else { continue }
            switch node.operation {
            case .input: inputs.append(index)
            case .weight(let i, let j, let k): weights[[i, j, k]] = index
            case .multiply(let i, let j, let k):
                products[[i, j, k]] = index
                readsOfProduct[index] = drawn[node.inputs[1]]
            case .bias(let i, let j): biases[[i, j]] = index
            case .sum(let i, let j): sums[[i, j]] = index
            case .activation(_, let i, let j): activations[[i, j]] = index
            case .target: targets.append(index)
            case .cost: cost = index
            }
        }
        let network = walkthrough.steps[step].network
        var parts: [(layouts: [[GraphDiagram]], core: [Int])] = []
        for i in 0..<network.parameterLayerCount {
            let softmax = network.activations[i] == .softmax
            let (rows, columns) = (network.weights[i].rows, network.weights[i].columns)
            for j in 0..<rows {
                let product = (0..<columns).map { products[[i, j, $0]]! }
                let neuron = Neuron(
                    layer: i, index: j,
                    inputs: product.map { readsOfProduct[$0]! }, weights: (0..<columns).map { weights[[i, j, $0]]! },
                    products: product, bias: biases[[i, j]], sum: sums[[i, j]]!, activation: softmax ? nil : activations[[i, j]]!)
                let leaves = columns + (neuron.bias == nil ? 0 : 1)
                // Fewest slides first; of as many, the activation with the sum before on a slide of its own.
                let layouts = (1...leaves + 1).flatMap { slides in
                    (slides > leaves ? [] : [neuronParts(neuron, runs: slides, activationApart: false, of: whole)])
                        + (slides == 1 || neuron.activation == nil
                            ? [] : [neuronParts(neuron, runs: slides - 1, activationApart: true, of: whole)])
                }
                parts.append((layouts, neuron.core))
            }
            if softmax {
                let layerSums = (0..<rows).map { sums[[i, $0]]! }, layerActivations = (0..<rows).map { activations[[i, $0]]! }
                // Every activation's every sum on as few slides as can hold them: runs of the
                // activations, and, if need be, of the sums (every run of sums into every run of
                // activations).
                let layouts = (1...rows).flatMap { sumRuns in
                    (1...rows).map { activationRuns in
                        softmaxParts(
                            layer: i, sums: layerSums, activations: layerActivations, sumRuns: sumRuns,
                            activationRuns: activationRuns, of: whole)
                    }
                }
                parts.append((layouts.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }.map(\.element),
                              layerActivations))
            }
        }
        let outputs = (0..<network.layerSizes.last!).map { activations[[network.parameterLayerCount - 1, $0]]! }
        parts.append((
            (1...outputs.count).map { scalarCostParts(outputs: outputs, targets: targets, cost: cost, slides: $0, of: whole) },
            targets + [cost]))
        return parts
    }

    /// One neuron of the scalar graph by the figure's indices of its nodes; no activation for a
    /// softmax neuron, whose activation has a part of its own.
    private struct Neuron {
        /// The engine's indices of its layer (0 for the first after the input) and of the neuron in it.
        var layer: Int
        var index: Int
        /// The activations (or inputs) of the layer before, one per product.
        var inputs: [Int]
        var weights: [Int]
        var products: [Int]
        var bias: Int?
        var sum: Int
        var activation: Int?

        var core: [Int] { weights + products + (bias.map { [$0] } ?? []) + [sum] + (activation.map { [$0] } ?? []) }
    }

    /// `count` items in `slides` runs in order, as even as can be, the longer ones last.
    private static func runs(of count: Int, slides: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for slide in 0..<slides {
            let length = count / slides + (slide >= slides - count % slides ? 1 : 0)
            runs.append(start..<start + length)
            start += length
        }
        return runs
    }

    /// A neuron's slides: its products in `runs` runs, the bias with the last, each run with the sum
    /// it goes into, the activation with the last run or, `activationApart`, on a slide of its own
    /// after the sum (for a neuron too wide for one slide). One run is laid out as `neuronPart` lays
    /// it out; each of several is headed by the terms of the sum it shows ("z₁⁽³⁾ = w₁₁⁽³⁾a₁⁽²⁾ +
    /// w₁₂⁽³⁾a₂⁽²⁾ + …", then "z₁⁽³⁾ = … + w₁₃⁽³⁾a₃⁽²⁾ + w₁₄⁽³⁾a₄⁽²⁾ + b₁⁽³⁾").
    private func neuronParts(_ neuron: Neuron, runs count: Int, activationApart: Bool, of whole: GraphDiagram) -> [GraphDiagram] {
        let (i, j) = (neuron.layer, neuron.index)
        func term(_ k: Int) -> String {
            Symbol(.weight, neurons: [j + 1, k + 1], layer: layer(i)).unicode
                + (i == 0 ? Symbol(.input, neurons: [k + 1]) : Symbol(.activation, neurons: [k + 1], layer: layer(i - 1))).unicode
        }
        let z = Symbol(.weightedInput, neurons: [j + 1], layer: layer(i)).unicode
        let b = neuron.bias == nil ? [] : [Symbol(.bias, neurons: [j + 1], layer: layer(i)).unicode]
        let inputs = neuron.inputs.count
        let runs = Self.runs(of: inputs + b.count, slides: count)
        var parts = runs.enumerated().map { number, run in
            let last = number == runs.count - 1
            let products = run.clamped(to: 0..<inputs)
            var part = neuronPart(neuron, products: products, last: last, activation: last && !activationApart, of: whole)
            if runs.count > 1 {
                let terms = (number > 0 ? ["…"] : []) + products.map(term) + (last ? b : ["…"])
                part.heading = z + " = " + terms.joined(separator: " + ")
            }
            return part
        }
        if activationApart, let activation = neuron.activation {
            var part = whole.rearranged([(neuron.sum, [], 0, 0), (activation, [0], 1, 0)])
            part.keyPlacement = .topRight
            parts.append(part)
        }
        return parts
    }

    /// Some of a neuron's products laid out for a 16:9 slide, as low as they can be: each weight
    /// beside its × node (same row, left of it), each input half a row below, running level under
    /// its weight to the × node; the sum level with the middle of the products, the key in the
    /// corner above it. The `last` products come with the bias, under them; the `activation` is level
    /// with the sum. A neuron of k inputs and a bias is k rows high.
    private func neuronPart(
        _ neuron: Neuron, products shown: Range<Int>, last: Bool, activation: Bool, of whole: GraphDiagram
    ) -> GraphDiagram {
        let count = shown.count
        let bias = last ? neuron.bias : nil
        var layout: [(node: Int, inputs: [Int], column: Int, row: Double)] = []
        for (k, input) in neuron.inputs[shown].enumerated() { layout.append((input, [], 0, Double(k) + 0.5)) }
        for (k, weight) in neuron.weights[shown].enumerated() { layout.append((weight, [], 1, Double(k))) }
        for (k, product) in neuron.products[shown].enumerated() { layout.append((product, [count + k, k], 2, Double(k))) }
        let leaves = count + (bias == nil ? 0 : 1)
        if let bias { layout.append((bias, [], 2, Double(count))) }
        let middle = Double(leaves - 1) / 2
        layout.append((neuron.sum, Array(2 * count..<2 * count + leaves), 3, middle))
        if activation, let activation = neuron.activation { layout.append((activation, [layout.count - 1], 4, middle)) }
        var part = whole.rearranged(layout)
        for k in 0..<count { part.nodes[k].runsLevel = true }
        part.keyPlacement = .topRight
        return part
    }

    /// A softmax layer's activations, each reading every sum of the layer: the sums in one column,
    /// the activations spread level with them in the next; in runs of the activations, and of the
    /// sums, when they are too many for a slide, each slide a run of sums into a run of activations
    /// (headed, when the sums are in runs, by what it shows: "a₁⁽³⁾, a₂⁽³⁾ = softmax(z₁⁽³⁾, z₂⁽³⁾, …)").
    private func softmaxParts(
        layer i: Int, sums: [Int], activations: [Int], sumRuns: Int, activationRuns: Int, of whole: GraphDiagram
    ) -> [GraphDiagram] {
        let runsOfSums = Self.runs(of: sums.count, slides: sumRuns)
        return Self.runs(of: activations.count, slides: activationRuns).flatMap { activationRun in
            runsOfSums.enumerated().map { number, sumRun in
                let reads = Array(0..<sumRun.count)
                let spread = Double(sumRun.count) / Double(activationRun.count)
                var part = whole.rearranged(
                    sums[sumRun].enumerated().map { ($1, [], 0, Double($0)) }
                        + activations[activationRun].enumerated().map { ($1, reads, 1, (Double($0) + 0.5) * spread - 0.5) })
                if runsOfSums.count > 1 {
                    let names = activationRun.map { Symbol(.activation, neurons: [$0 + 1], layer: layer(i)).unicode }
                    let arguments = (number > 0 ? ["…"] : []) + sumRun.map { Symbol(.weightedInput, neurons: [$0 + 1], layer: layer(i)).unicode }
                        + (number < runsOfSums.count - 1 ? ["…"] : [])
                    part.heading = names.joined(separator: ", ") + " = " + Activation.softmax.symbol
                        + "(" + arguments.joined(separator: ", ") + ")"
                }
                part.keyPlacement = .topRight
                return part
            }
        }
    }

    /// The cost on `slides` slides, its outputs in runs: each target beside its output (level with
    /// it, half a row higher), each output running level under its target to C.
    private func scalarCostParts(
        outputs: [Int], targets: [Int], cost: Int, slides: Int, of whole: GraphDiagram
    ) -> [GraphDiagram] {
        Self.runs(of: outputs.count, slides: slides).map { run in
            let count = run.count
            var part = whole.rearranged(
                outputs[run].enumerated().map { ($1, [], 0, Double($0) + 0.5) } + targets[run].enumerated().map { ($1, [], 1, Double($0)) }
                    + [(cost, Array(0..<2 * count), 2, (Double(count) - 0.5) / 2)])
            for k in 0..<count { part.nodes[k].runsLevel = true }
            part.keyPlacement = .topRight
            return part
        }
    }

    /// Layer `i` of the per-layer graph (whose nodes are x, then W, W·a, b, z and a per layer, then y
    /// and C) in parts that each fit a slide whole: W⁽ˡ⁾ and a⁽ˡ⁻¹⁾ into their product; then the
    /// product and b⁽ˡ⁾ into z⁽ˡ⁾ and the activation a⁽ˡ⁾, or, if that does not `fit`, into z⁽ˡ⁾ on
    /// one part and z⁽ˡ⁾ into a⁽ˡ⁾ on the next.
    private func layerParts(
        of whole: GraphDiagram, layer i: Int, fit: (Scene) -> Bool, _ context: FigureContext
    ) -> [Scene] {
        let weights = 1 + 5 * i, product = 2 + 5 * i, bias = 3 + 5 * i, sum = 4 + 5 * i, activation = 5 + 5 * i
        let multiply = whole.rearranged([(weights, [], 0, 0), (i == 0 ? 0 : weights - 1, [], 0, 1), (product, [0, 1], 1, 0.5)])
        let add = [(product, [Int](), 0, 0.0), (bias, [], 0, 1), (sum, [0, 1], 1, 0.5)]
        let addAndActivate = whole.rearranged(add + [(activation, [2], 2, 0.5)]).scene(context)
        guard !fit(addAndActivate) else { return [multiply.scene(context), addAndActivate] }
        return [multiply, whole.rearranged(add), whole.rearranged([(sum, [], 0, 0), (activation, [0], 1, 0)])].map { $0.scene(context) }
    }

    /// The cost of the per-layer graph: the output a⁽ᴸ⁾ and the target y into C.
    private func costPart(of whole: GraphDiagram, layers: Int) -> GraphDiagram {
        let output = 5 * layers, target = 1 + 5 * layers
        return whole.rearranged([(output, [], 0, 0), (target, [], 0, 1), (target + 1, [0, 1], 1, 0.5)])
    }

    private func lines(
        _ name: String, value: String, gradient: String?, _ context: FigureContext
    ) throws(StringTable.MissingKey) -> [TextLine] {
        var lines = [TextLine(name, FigureFont.name), TextLine(value)]
        if let gradient {
            lines.append(TextLine(try context.text(.graphGradient, ["value": gradient]), FontStyle(size: 11, italic: true)))
        }
        return lines
    }

    /// Every scalar node on the grid: inputs in order in column 0; per layer, each weight in the
    /// column before its × node and half a row above it (so that the activation's edge reaches the
    /// × node below the weight), each neuron's products and bias as a group with its Σ and its
    /// activation level with the group's middle; the targets under the outputs, then C.
    private func scalarNodes(_ context: FigureContext) throws(StringTable.MissingKey) -> [GraphDiagram.Node] {
        let graph = scalarGraph
        let network = walkthrough.steps[step].network
        // Units of a weight and its × node, 1.25 rows apart: the weight half a row above its × node
        // leaves a lane under it for the activation's edge into the × node.
        let unitRows = 1.25
        // The first row of each layer's units, so that each block is centred on the column before it.
        var bases: [Double] = []
        var center = 0.0
        for i in 0..<network.parameterLayerCount {
            let units = Double(network.weights[i].rows * (network.weights[i].columns + 1))
            let middle = unitRows * (units - 1) / 2 + 0.5
            let base = i == 0 ? 0 : center - middle
            bases.append(base)
            center = base + middle
        }
        let inputCount = Double(network.layerSizes[0])
        let firstSpan = unitRows * Double(network.weights[0].rows * (network.weights[0].columns + 1) - 1) + 0.5
        func unit(_ i: Int, _ j: Int, _ k: Int) -> Double {
            bases[i] + unitRows * Double(j * (network.weights[i].columns + 1) + k)
        }
        func groupMiddle(_ i: Int, _ j: Int) -> Double {
            (unit(i, j, 0) + unit(i, j, network.weights[i].columns)) / 2 + 0.5
        }
        let outputs = network.parameterLayerCount - 1
        let lastRow = groupMiddle(outputs, network.layerSizes.last! - 1)
        let outputRows = (0..<network.layerSizes.last!).map { groupMiddle(outputs, $0) }
        let targetRows = outputRows.indices.map { lastRow + 1 + Double($0) }
        let costRow = (outputRows + targetRows).reduce(0, +) / Double(outputRows.count + targetRows.count)

        let drawn = drawnScalarNodes
        var nodes: [GraphDiagram.Node] = []
        for (index, node) in graph.nodes.enumerated() where drawn[index] != nil {
            let name: String, column: Int, row: Double
            var hasGradient = true
            switch node.operation {
            case .input(let k):
                name = Symbol(.input, neurons: [k + 1]).unicode
                (column, row) = (0, inputCount == 1 ? firstSpan / 2 : firstSpan * Double(k) / (inputCount - 1))
            case .weight(let i, let j, let k):
                name = Symbol(.weight, neurons: [j + 1, k + 1], layer: layer(i)).unicode
                (column, row) = (1 + 4 * i, unit(i, j, k))
            case .bias(let i, let j):
                name = Symbol(.bias, neurons: [j + 1], layer: layer(i)).unicode
                (column, row) = (2 + 4 * i, unit(i, j, network.weights[i].columns) + 0.5)
            case .multiply(let i, let j, let k):
                name = "×"
                (column, row) = (2 + 4 * i, unit(i, j, k) + 0.5)
            case .sum(let i, let j):
                name = Symbol(.weightedInput, neurons: [j + 1], layer: layer(i)).unicode + " = Σ"
                (column, row) = (3 + 4 * i, groupMiddle(i, j))
            case .activation(let activation, let i, let j):
                name = Symbol(.activation, neurons: [j + 1], layer: layer(i)).unicode + " = " + activation.symbol
                (column, row) = (4 + 4 * i, groupMiddle(i, j))
            case .target(let j):
                name = Symbol(.target, neurons: [j + 1]).unicode
                (column, row) = (4 * network.parameterLayerCount, targetRows[j])
                hasGradient = false
            case .cost:
                name = "C"
                (column, row) = (4 * network.parameterLayerCount + 1, costRow)
            }
            nodes.append(GraphDiagram.Node(
                lines: try lines(
                    name, value: isGiven(node.operation) ? context.numbers.given(node.value) : context.number(node.value),
                    gradient: hasGradient ? context.number(node.gradient) : nil, context),
                inputs: node.inputs.compactMap { drawn[$0] }, column: column, row: row, hasGradient: hasGradient))
        }
        return nodes
    }

    /// W·a, +b and the activation per layer, the target and the cost, with their vectors' first
    /// entries and their sizes, each layer laid out like one neuron of the scalar graph; the layers
    /// are folded into `layersPerBand`-wide bands.
    private func layerNodes(
        _ context: FigureContext, layersPerBand perBand: Int
    ) throws(StringTable.MissingKey) -> [GraphDiagram.Node] {
        let gradientStep = walkthrough.steps[step]
        let network = gradientStep.network
        let forward = gradientStep.forwardPasses[0]
        let backward = gradientStep.backwardPasses[0]
        let example = walkthrough.examples[0]
        // Inputs and targets are the teacher's, written as given.
        func vector(_ values: [Double], given: Bool = false) -> String {
            let shown = values.count <= 3 ? values : Array(values.prefix(2))
            let body = shown.map(given ? context.numbers.given : context.number).joined(separator: "; ")
            return "[" + body + (shown.count < values.count ? "; …" : "") + "]"
        }
        func size(_ rows: Int, _ columns: Int = 1) -> TextLine {
            TextLine("\(rows) × \(columns)", FigureFont.label, role: .secondaryText)
        }
        var nodes: [GraphDiagram.Node] = []
        func add(
            _ name: String, _ value: String, _ gradient: String?, size: TextLine?, _ inputs: [Int],
            column: Int, row: Double, band: Int
        ) throws(StringTable.MissingKey) -> Int {
            var lines = try lines(name, value: value, gradient: gradient, context)
            if let size { lines.insert(size, at: 1) }
            nodes.append(GraphDiagram.Node(
                lines: lines, inputs: inputs, column: column, row: row, band: band, hasGradient: gradient != nil))
            return nodes.count - 1
        }
        let inputSize = forward.input.count
        var previous = try add(
            "x", vector(forward.input, given: true), vector(network.weights[0].transposed * backward.errors[0]), size: size(inputSize), [],
            column: 0, row: 1.25, band: 0)
        for i in 0..<network.parameterLayerCount {
            let band = i / perBand, left = 4 * (i % perBand)
            let l = Symbol.layerMark(layer(i)), lBefore = i == 0 ? "x" : "a" + Symbol.layerMark(layer(i - 1))
            let weights = network.weights[i]
            let delta = vector(backward.errors[i])
            let w = try add(
                "W" + l, vector(weights.entries),
                vector(Matrix.outer(backward.errors[i], forward.activationFeeding(layer: i)).entries),
                size: size(weights.rows, weights.columns), [], column: left + 1, row: 0, band: band)
            let product = try add(
                "W" + l + lBefore, vector(weights * forward.activationFeeding(layer: i)), delta, size: size(weights.rows),
                [w, previous], column: left + 2, row: 0.5, band: band)
            let b = try add(
                "b" + l, vector(network.biases[i]), delta, size: size(weights.rows), [], column: left + 2, row: 2, band: band)
            let z = try add(
                "z" + l + " = +", vector(forward.weightedInputs[i]), delta, size: size(weights.rows), [product, b],
                column: left + 3, row: 1.25, band: band)
            let carried = backward.backpropagatedErrors[i] ?? backward.costGradient
            previous = try add(
                "a" + l + " = " + network.activations[i].symbol, vector(forward.activations[i]),
                vector(carried), size: size(weights.rows), [z], column: left + 4, row: 1.25, band: band)
        }
        let lastBand = (network.parameterLayerCount - 1) / perBand
        let outputColumn = 4 * ((network.parameterLayerCount - 1) % perBand) + 4
        let y = try add(
            "y", vector(example.target, given: true), nil, size: size(example.target.count), [], column: outputColumn, row: 2.5,
            band: lastBand)
        _ = try add(
            "C", context.number(gradientStep.cost.perExample[0]), context.number(1), size: nil, [previous, y],
            column: outputColumn + 1, row: 1.875, band: lastBand)
        return nodes
    }

    /// The scalar graph's nodes that the figure draws, by their index in the graph, with their index
    /// in the figure (`node-<index>`): every node, but no bias nodes for a network without biases
    /// (their fixed zeros are not part of its lesson).
    public var drawnScalarNodes: [Int: Int] {
        let showsBiases = walkthrough.steps[step].network.showsBiases(walkthrough.settings)
        var drawn: [Int: Int] = [:]
        for (index, node) in scalarGraph.nodes.enumerated() {
            if case .bias = node.operation, !showsBiases { continue }
            drawn[index] = drawn.count
        }
        return drawn
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
