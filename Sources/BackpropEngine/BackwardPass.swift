/// The backward pass of one example: the error δˡ = ∂C_x/∂zˡ of every layer, from the output back.
public struct BackwardPass: Equatable, Sendable {
    /// ∇ₐC, the cost's gradient with respect to the output aᴸ.
    public let costGradient: [Double]
    /// σ′(zˡ) of each non-input layer; `nil` for softmax (not an element-wise derivative).
    public let activationDerivatives: [[Double]?]
    /// (Wˡ⁺¹)ᵀ δˡ⁺¹ for each hidden layer, the error carried back before ⊙ σ′(zˡ); `nil` for the output.
    public let backpropagatedErrors: [[Double]?]
    /// δˡ of each non-input layer.
    public let errors: [[Double]]
    /// Whether BP1 used the cross-entropy simplification δᴸ = aᴸ − y.
    public let outputErrorSimplified: Bool

    /// Runs BP1 and BP2 for one example whose forward pass is `forward`.
    public init(network: Network, forward: ForwardPass, target: [Double], loss: Loss) {
        let layerCount = network.parameterLayerCount
        let output = forward.output
        let outputActivation = network.outputActivation
        costGradient = loss.gradient(
            weightedInput: forward.weightedInputs[layerCount - 1], output: output, target: target,
            outputActivation: outputActivation)
        activationDerivatives = (0..<layerCount).map {
            network.activations[$0].derivative(z: forward.weightedInputs[$0], a: forward.activations[$0])
        }
        outputErrorSimplified = loss.simplifiesOutputError(outputActivation: outputActivation)

        var errors = [[Double]](repeating: [], count: layerCount)
        var carried = [[Double]?](repeating: nil, count: layerCount)
        let last = layerCount - 1
        // BP1: δᴸ = ∇ₐC ⊙ σ′(zᴸ)
        errors[last] = outputErrorSimplified
            ? output.subtracting(target)
            : outputActivation.backward(
                costGradient: costGradient, z: forward.weightedInputs[last], a: output)
        // BP2: δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)
        for i in stride(from: last - 1, through: 0, by: -1) {
            let fromAbove = network.weights[i + 1].transposed * errors[i + 1]
            carried[i] = fromAbove
            errors[i] = network.activations[i].backward(
                costGradient: fromAbove, z: forward.weightedInputs[i], a: forward.activations[i])
        }
        self.errors = errors
        self.backpropagatedErrors = carried
    }
}
