import BackpropEngine
import LessonFormatting

/// Every equation of one worked gradient-descent step, symbolic → with numbers → result, in lesson
/// order: forward pass, cost, BP1, BP2, BP3, BP4, update, forward pass again and the new cost.
/// Every number comes from the engine's `GradientStep`.
public struct LessonEquations: Equatable, Sendable {
    /// How many training examples get their forward and backward pass written out; sums over a
    /// larger batch show the first ones, ⋯ and the last.
    public static let examplesShownInFull = 4

    /// The forward pass of one layer: zˡ = Wˡaˡ⁻¹ + bˡ and aˡ = σ(zˡ).
    public struct LayerForward: Equatable, Sendable {
        /// The lessons' layer number l (input is 1).
        public let layer: Int
        public let activation: Activation
        public let weightedInput: Equation
        public let output: Equation
    }

    /// The forward pass of one training example, and its cost C_x.
    public struct ExampleForward: Equatable, Sendable {
        /// 1-based.
        public let example: Int
        public let layers: [LayerForward]
        public let cost: Equation
    }

    /// BP2 for one hidden layer, with σ′(zˡ) written out.
    public struct HiddenError: Equatable, Sendable {
        public let layer: Int
        public let activation: Activation
        public let derivative: Equation
        public let error: Equation
    }

    /// BP1 and BP2 for one training example.
    public struct ExampleBackward: Equatable, Sendable {
        /// 1-based.
        public let example: Int
        /// ∇ₐC written out, unless BP1 used the cross-entropy simplification.
        public let costGradient: Equation?
        /// σ′(zᴸ) written out, when BP1 uses it (not for the simplification, nor for softmax).
        public let outputDerivative: Equation?
        /// BP1.
        public let outputError: Equation
        /// BP2, from the last hidden layer down to the first.
        public let hiddenErrors: [HiddenError]
    }

    /// BP3, BP4 and the update of one layer.
    public struct LayerGradient: Equatable, Sendable {
        public let layer: Int
        public let biasGradient: Equation
        public let weightGradient: Equation
        public let weightUpdate: Equation
        /// `nil` when biases are not trained.
        public let biasUpdate: Equation?
    }

    /// m, the batch size.
    public let exampleCount: Int
    /// Whether the network has biases at all: `false` when every bias is 0 and biases are not
    /// trained, in which case z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ and pages show no bias rows, BP3 or bias updates.
    public let hasBiases: Bool
    /// Whether BP1 is δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y (cross-entropy after sigmoid or softmax).
    public let outputErrorSimplified: Bool
    public let outputActivation: Activation
    public let loss: Loss
    /// C_x written out for the loss.
    public let lossDefinition: Equation
    public let forward: [ExampleForward]
    /// C = (1/m) Σ C_x (+ λ term); `nil` when m = 1 and λ = 0, where C = C_x.
    public let batchCost: Equation?
    public let backward: [ExampleBackward]
    /// From the first non-input layer to the output.
    public let layers: [LayerGradient]
    public let forwardAfter: [ExampleForward]
    public let batchCostAfter: Equation?

    /// The equations of `step` on `examples`, numbers written with `format`; the starting network and
    /// the data of the first step are written as the teacher gave them (`format.givenValues`).
    public init(step: GradientStep, examples: [TrainingExample], settings: TrainingSettings, format: NumberFormat) {
        let network = step.network
        let m = examples.count
        let shown = Array(0..<min(m, Self.examplesShownInFull))
        let batched = m > 1
        exampleCount = m
        hasBiases = Self.hasBiases(network, settings)
        loss = settings.loss
        outputActivation = network.outputActivation
        outputErrorSimplified = settings.loss.simplifiesOutputError(outputActivation: network.outputActivation)
        let cx = batched ? MathML.ofExample(.cost, .exampleIndex) : MathML.cost
        lossDefinition = Equation(cx, symbolic: [.lossDefinition(settings.loss, outputActivation: network.outputActivation)])

        let builder = Builder(
            network: network, examples: examples, settings: settings, format: format, batched: batched,
            hasBiases: hasBiases, networkIsGiven: step.index == 0)
        forward = shown.map {
            builder.forward(example: $0, pass: step.forwardPasses[$0], network: network, cost: step.cost, networkIsGiven: step.index == 0)
        }
        batchCost = builder.batchCost(step.cost, network: network)
        backward = shown.map { builder.backward(example: $0, forward: step.forwardPasses[$0], backward: step.backwardPasses[$0]) }
        layers = (0..<network.parameterLayerCount).map { builder.layerGradient($0, step: step) }
        let updated = step.updatedNetwork
        forwardAfter = shown.map {
            builder.forward(example: $0, pass: step.forwardPassesAfter[$0], network: updated, cost: step.costAfter, networkIsGiven: false)
        }
        batchCostAfter = builder.batchCost(step.costAfter, network: updated)
    }

