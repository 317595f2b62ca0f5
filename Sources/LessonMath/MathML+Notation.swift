import BackpropEngine
import LessonNotation

/// The lessons' symbols, following `LessonNotation`: the layer as a parenthesized superscript (z⁽ˡ⁾),
/// the neuron as a subscript (aⱼ⁽ˡ⁾), the training example as a bracketed superscript (x[i], δ⁽ˡ⁾[i]);
/// ⊙, ᵀ, η, λ, ∇ₐC; σ only for the logistic sigmoid, f for a layer's activation in general.
extension MathML {
    /// The symbolic layer l.
    public static let l = MathML.identifier(NotationIndex.layer.letter)
    /// The symbolic layer l − 1.
    public static let lMinus1 = MathML.row([.identifier("l"), .operator("−"), .number("1")])
    /// The symbolic layer l + 1.
    public static let lPlus1 = MathML.row([.identifier("l"), .operator("+"), .number("1")])
    /// The output layer L.
    public static let outputLayer = MathML.identifier("L")
    /// The input x.
    public static let x = MathML.identifier(Quantity.input.letter)
    /// i, the symbolic training example of a batch (sums run over it).
    public static let exampleIndex = MathML.identifier(NotationIndex.example.letter)

    public static let equals = MathML.operator("=")
    public static let plus = MathML.operator("+")
    public static let minus = MathML.operator("−")
    public static let dot = MathML.operator("·")
    /// The element-wise (Hadamard) product of BP1 and BP2.
    public static let hadamard = MathML.operator("⊙")
    /// The assignment of gradient descent.
    public static let assign = MathML.operator("←")
    public static let eta = MathML.identifier("η")
    public static let lambda = MathML.identifier("λ")
    public static let epsilon = MathML.identifier("ε")
    /// σ, the logistic sigmoid (and only it).
    public static let sigma = MathML.identifier("σ")
    /// σ′, the derivative of the logistic sigmoid.
    public static let sigmaPrime = MathML.superscript(.identifier("σ"), .operator("′"))
    /// f, the activation function of a layer in general formulas.
    public static let f = MathML.identifier(Activation.genericSymbol)
    /// f′, its derivative.
    public static let fPrime = MathML.superscript(.identifier(Activation.genericSymbol), .operator("′"))
    public static let cost = MathML.identifier(Quantity.cost.letter)
    /// m, the number of training examples.
    public static let m = MathML.identifier("m")
    /// ∇ₐC, the gradient of the cost with respect to the output activations.
    public static let costGradient = MathML.row([.subscript(.operator("∇"), .identifier("a")), .identifier("C")])

    /// The function symbol of `activation`: σ for the sigmoid, tanh, ReLU, LReLU, softmax, id.
    public static func function(_ activation: Activation) -> MathML {
        .identifier(activation.symbol)
    }

    /// The derivative symbol of `activation`: σ′, tanh′, ReLU′…
    public static func derivative(_ activation: Activation) -> MathML {
        .superscript(function(activation), .operator("′"))
    }

    /// `content` between the brackets of `index`, e.g. (2) for a layer, [1] for an example.
    public static func mark(_ index: NotationIndex, _ content: MathML) -> MathML {
        guard index != .neuron else { return content }
        return .row([.operator(index.opening), content, .operator(index.closing)])
    }

    /// A layer quantity such as W⁽ˡ⁾, z⁽³⁾ or δ⁽ᴸ⁾; with `example`, per example: δ⁽ˡ⁾[i].
    public static func quantity(_ name: String, _ layer: MathML, example: MathML? = nil) -> MathML {
        let layerMark = mark(.layer, layer)
        guard let example else { return .superscript(.identifier(name), layerMark) }
        return .superscript(.identifier(name), .row([layerMark, mark(.example, example)]))
    }

    /// A per-example symbol without a layer, such as x[i], y[2] or C[i]; `base` alone without `example`.
    public static func ofExample(_ base: MathML, _ example: MathML?) -> MathML {
        guard let example else { return base }
        return .superscript(base, mark(.example, example))
    }

    /// The lessons' layer number of the engine's non-input layer at `index` (input is layer 1).
    public static func layer(_ index: Int) -> MathML {
        integer(Network.layerNumber(ofParameterLayer: index))
    }

    /// The transpose Xᵀ, with X in parentheses when it is more than a symbol.
    public static func transposed(_ base: MathML, parenthesize: Bool = true) -> MathML {
        .superscript(parenthesize ? parenthesized(base) : base, .upright("T"))
    }

    /// ∂C/∂`variable`.
    public static func partial(of numerator: MathML = cost, by variable: MathML) -> MathML {
        .fraction(.row([.operator("∂"), numerator]), .row([.operator("∂"), variable]))
    }

    /// f(argument).
    public static func apply(_ function: MathML, _ argument: MathML) -> MathML {
        .row([function, parenthesized(argument)])
    }

    /// Σ with `index` under it (as a subscript, which stays compact in running text).
    public static func sum(over index: MathML) -> MathML {
        .subscript(.operator("∑"), index)
    }

    /// 1/`denominator` as a fraction.
    public static func reciprocal(_ denominator: MathML) -> MathML {
        .fraction(.number("1"), denominator)
    }
}
