/// The lessons' equations in symbols only, for the home page; f is the activation of a layer
/// (σ when it is the sigmoid).
extension Equation {
    private static func fPrimeOf(_ layer: MathML) -> MathML { .apply(.fPrime, .quantity("z", layer)) }

    /// z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾
    public static let weightedInput = Equation(
        .quantity("z", .l), symbolic: [.row([.quantity("W", .l), .quantity("a", .lMinus1), .plus, .quantity("b", .l)])])
    /// a⁽ˡ⁾ = f(z⁽ˡ⁾)
    public static let activation = Equation(.quantity("a", .l), symbolic: [.apply(.f, .quantity("z", .l))])
    /// BP1: δ⁽ᴸ⁾ = ∇ₐC ⊙ f′(z⁽ᴸ⁾)
    public static let bp1 = Equation(
        .quantity("δ", .outputLayer), symbolic: [.row([.costGradient, .hadamard, fPrimeOf(.outputLayer)])])
    /// BP2: δ⁽ˡ⁾ = ((W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾) ⊙ f′(z⁽ˡ⁾)
    public static let bp2 = Equation(
        .quantity("δ", .l),
        symbolic: [.row([
            .parenthesized(.row([.transposed(.quantity("W", .lPlus1)), .quantity("δ", .lPlus1)])), .hadamard, fPrimeOf(.l),
        ])])
    /// BP3: ∂C/∂b⁽ˡ⁾ = δ⁽ˡ⁾
    public static let bp3 = Equation(.partial(by: .quantity("b", .l)), symbolic: [.quantity("δ", .l)])
    /// BP4: ∂C/∂W⁽ˡ⁾ = δ⁽ˡ⁾ (a⁽ˡ⁻¹⁾)ᵀ
    public static let bp4 = Equation(
        .partial(by: .quantity("W", .l)), symbolic: [.row([.quantity("δ", .l), .transposed(.quantity("a", .lMinus1))])])
    /// W⁽ˡ⁾ ← W⁽ˡ⁾ − η ∂C/∂W⁽ˡ⁾
    public static let weightUpdate = Equation(
        .quantity("W", .l), relation: .assign,
        symbolic: [.row([.quantity("W", .l), .minus, .eta, .partial(by: .quantity("W", .l))])])
    /// b⁽ˡ⁾ ← b⁽ˡ⁾ − η ∂C/∂b⁽ˡ⁾
    public static let biasUpdate = Equation(
        .quantity("b", .l), relation: .assign,
        symbolic: [.row([.quantity("b", .l), .minus, .eta, .partial(by: .quantity("b", .l))])])
    /// C = (1/m) Σᵢ C[i] + (λ/2m) Σ w²
    public static let regularizedCost = Equation(
        .cost,
        symbolic: [.row([
            .reciprocal(.m), .sum(over: .exampleIndex), .ofExample(.cost, .exampleIndex), .plus,
            .fraction(.lambda, .row([.number("2"), .m])), .sum(over: .identifier("w")),
            .superscript(.identifier("w"), .number("2")),
        ])])
    /// ∂C/∂W⁽ˡ⁾ = (1/m) (Σᵢ δ⁽ˡ⁾[i] (a⁽ˡ⁻¹⁾[i])ᵀ + λW⁽ˡ⁾)
    public static let batchWeightGradient = Equation(
        .partial(by: .quantity("W", .l)),
        symbolic: [.row([
            .reciprocal(.m),
            .parenthesized(.row([
                .sum(over: .exampleIndex), .quantity("δ", .l, example: .exampleIndex), .transposed(.quantity("a", .lMinus1, example: .exampleIndex)),
                .plus, .lambda, .quantity("W", .l),
            ])),
        ])])
    /// ∂C/∂b⁽ˡ⁾ = (1/m) Σᵢ δ⁽ˡ⁾[i]
    public static let batchBiasGradient = Equation(
        .partial(by: .quantity("b", .l)),
        symbolic: [.row([.reciprocal(.m), .sum(over: .exampleIndex), .quantity("δ", .l, example: .exampleIndex)])])
}