    /// Whether `network` has biases worth showing: some bias is not 0, or biases are trained.
    public static func hasBiases(_ network: Network, _ settings: TrainingSettings) -> Bool {
        settings.updateBiases || network.biases.contains { $0.contains { $0 != 0 } }
    }
}

extension LessonEquations {
    /// Writes the equations of one step; holds what every equation needs.
    struct Builder {
        let network: Network
        let examples: [TrainingExample]
        let settings: TrainingSettings
        let format: NumberFormat
        /// m > 1: per-example quantities carry the example as a bracketed superscript.
        let batched: Bool
        /// Whether z⁽ˡ⁾ has a + b⁽ˡ⁾ term.
        let hasBiases: Bool
        /// Whether the step starts from the teacher's network, whose numbers are written as given.
        let networkIsGiven: Bool

        var m: Int { examples.count }
        var regularized: Bool { settings.regularization > 0 }

        func exampleIndex(_ example: Int?) -> MathML? {
            guard batched, let example else { return nil }
            return .integer(example + 1)
        }

        func vector(_ values: [Double], given: Bool = false, key: ((Int) -> String)? = nil) -> MathML {
            .columnVector(values, format, given: given, key: key)
        }

        /// z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and a⁽ˡ⁾ = f(z⁽ˡ⁾) of every layer for one example.
        func forward(example: Int, pass: ForwardPass, network: Network, cost: Cost, networkIsGiven: Bool) -> ExampleForward {
            let x = exampleIndex(example)
            let layers = (0..<network.parameterLayerCount).map { i -> LayerForward in
                let layer = MathML.layer(i)
                let previousSymbol: MathML = i == 0 ? .ofExample(.x, x) : .quantity("a", .layer(i - 1), example: x)
                let z = MathML.quantity("z", layer, example: x)
                let biasTerm: [MathML] = hasBiases ? [.plus, .quantity("b", layer)] : []
                let biasNumbers: [MathML] = hasBiases ? [.plus, vector(network.biases[i], given: networkIsGiven, key: QuantityKey.neurons(column: i + 1))] : []
                let weightedInput = Equation(
                    z,
                    symbolic: [.row([.quantity("W", layer), previousSymbol] + biasTerm)],
                    numbers: [.row([
                        .matrix(network.weights[i], format, given: networkIsGiven, key: QuantityKey.edges(parameterLayer: i)),
                        vector(pass.activationFeeding(layer: i), given: i == 0, key: QuantityKey.neurons(column: i)),
                    ] + biasNumbers)],
                    result: vector(pass.weightedInputs[i], key: QuantityKey.neurons(column: i + 1)))
                let activation = network.activations[i]
                let written = MathML.activationDefinition(activation, of: z, format)
                let output = Equation(
                    .quantity("a", layer, example: x),
                    symbolic: activation == .linear ? [z] : [.apply(.function(activation), z), written],
                    numbers: activation == .linear ? [] : [.apply(.function(activation), vector(pass.weightedInputs[i]))],
                    result: vector(pass.activations[i], key: QuantityKey.neurons(column: i + 1)))
                return LayerForward(layer: Network.layerNumber(ofParameterLayer: i), activation: activation,
                                    weightedInput: weightedInput, output: output)
            }
            let output = pass.output, target = examples[example].target
            let costEquation = Equation(
                .ofExample(.cost, exampleIndex(example)),
                symbolic: [.lossDefinition(settings.loss, outputActivation: network.outputActivation)],
                numbers: [.lossWithNumbers(settings.loss, outputActivation: network.outputActivation,
                                           output: output, target: target, format)],
                result: .value(cost.perExample[example], format))
            return ExampleForward(example: example + 1, layers: layers, cost: costEquation)
        }

