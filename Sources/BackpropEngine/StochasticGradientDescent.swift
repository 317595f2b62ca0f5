import Foundation

/// Stochastic gradient descent one example at a time, in order (no shuffling): for each example the
/// forward pass, BP1–BP4 and the update W ← W − η (δ aᵀ + λW), b ← b − η δ, exactly as a
/// `GradientStep` on a batch of m = 1 computes them.
///
/// This is the engine's fast path for training one example at a time (full-batch training goes
/// through `BatchGradientDescent`): the parameters and every zˡ, aˡ and δˡ live in buffers allocated
/// once, so training allocates nothing per example. It keeps none of the
/// intermediate numbers and checks none for overflow; `GradientStep` does both for the lessons.
public struct StochasticGradientDescent: Sendable {
    public let settings: TrainingSettings
    private let layerSizes: [Int]
    private let layers: [FlatLayer]
    /// W and b of every layer.
    private var parameters: [Double]
    /// z, a and δ of every layer, then ∇ₐC (or (Wˡ⁺¹)ᵀ δˡ⁺¹ on its way down).
    private var workspace: [Double]
    private let carried: Int

    /// Starts from `network`, trained with `settings` (loss, η, λ, and whether biases move).
    public init(network: Network, settings: TrainingSettings) {
        self.settings = settings
        layerSizes = network.layerSizes
        let (layers, parameterCount, workspaceCount) = FlatLayer.layout(of: network, columns: 1)
        self.layers = layers
        carried = workspaceCount
        workspace = [Double](repeating: 0, count: workspaceCount + (network.layerSizes.max() ?? 0))
        parameters = []
        parameters.reserveCapacity(parameterCount)
        for i in 0..<network.parameterLayerCount {
            parameters += network.weights[i].entries
            parameters += network.biases[i]
        }
    }

    /// The network as trained so far.
    public var network: Network {
        var weights: [Matrix] = [], biases: [[Double]] = []
        for layer in layers {
            var matrix = Matrix(rows: layer.outputs, columns: layer.inputs)
            for j in 0..<layer.outputs {
                for k in 0..<layer.inputs { matrix[j, k] = parameters[layer.weights + j * layer.inputs + k] }
            }
            weights.append(matrix)
            biases.append(Array(parameters[layer.biases..<layer.biases + layer.outputs]))
        }
        return Network(layerSizes: layerSizes, activations: layers.map(\.activation), weights: weights, biases: biases)
    }

    /// One pass over `examples` per epoch, one update per example, in the given order.
    public mutating func train(on examples: [TrainingExample], epochs: Int = 1) {
        for _ in 0..<epochs {
            for example in examples { train(on: example) }
        }
    }

    /// One update from one example (x, y).
    public mutating func train(on example: TrainingExample) {
        precondition(example.input.count == layerSizes[0], "input has \(example.input.count) values, the network \(layerSizes[0])")
        precondition(example.target.count == layerSizes[layerSizes.count - 1], "target does not match the output layer")
        let layers = layers, settings = settings, carried = carried
        parameters.withUnsafeMutableBufferPointer { parameters in
            workspace.withUnsafeMutableBufferPointer { workspace in
                example.input.withUnsafeBufferPointer { x in
                    example.target.withUnsafeBufferPointer { y in
                        Self.step(
                            layers, settings, parameters: parameters.baseAddress!, workspace: workspace.baseAddress!,
                            carried: workspace.baseAddress! + carried, x: x.baseAddress!, y: y.baseAddress!)
                    }
                }
            }
        }
    }

    private static func step(
        _ layers: [FlatLayer], _ settings: TrainingSettings, parameters p: UnsafeMutablePointer<Double>,
        workspace w: UnsafeMutablePointer<Double>, carried g: UnsafeMutablePointer<Double>,
        x: UnsafePointer<Double>, y: UnsafePointer<Double>
    ) {
        func input(_ i: Int) -> UnsafePointer<Double> { i == 0 ? x : UnsafePointer(w + layers[i - 1].activations) }

        // Forward: zˡ = Wˡ aˡ⁻¹ + bˡ, aˡ = σ(zˡ)
        for (i, layer) in layers.enumerated() {
            let a = input(i), z = w + layer.weightedInputs
            for j in 0..<layer.outputs {
                z[j] = dot(p + layer.weights + j * layer.inputs, a, layer.inputs) + p[layer.biases + j]
            }
            layer.activation.apply(z, to: w + layer.activations, count: layer.outputs)
        }

        // BP1: δᴸ = ∇ₐC ⊙ σ′(zᴸ), or aᴸ − y when cross-entropy cancels σ′
        let output = layers[layers.count - 1]
        let a = w + output.activations, delta = w + output.errors
        if settings.loss.simplifiesOutputError(outputActivation: output.activation) {
            for j in 0..<output.outputs { delta[j] = a[j] - y[j] }
        } else {
            for j in 0..<output.outputs {
                g[j] = settings.loss.gradient(
                    weightedInput: w[output.weightedInputs + j], output: a[j], target: y[j], outputCount: output.outputs, outputActivation: output.activation)
            }
            output.activation.backward(g, z: w + output.weightedInputs, a: a, into: delta, count: output.outputs)
        }

        // BP2: δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)
        for i in stride(from: layers.count - 2, through: 0, by: -1) {
            let layer = layers[i], above = layers[i + 1]
            let weightsAbove = p + above.weights, deltaAbove = w + above.errors
            g.update(repeating: 0, count: layer.outputs)
            for j in 0..<above.outputs {
                let row = weightsAbove + j * above.inputs, d = deltaAbove[j]
                for k in 0..<above.inputs { g[k] += row[k] * d }
            }
            layer.activation.backward(
                g, z: w + layer.weightedInputs, a: w + layer.activations, into: w + layer.errors, count: layer.outputs)
        }

        // BP3 and BP4 with the update: W ← W − η (δ aᵀ + λW), b ← b − η δ
        let eta = settings.learningRate, lambda = settings.regularization
        for (i, layer) in layers.enumerated() {
            let a = input(i), delta = w + layer.errors
            for j in 0..<layer.outputs {
                let row = p + layer.weights + j * layer.inputs, d = delta[j]
                for k in 0..<layer.inputs { row[k] -= eta * (lambda * row[k] + d * a[k]) }
            }
            if settings.updateBiases {
                for j in 0..<layer.outputs { p[layer.biases + j] -= eta * delta[j] }
            }
        }
    }

    /// Σₖ uₖ vₖ, four products at a time.
    @inline(__always)
    private static func dot(_ u: UnsafePointer<Double>, _ v: UnsafePointer<Double>, _ count: Int) -> Double {
        var sums = SIMD4<Double>.zero
        var k = 0
        while k + 4 <= count {
            sums += UnsafeRawPointer(u + k).loadUnaligned(as: SIMD4<Double>.self)
                * UnsafeRawPointer(v + k).loadUnaligned(as: SIMD4<Double>.self)
            k += 4
        }
        var sum = sums.sum()
        while k < count {
            sum += u[k] * v[k]
            k += 1
        }
        return sum
    }
}
