import BackpropEngine
import LessonFormatting
import LessonMath

/// Writes each exercise of a practice problem: what is given, the working and the answers.
struct ExerciseWriter {
    let problem: PracticeProblem
    let format: NumberFormat

    var network: Network { problem.network }
    var forwardPass: ForwardPass { problem.forward }
    var backwardPass: BackwardPass { problem.backward }
    var output: Int { problem.outputLayer }

    // MARK: Symbols of one neuron

    /// `name`ˡⱼ of neuron `j` (from 0) of the non-input layer at index `i`.
    func symbol(_ name: String, _ i: Int, _ j: Int) -> MathML {
        .subSuperscript(.identifier(name), .integer(j + 1), .mark(.layer, .layer(i)))
    }

    /// aˡ⁻¹ₖ feeding the non-input layer at index `i`: the input xₖ for the first.
    func feeding(_ i: Int, _ k: Int) -> MathML {
        i == 0 ? .subscript(.identifier("x"), .integer(k + 1)) : symbol("a", i - 1, k)
    }

    func weight(_ i: Int, _ j: Int, _ k: Int) -> MathML { .parameter(.weight(layer: i, row: j, column: k)) }

    func y(_ j: Int) -> MathML { .subscript(.identifier("y"), .integer(j + 1)) }

    /// A line of `symbol = value` pairs, each written exactly.
    func given(_ pairs: [(MathML, Double)]) -> [MathML] {
        pairs.map { MathML.row([$0.0, .equals, .exact($0.1, format)]) }
    }

    /// t₁ + t₂ + …, at most `MathML.elisionLimit` terms: the first ones, ⋯ and the last.
    func sum(_ terms: [MathML]) -> [MathML] {
        let shown = terms.count <= MathML.elisionLimit
            ? terms : Array(terms.prefix(MathML.elisionLimit - 2)) + [.operator("⋯"), terms[terms.count - 1]]
        return shown.enumerated().flatMap { $0.offset == 0 ? [$0.element] : [MathML.plus, $0.element] }
    }

    /// The indices shown of `count` (the same elision as `sum`).
    func shown(_ count: Int) -> [Int] {
        count <= MathML.elisionLimit ? Array(0..<count) : Array(0..<(MathML.elisionLimit - 2)) + [count - 1]
    }

    // MARK: The exercises

    /// zˡⱼ = Σₖ wˡⱼₖ aˡ⁻¹ₖ + bˡⱼ and aˡⱼ = f(zˡⱼ) of neuron `j` of the first non-input layer.
    func forward(neuron j: Int) -> Exercise {
        let i = 0
        let activation = network.activations[i]
        let inputs = forwardPass.activationFeeding(layer: i)
        let w = network.weights[i]
        let z = symbol("z", i, j), a = symbol("a", i, j)
        let zValue = forwardPass.weightedInputs[i][j], aValue = forwardPass.activations[i][j]
        let bias = problem.hasBiases ? [(symbol("b", i, j), network.biases[i][j])] : []

        var given = [
            self.given(shown(inputs.count).map { (feeding(i, $0), inputs[$0]) }),
            self.given(shown(inputs.count).map { (weight(i, j, $0), w[j, $0]) } + bias),
        ]
        var symbolic = sum(inputs.indices.map { MathML.row([weight(i, j, $0), feeding(i, $0)]) })
        var numbers = sum(inputs.indices.map {
            MathML.row([$0 == 0 ? .exact(w[j, $0], format) : .exactFactor(w[j, $0], format), .dot, .exactFactor(inputs[$0], format)])
        })
        if let (b, value) = bias.first {
            symbolic += [.plus, b]
            numbers += [.plus, .exactFactor(value, format)]
        }
        let weighted = Equation(z, symbolic: [.row(symbolic)], numbers: [.row(numbers)], result: .value(zValue, format))

        let output: Equation
        if activation == .softmax {
            // aⱼ depends on every z of the layer: they are given, but for the one asked.
            let others = (0..<network.layerSizes[i + 1]).filter { $0 != j }
            given.append(self.given(others.map { (symbol("z", i, $0), forwardPass.weightedInputs[i][$0]) }))
            let e = { (k: Int) -> MathML in .superscript(.upright("e"), .factor(forwardPass.weightedInputs[i][k], format)) }
            let eSymbol = { (k: Int) -> MathML in .superscript(.upright("e"), self.symbol("z", i, k)) }
            let all = Array(0..<network.layerSizes[i + 1])
            output = Equation(
                a, symbolic: [.fraction(eSymbol(j), .row(sum(all.map(eSymbol))))],
                numbers: [.fraction(e(j), .row(sum(all.map(e))))], result: .value(aValue, format))
        } else {
            output = Equation(
                a, symbolic: activation == .linear ? [z] : [.apply(.function(activation), z), .activationDefinition(activation, of: z, format)],
                numbers: activation == .linear ? [] : [.activationDefinition(activation, of: .factor(zValue, format), format)],
                result: .value(aValue, format))
        }
        return Exercise(
            kind: .forward, symbols: ["z": z, "a": a], indices: ["j": j + 1, "l": Network.layerNumber(ofParameterLayer: i)],
            given: given, working: [weighted, output],
            answers: [.init(quantity: z, value: zValue), .init(quantity: a, value: aValue)], promptVariant: nil)
    }