        /// C = (1/m) Σᵢ C[i] + (λ/2m) Σ w², with the numbers; `nil` when it is just C[i].
        func batchCost(_ cost: Cost, network: Network) -> Equation? {
            guard batched || regularized else { return nil }
            let mSymbol = MathML.m
            var symbolic: [MathML] = [.reciprocal(mSymbol), .sum(over: .exampleIndex), .ofExample(.cost, .exampleIndex)]
            var numbers: [MathML] = [
                .reciprocal(.integer(m)),
                .parenthesized(.row(sumTerms(cost.perExample.indices.map { MathML.value(cost.perExample[$0], format) }))),
            ]
            if regularized {
                let w = MathML.identifier("w")
                symbolic += [.plus, .fraction(.lambda, .row([.number("2"), mSymbol])), .sum(over: w), .superscript(w, .number("2"))]
                numbers += [
                    .plus, .fraction(.given(settings.regularization, format), .row([.number("2"), .dot, .integer(m)])),
                    .dot, .value(network.sumOfSquaredWeights, format),
                ]
            }
            return Equation(.cost, symbolic: [.row(symbolic)], numbers: [.row(numbers)], result: .value(cost.total, format))
        }

        /// t₁ + t₂ + … with at most `examplesShownInFull` terms: the first ones, ⋯ and the last.
        func sumTerms(_ terms: [MathML]) -> [MathML] {
            let shown: [MathML] = terms.count <= LessonEquations.examplesShownInFull
                ? terms
                : Array(terms.prefix(LessonEquations.examplesShownInFull - 1)) + [.operator("⋯"), terms[terms.count - 1]]
            return shown.enumerated().flatMap { $0.offset == 0 ? [$0.element] : [MathML.plus, $0.element] }
        }

