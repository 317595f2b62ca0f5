import BackpropEngine
import LessonFormatting

/// The activation functions, their derivatives and the losses written out symbolically.
extension MathML {
    /// f(`z`) written out for `activation`, element by element; `z` is a symbol such as zˡ.
    public static func activationDefinition(_ activation: Activation, of z: MathML, _ format: NumberFormat) -> MathML {
        switch activation {
        case .linear:
            return z
        case .sigmoid:
            return .fraction(.number("1"), .row([.number("1"), plus, .superscript(.upright("e"), .row([minus, z]))]))
        case .tanh:
            return .row([.identifier("tanh"), parenthesized(z)])
        case .relu:
            return .row([.identifier("max"), parenthesized(.row([.number("0"), .operator(","), z]))])
        case .leakyReLU:
            let slope = factor(Activation.leakySlope, NumberFormat(precision: 1, decimalSeparator: format.decimalSeparator))
            return .row([.identifier("max"), parenthesized(.row([slope, z, .operator(","), z]))])
        case .softmax:
            let j = MathML.identifier("j"), k = MathML.identifier("k")
            return .fraction(
                .superscript(.upright("e"), .subscript(z, j)),
                .row([sum(over: k), .superscript(.upright("e"), .subscript(z, k))]))
        }
    }

    /// f′(`z`) written out for an element-wise `activation`, in terms of `z` and `a` = f(z);
    /// `nil` for softmax, whose derivative is a Jacobian (see `softmaxJacobian`).
    public static func activationDerivativeDefinition(
        _ activation: Activation, z: MathML, a: MathML, _ format: NumberFormat
    ) -> MathML? {
        let zPositive = MathML.row([z, .operator(">"), .number("0")])
        let zNotPositive = MathML.row([z, .operator("≤"), .number("0")])
        switch activation {
        case .linear:
            return .number("1")
        case .sigmoid:
            return .row([a, hadamard, parenthesized(.row([.number("1"), minus, a]))])
        case .tanh:
            return .row([.number("1"), minus, a, hadamard, a])
        case .relu:
            return piecewise([(.number("1"), zPositive), (.number("0"), zNotPositive)])
        case .leakyReLU:
            let slope = value(Activation.leakySlope, NumberFormat(precision: 1, decimalSeparator: format.decimalSeparator))
            return piecewise([(.number("1"), zPositive), (slope, zNotPositive)])
        case .softmax:
            return nil
        }
    }

    /// ∂aⱼ/∂zₖ = aⱼ (𝟙[j = k] − aₖ), the softmax Jacobian.
    public static let softmaxJacobian = Equation(
        .fraction(.row([.operator("∂"), .subscript(.identifier("a"), .identifier("j"))]),
                  .row([.operator("∂"), .subscript(.identifier("z"), .identifier("k"))])),
        symbolic: [.row([
            .subscript(.identifier("a"), .identifier("j")),
            parenthesized(.row([
                .subscript(.upright("𝟙"), .row([.identifier("j"), .operator("="), .identifier("k")])), minus,
                .subscript(.identifier("a"), .identifier("k")),
            ])),
        ])])

    /// Cases stacked after a left brace, each value with its condition.
    static func piecewise(_ cases: [(MathML, MathML)]) -> MathML {
        .row([.operator("{"), .table(cases.map { [$0.0, $0.1] })])
    }

    /// C_x written out for `loss`, with aᴸⱼ and yⱼ.
    public static func lossDefinition(_ loss: Loss, outputActivation: Activation) -> MathML {
        let j = MathML.identifier("j")
        let a = MathML.subSuperscript(.identifier("a"), j, mark(.layer, outputLayer))
        let y = MathML.subscript(.identifier("y"), j)
        let squared = MathML.superscript(parenthesized(.row([a, minus, y])), .number("2"))
        switch loss {
        case .halfSquaredError:
            return .row([.fraction(.number("1"), .number("2")), sum(over: j), squared])
        case .meanSquaredError:
            return .row([reciprocal(quantity("n", outputLayer)), sum(over: j), squared])
        case .crossEntropy where outputActivation == .softmax:
            return .row([minus, sum(over: j), y, .identifier("ln"), a])
        case .crossEntropy:
            return .row([minus, sum(over: j), fenced(.row([
                y, .identifier("ln"), a, plus,
                parenthesized(.row([.number("1"), minus, y])), .identifier("ln"),
                parenthesized(.row([.number("1"), minus, a])),
            ]), open: "[", close: "]")])
        }
    }

    /// C_x with the numbers of one example: output `a` and target `y`.
    public static func lossWithNumbers(
        _ loss: Loss, outputActivation: Activation, output a: [Double], target y: [Double], _ format: NumberFormat
    ) -> MathML {
        // t₁ + t₂ + …, in parentheses only when there is more than one term.
        func summed(_ terms: [MathML]) -> MathML {
            let row = MathML.row(terms.enumerated().flatMap { $0.offset == 0 ? [$0.element] : [plus, $0.element] })
            return terms.count > 1 ? parenthesized(row) : row
        }
        let squares = zip(a, y).map { a, y in
            MathML.superscript(parenthesized(.row([value(a, format), minus, givenFactor(y, format)])), .number("2"))
        }
        switch loss {
        case .halfSquaredError:
            return .row([.fraction(.number("1"), .number("2")), summed(squares)])
        case .meanSquaredError:
            return .row([reciprocal(integer(a.count)), summed(squares)])
        case .crossEntropy where outputActivation == .softmax:
            let terms = zip(a, y).map { a, y in MathML.row([givenFactor(y, format), dot, .identifier("ln"), value(a, format)]) }
            return .row([minus, summed(terms)])
        case .crossEntropy:
            let terms = zip(a, y).map { a, y in
                MathML.fenced(.row([
                    givenFactor(y, format), dot, .identifier("ln"), value(a, format), plus,
                    parenthesized(.row([.number("1"), minus, givenFactor(y, format)])), dot, .identifier("ln"),
                    parenthesized(.row([.number("1"), minus, value(a, format)])),
                ]), open: "[", close: "]")
            }
            return .row([minus, summed(terms)])
        }
    }

    /// ∇ₐC written out for `loss`, in terms of a⁽ᴸ⁾ and y (vectors), of training `example` [i] on a batch.
    public static func costGradientDefinition(_ loss: Loss, outputActivation: Activation, example: MathML? = nil) -> MathML {
        let a = quantity("a", outputLayer, example: example), y = ofExample(.identifier("y"), example)
        switch loss {
        case .halfSquaredError:
            return .row([a, minus, y])
        case .meanSquaredError:
            return .row([.fraction(.number("2"), quantity("n", outputLayer)), parenthesized(.row([a, minus, y]))])
        case .crossEntropy where outputActivation == .softmax:
            return .row([minus, y, .operator("⊘"), a])
        case .crossEntropy:
            return .row([
                parenthesized(.row([a, minus, y])), .operator("⊘"),
                parenthesized(.row([a, hadamard, parenthesized(.row([.number("1"), minus, a]))])),
            ])
        }
    }
}
