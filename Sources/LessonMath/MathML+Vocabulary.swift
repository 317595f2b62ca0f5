import LessonNotation

extension MathML {
    /// The symbol a row of the notation table explains, written as every equation writes it.
    public static func symbol(of entry: Vocabulary.NotationEntry) -> MathML {
        let j = MathML.identifier("j"), k = MathML.identifier("k"), i = MathML.exampleIndex
        let layerL = mark(.layer, .l)
        let comma = MathML.operator(",")
        switch entry {
        case .layer: return .l
        case .outputLayer: return .outputLayer
        case .layerSize: return quantity("n", .outputLayer)
        case .neuron: return .row([j, comma, k])
        case .example: return .row([i, comma, .space(0.3), ofExample(.x, i), comma, ofExample(.identifier("y"), i)])
        case .batchSize: return .m
        case .input: return .row([.x, .equals, quantity("a", .number("1"))])
        case .target: return .identifier("y")
        case .weightedInput: return .subSuperscript(.identifier("z"), j, layerL)
        case .activation: return .subSuperscript(.identifier("a"), j, layerL)
        case .weightMatrix: return quantity("W", .l)
        case .weight: return .subSuperscript(.identifier("w"), .row([j, k]), layerL)
        case .bias: return .subSuperscript(.identifier("b"), j, layerL)
        case .activationFunction: return .row([.f, comma, .fPrime])
        case .sigmoid: return .row([.sigma, comma, .sigmaPrime])
        case .error: return .row([quantity("δ", .l), .equals, partial(by: quantity("z", .l))])
        case .cost: return .row([.cost, comma, ofExample(.cost, i)])
        case .costGradient: return .costGradient
        case .hadamard: return .hadamard
        case .transpose: return .superscript(.identifier("W"), .upright("T"))
        case .learningRate: return .eta
        case .regularization: return .lambda
        case .epsilon: return .epsilon
        }
    }
}
