/// The forward pass of one example through the network: zˡ = Wˡ aˡ⁻¹ + bˡ and aˡ = σ(zˡ), layer
/// after layer, every intermediate vector kept.
public struct ForwardPass: Equatable, Sendable {
    /// x, which is a¹.
    public let input: [Double]
    /// zˡ of each non-input layer.
    public let weightedInputs: [[Double]]
    /// aˡ of each non-input layer.
    public let activations: [[Double]]

    /// Runs `input` through `network`.
    public init(network: Network, input: [Double]) {
        self.input = input
        var weightedInputs: [[Double]] = []
        var activations: [[Double]] = []
        var previous = input
        for i in 0..<network.parameterLayerCount {
            let z = (network.weights[i] * previous).adding(network.biases[i])
            let a = network.activations[i].apply(z)
            weightedInputs.append(z)
            activations.append(a)
            previous = a
        }
        self.weightedInputs = weightedInputs
        self.activations = activations
    }

    /// aᴸ, the prediction.
    public var output: [Double] { activations[activations.count - 1] }

    /// aˡ⁻¹, the activation feeding the non-input layer at `index` (the input x for the first).
    public func activationFeeding(layer index: Int) -> [Double] {
        index == 0 ? input : activations[index - 1]
    }
}
