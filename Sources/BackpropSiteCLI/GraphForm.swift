import ArgumentParser
import BackpropEngine
import FigureLayout

/// The `--graph` values: the computational graph node by node, or per layer.
enum GraphForm: String, ArgumentWord {
    /// Every weight, product, sum and activation is a node, however large the network.
    case scalar
    /// a, W·a, +b and the activation per layer, with their vectors' first entries.
    case layers

    /// The graph figure of `walkthrough`'s step `step` in this form.
    func figure(_ walkthrough: Walkthrough, step: Int) -> GraphFigure {
        GraphFigure(walkthrough: walkthrough, step: step, scalarNodeLimit: self == .scalar ? .max : 0)
    }
}
