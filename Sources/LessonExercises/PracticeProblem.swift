import BackpropEngine

/// What a student is given to practise on: a network with its starting parameters, one training
/// example (x, y) and the training settings, and every number of one gradient-descent step on that
/// example alone, computed by the engine.
public struct PracticeProblem: Equatable, Sendable {
    /// The network before the step.
    public let network: Network
    /// The practice example; the exercises use it alone (m = 1).
    public let example: TrainingExample
    public let settings: TrainingSettings
    /// Whether the network has biases to write in zˡⱼ = Σₖ wˡⱼₖ aˡ⁻¹ₖ + bˡⱼ (as the network figure
    /// shows them: trained, or given other than zero).
    public let hasBiases: Bool
    /// The engine's step on `example`: forward pass, cost, δ of every layer, gradient and update.
    public let step: GradientStep

    /// The step of `network` on `example` alone.
    /// - Throws: `NonFiniteValue` when a number of the step overflows.
    public init(network: Network, example: TrainingExample, settings: TrainingSettings) throws(NonFiniteValue) {
        self.network = network
        self.example = example
        self.settings = settings
        hasBiases = settings.updateBiases || network.biases.contains { $0.contains { $0 != 0 } }
        step = try GradientStep(index: 0, network: network, examples: [example], settings: settings)
    }

    /// The forward pass of the practice example.
    public var forward: ForwardPass { step.forwardPasses[0] }
    /// BP1 and BP2 of the practice example.
    public var backward: BackwardPass { step.backwardPasses[0] }
    /// The index of the output layer among the non-input layers.
    public var outputLayer: Int { network.parameterLayerCount - 1 }
}