    /// C of the practice example from its output and target (without the λ term).
    func cost() -> Exercise {
        let aL = forwardPass.output, target = problem.example.target
        let regularized = problem.settings.regularization > 0
        // Without the λ term, the cost of the one practice example: C^[1] (the lesson's C^[i]).
        let c: MathML = regularized ? .ofExample(.cost, .integer(1)) : .cost
        let value = problem.step.cost.perExample[0]
        let outputActivation = network.outputActivation
        let equation = Equation(
            c, symbolic: [.lossDefinition(problem.settings.loss, outputActivation: outputActivation)],
            numbers: [.lossWithNumbers(problem.settings.loss, outputActivation: outputActivation, output: aL, target: target, format)],
            result: .value(value, format))
        return Exercise(
            kind: .cost, symbols: ["c": c], indices: [:],
            given: [given(shown(aL.count).map { (symbol("a", output, $0), aL[$0]) }),
                    given(shown(target.count).map { (y($0), target[$0]) })],
            working: [equation], answers: [.init(quantity: c, value: value)],
            promptVariant: regularized ? "promptRegularized" : nil)
    }

    /// ∂C/∂aᴸⱼ written out (symbols, numbers) for neuron `j`: aⱼ − yⱼ, or (2/n)(aⱼ − yⱼ) for the mean squared error.
    func costGradient(_ j: Int) -> (symbolic: MathML, numbers: MathML) {
        let a = symbol("a", output, j)
        let difference = MathML.row([a, .minus, y(j)])
        let numbers = MathML.row([.value(forwardPass.output[j], format), .minus, .exactFactor(problem.example.target[j], format)])
        guard problem.settings.loss == .meanSquaredError else { return (.parenthesized(difference), .parenthesized(numbers)) }
        let twoOverN = MathML.fraction(.number("2"), .integer(forwardPass.output.count))
        return (.row([twoOverN, .parenthesized(difference)]), .row([twoOverN, .parenthesized(numbers)]))
    }

    /// f′(zˡⱼ) of neuron `j` of the non-input layer at index `i`, written out (symbols, numbers), for an
    /// element-wise activation: a(1 − a) for the sigmoid, 1 − a² for tanh, 1 or the slope for the rest.
    func slope(_ i: Int, _ j: Int) -> (symbolic: MathML, numbers: MathML) {
        let a = symbol("a", i, j), z = symbol("z", i, j)
        let aValue = forwardPass.activations[i][j]
        let activation = network.activations[i]
        switch activation {
        case .sigmoid:
            return (.row([a, .parenthesized(.row([.number("1"), .minus, a]))]),
                    .row([.value(aValue, format), .dot, .parenthesized(.row([.number("1"), .minus, .factor(aValue, format)]))]))
        case .tanh:
            return (.row([.number("1"), .minus, .superscript(.parenthesized(a), .number("2"))]),
                    .row([.number("1"), .minus, .superscript(.parenthesized(.value(aValue, format)), .number("2"))]))
        default:
            let value = activation.slope(z: forwardPass.weightedInputs[i][j], a: aValue)
            return (.apply(.derivative(activation), z), .exact(value, format))
        }
    }