        /// BP1 and BP2 for one example.
        func backward(example: Int, forward: ForwardPass, backward: BackwardPass) -> ExampleBackward {
            let x = exampleIndex(example)
            let last = network.parameterLayerCount - 1
            let outputLayer = MathML.layer(last)
            let outputActivation = network.activations[last]
            let aL = MathML.quantity("a", outputLayer, example: x)
            let ySymbol = MathML.ofExample(.identifier("y"), x)
            let deltaL = MathML.quantity("δ", outputLayer, example: x)
            let target = examples[example].target

            var costGradient: Equation?
            var outputDerivative: Equation?
            let outputError: Equation
            if backward.outputErrorSimplified {
                outputError = Equation(
                    deltaL, symbolic: [.row([aL, .minus, ySymbol])],
                    numbers: [.row([vector(forward.output), .minus, vector(target, given: true)])],
                    result: vector(backward.errors[last], key: QuantityKey.neurons(column: last + 1)))
            } else {
                let written = MathML.costGradientDefinition(settings.loss, outputActivation: outputActivation, example: x)
                let gradientNumbers: [MathML] = switch settings.loss {
                case .halfSquaredError: [.row([vector(forward.output), .minus, vector(target, given: true)])]
                case .meanSquaredError:
                    [.row([.fraction(.number("2"), .integer(forward.output.count)),
                           .parenthesized(.row([vector(forward.output), .minus, vector(target, given: true)]))])]
                case .crossEntropy: []
                }
                costGradient = Equation(
                    .ofExample(.costGradient, x), symbolic: [written], numbers: gradientNumbers,
                    result: vector(backward.costGradient, key: QuantityKey.neurons(column: last + 1)))
                if let derivative = backward.activationDerivatives[last] {
                    outputDerivative = derivativeEquation(
                        layer: last, example: x, activation: outputActivation, forward: forward, values: derivative)
                    outputError = Equation(
                        deltaL,
                        symbolic: [.row([
                            .ofExample(.costGradient, x), .hadamard,
                            .apply(.derivative(outputActivation), .quantity("z", outputLayer, example: x)),
                        ])],
                        numbers: [.row([vector(backward.costGradient), .hadamard, vector(derivative)])],
                        result: .columnVector(backward.errors[last], format, key: QuantityKey.neurons(column: last + 1)))
                } else {
                    let jacobian = MathML.fraction(
                        .row([.operator("∂"), .quantity("a", outputLayer)]), .row([.operator("∂"), .quantity("z", outputLayer)]))
                    outputError = Equation(
                        deltaL, symbolic: [.row([.transposed(jacobian), .ofExample(.costGradient, x)])],
                        numbers: [.row([.transposed(jacobian), vector(backward.costGradient)])],
                        result: .columnVector(backward.errors[last], format, key: QuantityKey.neurons(column: last + 1)))
                }
            }

            let hidden = stride(from: last - 1, through: 0, by: -1).map { i -> HiddenError in
                let layer = MathML.layer(i), above = MathML.layer(i + 1)
                let activation = network.activations[i]
                let derivativeValues = backward.activationDerivatives[i]
                let derivative = derivativeValues.map {
                    derivativeEquation(layer: i, example: x, activation: activation, forward: forward, values: $0)
                } ?? Equation(.apply(.derivative(activation), .quantity("z", layer, example: x)), symbolic: [])
                let carried = backward.backpropagatedErrors[i] ?? []
                let weightsAbove = network.weights[i + 1]
                let error = Equation(
                    .quantity("δ", layer, example: x),
                    symbolic: [.row([
                        .parenthesized(.row([.transposed(.quantity("W", above)), .quantity("δ", above, example: x)])),
                        .hadamard, .apply(.derivative(activation), .quantity("z", layer, example: x)),
                    ])],
                    numbers: [
                        .row([
                            .parenthesized(.row([
                                .matrix(weightsAbove.transposed, format, given: networkIsGiven, key: { QuantityKey.edge(parameterLayer: i + 1, row: $1, column: $0) }),
                                .columnVector(backward.errors[i + 1], format, key: QuantityKey.neurons(column: i + 2)),
                            ])),
                            .hadamard, vector(derivativeValues ?? []),
                        ]),
                        .row([vector(carried), .hadamard, vector(derivativeValues ?? [])]),
                    ],
                    result: .columnVector(backward.errors[i], format, key: QuantityKey.neurons(column: i + 1)))
                return HiddenError(layer: Network.layerNumber(ofParameterLayer: i), activation: activation,
                                   derivative: derivative, error: error)
            }
            return ExampleBackward(
                example: example + 1, costGradient: costGradient, outputDerivative: outputDerivative,
                outputError: outputError, hiddenErrors: hidden)
        }

        /// σ′(zˡ) written out and evaluated, from the engine's `activationDerivatives`.
        func derivativeEquation(
            layer i: Int, example x: MathML?, activation: Activation, forward: ForwardPass, values: [Double]
        ) -> Equation {
            let layer = MathML.layer(i)
            let z = MathML.quantity("z", layer, example: x), a = MathML.quantity("a", layer, example: x)
            let written = MathML.activationDerivativeDefinition(activation, z: z, a: a, format)
            let numbers: [MathML] = switch activation {
            case .sigmoid:
                [.row([vector(forward.activations[i]), .hadamard,
                       .parenthesized(.row([.number("1"), .minus, vector(forward.activations[i])]))])]
            case .tanh:
                [.row([.number("1"), .minus, vector(forward.activations[i]), .hadamard, vector(forward.activations[i])])]
            case .relu, .leakyReLU:
                [.apply(.derivative(activation), vector(forward.weightedInputs[i]))]
            case .linear, .softmax: []
            }
            return Equation(
                .apply(.derivative(activation), z), symbolic: written.map { [$0] } ?? [], numbers: numbers,
                result: vector(values, key: QuantityKey.neurons(column: i + 1)))
        }

