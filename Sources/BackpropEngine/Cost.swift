/// The cost of a batch: C = (1/m) Σₓ C_x + (λ/2m) Σ w².
public struct Cost: Equatable, Sendable {
    /// C_x of each example.
    public let perExample: [Double]
    /// (λ/2m) Σ w², zero when λ = 0.
    public let regularization: Double

    /// The cost of `network` on `forwardPasses` of `examples`.
    public init(network: Network, forwardPasses: [ForwardPass], examples: [TrainingExample], settings: TrainingSettings) {
        perExample = zip(forwardPasses, examples).map {
            settings.loss.cost(
                weightedInput: $0.weightedInputs[$0.weightedInputs.count - 1], output: $0.output, target: $1.target,
                outputActivation: network.outputActivation)
        }
        let m = Double(examples.count)
        regularization = settings.regularization / (2 * m) * network.sumOfSquaredWeights
    }

    /// (1/m) Σₓ C_x, the mean cost over the examples.
    public var data: Double { perExample.reduce(0, +) / Double(perExample.count) }

    /// C, the data cost plus the regularization term.
    public var total: Double { data + regularization }
}
