/// ∂C/∂Wˡ and ∂C/∂bˡ of every layer for a batch of m examples:
/// BP3 ∂C/∂bˡ = (1/m) Σₓ δˡₓ and BP4 ∂C/∂Wˡ = (1/m) (Σₓ δˡₓ (aˡ⁻¹ₓ)ᵀ + λ Wˡ).
public struct Gradient: Equatable, Sendable {
    /// ∂C/∂Wˡ of each non-input layer.
    public let weights: [Matrix]
    /// ∂C/∂bˡ of each non-input layer.
    public let biases: [[Double]]

    /// The batch gradient from each example's forward and backward pass.
    public init(network: Network, forwardPasses: [ForwardPass], backwardPasses: [BackwardPass], regularization: Double) {
        let m = Double(forwardPasses.count)
        weights = (0..<network.parameterLayerCount).map { i in
            var sum = regularization * network.weights[i]
            for (forward, backward) in zip(forwardPasses, backwardPasses) {
                sum = sum + Matrix.outer(backward.errors[i], forward.activationFeeding(layer: i))
            }
            return (1 / m) * sum
        }
        biases = (0..<network.parameterLayerCount).map { i in
            backwardPasses.reduce([Double](repeating: 0, count: network.layerSizes[i + 1])) {
                $0.adding($1.errors[i])
            }.scaled(by: 1 / m)
        }
    }

    /// A gradient from its parts, as `BatchGradientDescent` computes it.
    init(weights: [Matrix], biases: [[Double]]) {
        self.weights = weights
        self.biases = biases
    }

    /// Gradient descent: W ← W − η ∂C/∂W, and b ← b − η ∂C/∂b when biases are trained.
    public func descend(_ network: Network, settings: TrainingSettings) -> Network {
        var updated = network
        for i in 0..<network.parameterLayerCount {
            updated.weights[i] = network.weights[i] - settings.learningRate * weights[i]
            if settings.updateBiases {
                updated.biases[i] = network.biases[i].subtracting(biases[i].scaled(by: settings.learningRate))
            }
        }
        return updated
    }
}