        /// BP3, BP4 and the update of the layer at `i`.
        func layerGradient(_ i: Int, step: GradientStep) -> LayerGradient {
            let layer = MathML.layer(i)
            let weights = network.weights[i]
            let dW = step.gradient.weights[i], db = step.gradient.biases[i]
            let partialW = MathML.partial(by: .quantity("W", layer)), partialB = MathML.partial(by: .quantity("b", layer))
            let delta = { (x: Int?) in MathML.quantity("δ", layer, example: self.exampleIndex(x)) }
            // a⁽ˡ⁻¹⁾ of BP4, per example i when batched; the input x for the first layer.
            let exampleSymbol: MathML? = batched ? .exampleIndex : nil
            let previous: MathML = i == 0 ? .ofExample(.x, exampleSymbol) : .quantity("a", .layer(i - 1), example: exampleSymbol)

            let biasGradient: Equation
            let weightGradient: Equation
            if batched || regularized {
                let deltaX = MathML.quantity("δ", layer, example: .exampleIndex)
                let errors = step.backwardPasses.map { vector($0.errors[i]) }
                biasGradient = Equation(
                    partialB, symbolic: [.row([.reciprocal(.m), .sum(over: .exampleIndex), batched ? deltaX : delta(nil)])],
                    continuedNumbers: [MathML.sumLines(.reciprocal(.integer(m)), sumTerms(errors))],
                    result: vector(db, key: QuantityKey.neurons(column: i + 1)))
                var products = zip(step.backwardPasses, step.forwardPasses).map { backward, forward in
                    MathML.row([vector(backward.errors[i]), .rowVector(forward.activationFeeding(layer: i), format, given: i == 0)])
                }
                products = sumTerms(products)
                var summed = zip(step.backwardPasses, step.forwardPasses).reduce(Matrix(rows: dW.rows, columns: dW.columns)) {
                    $0 + Matrix.outer($1.0.errors[i], $1.1.activationFeeding(layer: i))
                }
                var symbolic: [MathML] = [.sum(over: .exampleIndex), batched ? deltaX : delta(nil), .transposed(previous)]
                var summedNumbers: [MathML] = [.matrix(summed, format)]
                if regularized {
                    symbolic += [.plus, .lambda, .quantity("W", layer)]
                    products += [.plus, .givenFactor(settings.regularization, format), .matrix(weights, format, given: networkIsGiven)]
                    summedNumbers += [.plus, .matrix(settings.regularization * weights, format)]
                    summed = summed + settings.regularization * weights
                }
                // The sum of the examples' products, one example per line.
                weightGradient = Equation(
                    partialW, symbolic: [.row([.reciprocal(.m), .parenthesized(.row(symbolic))])],
                    continuedNumbers: [
                        MathML.sumLines(.reciprocal(.integer(m)), products),
                        [.row([.reciprocal(.integer(m)), .parenthesized(.row(summedNumbers))])],
                    ],
                    result: .matrix(dW, format, key: QuantityKey.edges(parameterLayer: i)))
            } else {
                let backward = step.backwardPasses[0], forward = step.forwardPasses[0]
                biasGradient = Equation(partialB, symbolic: [delta(nil)], result: .columnVector(db, format, key: QuantityKey.neurons(column: i + 1)))
                weightGradient = Equation(
                    partialW, symbolic: [.row([delta(nil), .transposed(previous)])],
                    numbers: [.row([vector(backward.errors[i]), .rowVector(forward.activationFeeding(layer: i), format, given: i == 0)])],
                    result: .matrix(dW, format, key: QuantityKey.edges(parameterLayer: i)))
            }

            let weightUpdate = Equation(
                .quantity("W", layer), relation: .assign,
                symbolic: [.row([.quantity("W", layer), .minus, .eta, partialW])],
                numbers: [.row([
                    .matrix(weights, format, given: networkIsGiven, key: QuantityKey.edges(parameterLayer: i)), .minus, .givenFactor(settings.learningRate, format),
                    .matrix(dW, format, key: QuantityKey.edges(parameterLayer: i)),
                ])],
                result: .matrix(step.updatedNetwork.weights[i], format, key: QuantityKey.edges(parameterLayer: i)))
            let biasUpdate = settings.updateBiases ? Equation(
                .quantity("b", layer), relation: .assign,
                symbolic: [.row([.quantity("b", layer), .minus, .eta, partialB])],
                numbers: [.row([
                    vector(network.biases[i], given: networkIsGiven), .minus, .givenFactor(settings.learningRate, format), vector(db),
                ])],
                result: vector(step.updatedNetwork.biases[i], key: QuantityKey.neurons(column: i + 1))) : nil
            return LayerGradient(
                layer: Network.layerNumber(ofParameterLayer: i), biasGradient: biasGradient,
                weightGradient: weightGradient, weightUpdate: weightUpdate, biasUpdate: biasUpdate)
        }
    }
}
