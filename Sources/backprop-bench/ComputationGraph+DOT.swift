import BackpropEngine
import LessonFormatting

// Stand-in for FigureLayout's GraphDOT, which is being written on another branch: the same scalar
// graph as the `graph` figure, in graphviz's language, for timing `dot` on it.
extension ComputationGraph {
    /// The graph as a DOT digraph, left to right: one rounded box per node with its name, value and
    /// gradient (three lines, as in the figure), and one edge per input.
    func dot(numbers: NumberFormat) -> String {
        var lines = ["digraph computation {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"DejaVu Sans\", fontsize=11];"]
        for (index, node) in nodes.enumerated() {
            let label = [Self.name(node.operation), numbers.string(node.value), "∂C/∂ = " + numbers.string(node.gradient)]
            lines.append("  n\(index) [label=\"\(label.joined(separator: "\\n"))\"];")
        }
        for (index, node) in nodes.enumerated() {
            for input in node.inputs { lines.append("  n\(input) -> n\(index);") }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func name(_ operation: Operation) -> String {
        switch operation {
        case .input(let k): "x\(k + 1)"
        case .weight(let i, let j, let k): "w\(i + 2)_\(j + 1),\(k + 1)"
        case .bias(let i, let j): "b\(i + 2)_\(j + 1)"
        case .target(let j): "y\(j + 1)"
        case .multiply: "×"
        case .sum(let i, let j): "z\(i + 2)_\(j + 1) = Σ"
        case .activation(_, let i, let j): "a\(i + 2)_\(j + 1) = σ"
        case .cost: "C"
        }
    }
}