    /// What f′ needs to be computed: aˡⱼ for the sigmoid and tanh, the sign of zˡⱼ for the rest.
    func slopeGiven(_ i: Int, _ j: Int) -> [(MathML, Double)] {
        switch network.activations[i] {
        case .sigmoid, .tanh: [(symbol("a", i, j), forwardPass.activations[i][j])]
        case .relu, .leakyReLU: [(symbol("z", i, j), forwardPass.weightedInputs[i][j])]
        case .linear, .softmax: []
        }
    }

    /// BP1 for output neuron `j`: δᴸⱼ = ∂C/∂aᴸⱼ · f′(zᴸⱼ), or aᴸⱼ − yⱼ after the cross-entropy simplification.
    func outputError(neuron j: Int) -> Exercise {
        let delta = symbol("δ", output, j)
        let value = backwardPass.errors[output][j]
        let a = symbol("a", output, j)
        var givenPairs = [(a, forwardPass.output[j]), (y(j), problem.example.target[j])]
        let equation: Equation
        if backwardPass.outputErrorSimplified {
            equation = Equation(
                delta, symbolic: [.row([a, .minus, y(j)])],
                numbers: [.row([.value(forwardPass.output[j], format), .minus, .exactFactor(problem.example.target[j], format)])],
                result: .value(value, format))
        } else {
            // Without the simplification the output activation is element-wise (softmax goes only
            // with cross-entropy, which simplifies).
            let gradient = costGradient(j), slope = slope(output, j)
            givenPairs += slopeGiven(output, j).filter { $0.0 != a }
            equation = Equation(
                delta,
                symbolic: [.row([.partial(by: a), .dot, .apply(.derivative(network.activations[output]), symbol("z", output, j))]),
                           .row([gradient.symbolic, .dot, slope.symbolic])],
                numbers: [.row([gradient.numbers, .dot, slope.numbers])], result: .value(value, format))
        }
        return Exercise(
            kind: .outputError, symbols: ["delta": delta], indices: ["j": j + 1, "l": Network.layerNumber(ofParameterLayer: output)],
            given: [given(givenPairs)], working: [equation], answers: [.init(quantity: delta, value: value)], promptVariant: nil)
    }

    /// BP2 for neuron `j` of the last hidden layer: δˡⱼ = (Σₖ wˡ⁺¹ₖⱼ δˡ⁺¹ₖ) · f′(zˡⱼ).
    func hiddenError(neuron j: Int) -> Exercise {
        let i = output - 1
        let above = Array(0..<network.layerSizes[i + 2])
        let w = network.weights[i + 1], deltas = backwardPass.errors[i + 1]
        let delta = symbol("δ", i, j)
        let value = backwardPass.errors[i][j]
        let slope = slope(i, j)
        let symbolic = MathML.row([
            .parenthesized(.row(sum(above.map { MathML.row([weight(i + 1, $0, j), symbol("δ", i + 1, $0)]) }))), .dot, slope.symbolic,
        ])
        let numbers = MathML.row([
            .parenthesized(.row(sum(above.map {
                MathML.row([$0 == 0 ? .exact(w[$0, j], format) : .exactFactor(w[$0, j], format), .dot, .factor(deltas[$0], format)])
            }))),
            .dot, slope.numbers,
        ])
        return Exercise(
            kind: .hiddenError, symbols: ["delta": delta], indices: ["j": j + 1, "l": Network.layerNumber(ofParameterLayer: i)],
            given: [given(shown(above.count).map { (weight(i + 1, $0, j), w[$0, j]) }),
                    given(shown(above.count).map { (symbol("δ", i + 1, $0), deltas[$0]) }),
                    given(slopeGiven(i, j))].filter { !$0.isEmpty },
            working: [Equation(delta, symbolic: [symbolic], numbers: [numbers], result: .value(value, format))],
            answers: [.init(quantity: delta, value: value)], promptVariant: nil)
    }

