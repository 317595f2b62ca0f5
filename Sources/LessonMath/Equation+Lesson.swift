/// The lessons' equations in symbols only, for the home page.
extension Equation {
    private static func sigmaPrimeOf(_ layer: MathML) -> MathML { .apply(.sigmaPrime, .quantity("z", layer)) }

    /// zˡ = Wˡaˡ⁻¹ + bˡ
    public static let weightedInput = Equation(
        .quantity("z", .l), symbolic: [.row([.quantity("W", .l), .quantity("a", .lMinus1), .plus, .quantity("b", .l)])])
    /// aˡ = σ(zˡ)
    public static let activation = Equation(.quantity("a", .l), symbolic: [.apply(.sigma, .quantity("z", .l))])
    /// BP1: δᴸ = ∇ₐC ⊙ σ′(zᴸ)
    public static let bp1 = Equation(
        .quantity("δ", .outputLayer), symbolic: [.row([.costGradient, .hadamard, sigmaPrimeOf(.outputLayer)])])
    /// BP2: δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)
    public static let bp2 = Equation(
        .quantity("δ", .l),
        symbolic: [.row([
            .parenthesized(.row([.transposed(.quantity("W", .lPlus1)), .quantity("δ", .lPlus1)])), .hadamard, sigmaPrimeOf(.l),
        ])])
    /// BP3: ∂C/∂bˡ = δˡ
    public static let bp3 = Equation(.partial(by: .quantity("b", .l)), symbolic: [.quantity("δ", .l)])
    /// BP4: ∂C/∂Wˡ = δˡ (aˡ⁻¹)ᵀ
    public static let bp4 = Equation(
        .partial(by: .quantity("W", .l)), symbolic: [.row([.quantity("δ", .l), .transposed(.quantity("a", .lMinus1))])])
    /// Wˡ ← Wˡ − η ∂C/∂Wˡ
    public static let weightUpdate = Equation(
        .quantity("W", .l), relation: .assign,
        symbolic: [.row([.quantity("W", .l), .minus, .eta, .partial(by: .quantity("W", .l))])])
    /// bˡ ← bˡ − η ∂C/∂bˡ
    public static let biasUpdate = Equation(
        .quantity("b", .l), relation: .assign,
        symbolic: [.row([.quantity("b", .l), .minus, .eta, .partial(by: .quantity("b", .l))])])
    /// C = (1/m) Σₓ C_x + (λ/2m) Σ w²
    public static let regularizedCost = Equation(
        .cost,
        symbolic: [.row([
            .reciprocal(.m), .sum(over: .x), .subscript(.cost, .x), .plus,
            .fraction(.lambda, .row([.number("2"), .m])), .sum(over: .identifier("w")),
            .superscript(.identifier("w"), .number("2")),
        ])])
    /// ∂C/∂Wˡ = (1/m) (Σₓ δˡₓ (aˡ⁻¹ₓ)ᵀ + λWˡ)
    public static let batchWeightGradient = Equation(
        .partial(by: .quantity("W", .l)),
        symbolic: [.row([
            .reciprocal(.m),
            .parenthesized(.row([
                .sum(over: .x), .quantity("δ", .l, example: .x), .transposed(.quantity("a", .lMinus1, example: .x)),
                .plus, .lambda, .quantity("W", .l),
            ])),
        ])])
    /// ∂C/∂bˡ = (1/m) Σₓ δˡₓ
    public static let batchBiasGradient = Equation(
        .partial(by: .quantity("b", .l)),
        symbolic: [.row([.reciprocal(.m), .sum(over: .x), .quantity("δ", .l, example: .x)])])
}
