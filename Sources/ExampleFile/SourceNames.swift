/// The names a published worked example gives to the quantities of its network (w1 … w6, i1, i2,
/// h1, "Delta"), so that the page can translate them into the lesson's notation and redo one
/// derivative the way the source does.
public struct SourceNames: Equatable, Sendable {
    /// The source's name of each starting weight, shaped like the network's weight matrices
    /// (`weights[i][j][k]` names row j, column k of the i-th matrix after the input).
    public var weights: [[[String]]]
    /// The source's name of each neuron's activation, one list per layer, input layer first.
    public var activations: [[String]]
    /// The source's name of the output error δ, when it has one (such as "Delta").
    public var outputError: String?

    public init(weights: [[[String]]] = [], activations: [[String]] = [], outputError: String? = nil) {
        self.weights = weights
        self.activations = activations
        self.outputError = outputError
    }
}
