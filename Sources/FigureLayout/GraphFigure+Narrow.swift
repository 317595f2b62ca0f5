import BackpropEngine
import LessonFormatting
import LessonNotation

extension GraphFigure {
    /// The graph laid out for a phone's column (`FigureKind.narrowWidth`), a part under the other,
    /// each two columns of boxes wide and headed by what it computes, then the key and the notes:
    /// the scalar graph neuron by neuron in three steps (its products, its sum, its activation), then
    /// the cost; the per-layer graph a step of a layer at a time (see `parts`), then the cost.
    public func narrowScene(_ context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        let whole = try diagram(context)
        var steps: [(computes: String?, scene: Scene)] = []
        if isScalar {
            steps = try narrowScalarSteps(of: whole, context).map { ($0.computes, $0.diagram.scene(context)) }
        } else {
            // Vectors written as columns, so that two boxes fit side by side.
            steps = parts(of: whole.vectorsAsColumns(widerThan: 100, context), context) {
                $0.width <= FigureKind.narrowWidth - 1
            }.map { (nil, $0) }
        }
        var headed: [(title: String, scene: Scene)] = []
        for (number, step) in steps.enumerated() {
            let values = ["part": String(number + 1), "parts": String(steps.count), "what": step.computes ?? ""]
            let title = try context.text(step.computes == nil ? .narrowPart : .narrowStep, values)
            // Each part without its key (the figure's comes once, at the bottom) or its notes, its ids
            // made its own: a part numbers its nodes from 0, and a reader pointing at a node must
            // light only that node.
            var body = step.scene
            body.items.removeAll { item in
                if case .path(let path) = item { path.id?.hasPrefix(LegendKey.idPrefix) == true } else { false }
            }
            headed.append((title, body.separatingNotes().body.withIDs(prefixed: "part-\(number + 1)-")))
        }
        return FigureKind.stacked(headed, keys: whole.keys, notes: whole.notes, title: whole.title, context)
    }

    /// The scalar graph in steps two columns wide, each with what it computes: per neuron, its
    /// products wⱼₖ·aₖ (each weight above the activation it multiplies), then its sum zⱼ of the
    /// products and the bias, then its activation aⱼ (a softmax layer's activations after all its
    /// sums, as each reads every z of the layer); then the cost of the outputs and the targets.
    private func narrowScalarSteps(
        of whole: GraphDiagram, _ context: FigureContext
    ) throws(StringTable.MissingKey) -> [(computes: String, diagram: GraphDiagram)] {
        let nodes = scalarGraph.nodes
        let drawn = drawnScalarNodes
        func inputs(_ node: Int) -> [Int] { nodes[node].inputs.filter { drawn[$0] != nil } }
        func name(_ node: Int) -> String { whole.nodes[drawn[node]!].lines[0].text }
        /// `sources` one under the other in the first column, into `reader` beside them.
        func fanIn(_ sources: [Int], into reader: Int) -> GraphDiagram {
            whole.rearranged(sources.enumerated().map { (drawn[$1]!, [], 0, Double($0)) }
                + [(drawn[reader]!, Array(sources.indices), 1, Double(sources.count - 1) / 2)])
        }
        var steps: [(computes: String, diagram: GraphDiagram)] = []
        for (index, node) in nodes.enumerated() {
            switch node.operation {
            case .sum(let layer, let neuron):
                var layout: [(node: Int, inputs: [Int], column: Int, row: Double)] = []
                for (k, product) in inputs(index).filter({ if case .multiply = nodes[$0].operation { true } else { false } }).enumerated() {
                    let factors = inputs(product)
                    let weight = factors.first { if case .weight = nodes[$0].operation { true } else { false } }!
                    let activation = factors.first { $0 != weight }!
                    layout += [
                        (drawn[weight]!, [], 0, Double(2 * k)), (drawn[activation]!, [], 0, Double(2 * k + 1)),
                        (drawn[product]!, [layout.count, layout.count + 1], 1, Double(2 * k) + 0.5),
                    ]
                }
                let z = Symbol(.weightedInput, neurons: [neuron + 1], layer: Network.layerNumber(ofParameterLayer: layer)).unicode
                steps.append((try context.text(.narrowProducts, ["z": z]), whole.rearranged(layout)))
                steps.append((name(index), fanIn(inputs(index), into: index)))
                // Its activation next, unless it reads the whole layer's sums (softmax), which come first.
                if let activation = nodes.indices.first(where: { reader in
                    if case .activation = nodes[reader].operation { inputs(reader) == [index] } else { false }
                }) {
                    steps.append((name(activation), fanIn([index], into: activation)))
                }
            case .activation where inputs(index).count == 1:
                continue
            case .activation, .cost:
                steps.append((name(index), fanIn(inputs(index), into: index)))
            default:
                continue
            }
        }
        return steps
    }
}

private extension Scene {
    /// The scene with every id, and every label's owner, starting with `prefix`.
    func withIDs(prefixed prefix: String) -> Scene {
        var scene = self
        scene.items = items.map { item in
            switch item {
            case .circle(var circle): circle.id = circle.id.map { prefix + $0 }; return .circle(circle)
            case .box(var box): box.id = box.id.map { prefix + $0 }; return .box(box)
            case .path(var path): path.id = path.id.map { prefix + $0 }; return .path(path)
            case .text(var run): run.owner = run.owner.map { prefix + $0 }; return .text(run)
            }
        }
        return scene
    }
}