    /// ∂C/∂wᴸⱼₖ = ∂C/∂aᴸⱼ · ∂aᴸⱼ/∂zᴸⱼ · ∂zᴸⱼ/∂wᴸⱼₖ (+ λ wᴸⱼₖ), or ∂C/∂zᴸⱼ · ∂zᴸⱼ/∂wᴸⱼₖ after the
    /// cross-entropy simplification.
    func weightGradient(row j: Int, column k: Int) -> Exercise {
        let w = weight(output, j, k)
        let a = symbol("a", output, j), z = symbol("z", output, j)
        let previous = feeding(output, k)
        let previousValue = forwardPass.activationFeeding(layer: output)[k]
        let value = problem.step.gradient.weights[output][j, k]
        let lambda = problem.settings.regularization
        let target = problem.example.target[j]
        var givenPairs = [(previous, previousValue), (a, forwardPass.output[j]), (y(j), target)]

        var chain: [MathML], written: [MathML], numbers: [MathML]
        if backwardPass.outputErrorSimplified {
            chain = [.partial(by: z), .dot, .partial(of: z, by: w)]
            written = [.parenthesized(.row([a, .minus, y(j)])), .dot, previous]
            numbers = [.parenthesized(.row([.value(forwardPass.output[j], format), .minus, .exactFactor(target, format)])),
                       .dot, .exactFactor(previousValue, format)]
        } else {
            let gradient = costGradient(j), slope = slope(output, j)
            givenPairs += slopeGiven(output, j).filter { $0.0 != a }
            chain = [.partial(by: a), .dot, .partial(of: a, by: z), .dot, .partial(of: z, by: w)]
            written = [gradient.symbolic, .dot, slope.symbolic, .dot, previous]
            numbers = [gradient.numbers, .dot, slope.numbers, .dot, .exactFactor(previousValue, format)]
        }
        if lambda > 0 {
            let weightValue = network.weights[output][j, k]
            givenPairs += [(w, weightValue), (.lambda, lambda)]
            chain += [.plus, .lambda, w]
            written += [.plus, .lambda, w]
            numbers += [.plus, .exactFactor(lambda, format), .dot, .exactFactor(weightValue, format)]
        }
        let gradient = MathML.partial(by: w)
        return Exercise(
            kind: .weightGradient, symbols: ["gradient": gradient, "w": w], indices: [:],
            given: [given(givenPairs)],
            working: [Equation(gradient, symbolic: [.row(chain), .row(written)], numbers: [.row(numbers)], result: .value(value, format))],
            answers: [.init(quantity: gradient, value: value)], promptVariant: nil)
    }

    /// wᴸⱼₖ ← wᴸⱼₖ − η ∂C/∂wᴸⱼₖ.
    func weightUpdate(row j: Int, column k: Int) -> Exercise {
        let w = weight(output, j, k)
        let before = network.weights[output][j, k]
        let gradient = problem.step.gradient.weights[output][j, k]
        let after = problem.step.updatedNetwork.weights[output][j, k]
        let eta = problem.settings.learningRate
        let equation = Equation(
            w, relation: .assign, symbolic: [.row([w, .minus, .eta, .partial(by: w)])],
            numbers: [.row([.exact(before, format), .minus, .exact(eta, format), .dot, .factor(gradient, format)])],
            result: .value(after, format))
        return Exercise(
            kind: .weightUpdate, symbols: ["w": w], indices: [:],
            given: [given([(w, before), (.eta, eta), (.partial(by: w), gradient)])],
            working: [equation], answers: [.init(quantity: w, value: after)], promptVariant: nil)
    }
}
