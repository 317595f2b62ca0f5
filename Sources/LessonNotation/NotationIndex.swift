/// The three indices a lesson quantity can carry, each written so that it cannot be mistaken for
/// another or for a power: the neuron as a subscript (aⱼ), the layer as a parenthesized superscript
/// (a⁽ˡ⁾), and the training example as a bracketed superscript after it (a⁽ˡ⁾[i]).
public enum NotationIndex: CaseIterable, Sendable {
    /// j, k: the neuron, 1-based, as a subscript.
    case neuron
    /// l: the layer, counted from the input layer 1, as a superscript in parentheses.
    case layer
    /// i: the training example of a batch, 1-based, as a superscript in square brackets.
    case example

    /// The bracket before the index: "(" for a layer, "[" for an example, none for a neuron.
    public var opening: String {
        switch self {
        case .neuron: ""
        case .layer: "("
        case .example: "["
        }
    }

    /// The bracket after the index.
    public var closing: String {
        switch self {
        case .neuron: ""
        case .layer: ")"
        case .example: "]"
        }
    }

    /// The letter of the index in general formulas: j for a neuron, l for a layer, i for an example.
    public var letter: String {
        switch self {
        case .neuron: "j"
        case .layer: "l"
        case .example: "i"
        }
    }
}
