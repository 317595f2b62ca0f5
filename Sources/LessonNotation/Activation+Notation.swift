import BackpropEngine

/// How each activation function is written. σ is the logistic sigmoid and nothing else; every other
/// activation is written by its own name, and general formulas use `Activation.genericSymbol` f.
extension Activation {
    /// f, the activation of a layer in general formulas (a⁽ˡ⁾ = f(z⁽ˡ⁾), BP1, BP2).
    public static let genericSymbol = "f"

    /// The function's symbol in formulas and figure labels: σ, tanh, ReLU, LReLU, softmax; `id` for
    /// the identity of a linear layer.
    public var symbol: String {
        switch self {
        case .linear: "id"
        case .sigmoid: "σ"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case .leakyReLU: "LReLU"
        case .softmax: "softmax"
        }
    }

    /// The derivative's symbol: σ′, tanh′, ReLU′…
    public var derivativeSymbol: String { symbol + "′" }

    /// The string-table key of the activation's name in the page language (one name per language,
    /// used by pages, figures and the deck alike).
    public var nameKey: String { "activation.\(rawValue)" }
}
