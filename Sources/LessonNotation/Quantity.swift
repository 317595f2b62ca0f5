/// The quantities of the lesson, each with the one letter every output writes it with.
public enum Quantity: String, CaseIterable, Sendable {
    /// x, the input of the network (the activations of layer 1).
    case input = "x"
    /// y, the target output.
    case target = "y"
    /// z, the weighted input of a neuron or a layer.
    case weightedInput = "z"
    /// a, the activation (output) of a neuron or a layer.
    case activation = "a"
    /// W, the weight matrix of a layer.
    case weights = "W"
    /// w, one weight.
    case weight = "w"
    /// b, the bias of a neuron or the bias vector of a layer.
    case bias = "b"
    /// δ = ∂C/∂z, the error of a neuron or a layer.
    case error = "δ"
    /// C, the cost.
    case cost = "C"

    /// The letter, e.g. "δ".
    public var letter: String { rawValue }
}
