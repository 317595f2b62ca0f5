import BackpropEngine

/// The lessons' symbols (Nielsen's notation): layer quantities with the layer as a superscript,
/// per-example quantities with the example as a subscript, ⊙, ᵀ, η, λ, σ, σ′, δ, ∇ₐC.
extension MathML {
    /// The symbolic layer l.
    public static let l = MathML.identifier("l")
    /// The symbolic layer l − 1.
    public static let lMinus1 = MathML.row([.identifier("l"), .operator("−"), .number("1")])
    /// The symbolic layer l + 1.
    public static let lPlus1 = MathML.row([.identifier("l"), .operator("+"), .number("1")])
    /// The output layer L.
    public static let outputLayer = MathML.identifier("L")
    /// The symbolic training example x.
    public static let x = MathML.identifier("x")

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
    public static let sigma = MathML.identifier("σ")
    /// σ′, the derivative of the activation.
    public static let sigmaPrime = MathML.superscript(.identifier("σ"), .operator("′"))
    public static let cost = MathML.identifier("C")
    /// m, the number of training examples.
    public static let m = MathML.identifier("m")
    /// ∇ₐC, the gradient of the cost with respect to the output activations.
    public static let costGradient = MathML.row([.subscript(.operator("∇"), .identifier("a")), .identifier("C")])

    /// A layer quantity such as Wˡ, z³ or δᴸ; with `example`, per example: δˡₓ.
    public static func quantity(_ name: String, _ layer: MathML, example: MathML? = nil) -> MathML {
        guard let example else { return .superscript(.identifier(name), layer) }
        return .subSuperscript(.identifier(name), example, layer)
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
