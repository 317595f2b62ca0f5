import BackpropEngine
import LessonFormatting

extension LessonEquations {
    /// The source's names of the three quantities on the path of the first weight to the cost.
    public struct PathNames: Equatable, Sendable {
        public var outputError, outputWeight, input: String
        public init(outputError: String, outputWeight: String, input: String) {
            self.outputError = outputError
            self.outputWeight = outputWeight
            self.input = input
        }
    }

    /// ∂C/∂w₁₁⁽²⁾ worked as a scalar chain rule along its only path to the cost, the way hand-worked
    /// sources do (∂C/∂w1 = Δ · w5 · i1): δ⁽³⁾ · w₁₁⁽³⁾ · f′(z₁⁽²⁾) · x₁, with the source's `names` and
    /// the engine's numbers; the result is BP4's. Only for a network with one hidden layer and one
    /// output trained on one example without regularization, where that path is the whole story;
    /// `nil` otherwise.
    public static func firstWeightChainRule(
        step: GradientStep, settings: TrainingSettings, format: NumberFormat, names: PathNames?
    ) -> Equation? {
        let network = step.network
        guard network.layerSizes.count == 3, network.layerSizes[2] == 1, step.forwardPasses.count == 1,
              settings.regularization == 0, network.activations[0].isElementWise,
              let derivatives = step.backwardPasses[0].activationDerivatives[0]
        else { return nil }
        let hidden = network.activations[0]
        let one = MathML.integer(1)
        let outputError = MathML.quantity("δ", .layer(1))
        let outputWeight = MathML.subSuperscript(.identifier("w"), .row([one, one]), .mark(.layer, .layer(1)))
        let input = MathML.subscript(.x, one)
        let derivative = MathML.apply(.derivative(hidden), .subSuperscript(.identifier("z"), one, .mark(.layer, .layer(0))))
        // A linear layer's derivative is 1 and the source leaves it out; so do we.
        let withDerivative = { (factors: [MathML], derivativeFactor: MathML) -> MathML in
            let all = hidden == .linear ? factors : [factors[0], factors[1], derivativeFactor, factors[2]]
            return .row(all.enumerated().flatMap { $0.offset == 0 ? [$0.element] : [MathML.dot, $0.element] })
        }
        var symbolic = [withDerivative([outputError, outputWeight, input], derivative)]
        if let names {
            symbolic.append(withDerivative(
                [.text(names.outputError), .text(names.outputWeight), .text(names.input)], derivative))
        }
        let numbers = withDerivative([
            .value(step.backwardPasses[0].errors[1][0], format), .givenFactor(network.weights[1][0, 0], format),
            .givenFactor(step.forwardPasses[0].input[0], format),
        ], .factor(derivatives[0], format))
        return Equation(
            .partial(by: .parameter(.weight(layer: 0, row: 0, column: 0))), symbolic: symbolic, numbers: [numbers],
            result: .value(step.gradient.weights[0][0, 0], format))
    }
}
