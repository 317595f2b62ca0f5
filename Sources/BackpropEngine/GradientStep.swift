/// One full-batch gradient-descent step, with every number of it: forward pass, cost, backward pass,
/// gradients, update, and the forward pass and cost of the updated network.
public struct GradientStep: Equatable, Sendable {
    /// Which step this is, 0 for the first.
    public let index: Int
    /// The network before the step.
    public let network: Network
    /// Forward pass of each example through `network`.
    public let forwardPasses: [ForwardPass]
    /// The cost before the update.
    public let cost: Cost
    /// BP1 and BP2 for each example.
    public let backwardPasses: [BackwardPass]
    /// BP3 and BP4, averaged over the batch, with the λ term.
    public let gradient: Gradient
    /// The network after W ← W − η ∂C/∂W (and the biases, when trained).
    public let updatedNetwork: Network
    /// Forward pass of each example through `updatedNetwork`.
    public let forwardPassesAfter: [ForwardPass]
    /// The cost after the update.
    public let costAfter: Cost

    /// Takes one step from `network` on the batch `examples`.
    /// - Throws: `NonFiniteValue` naming the first overflowed or undefined number.
    public init(index: Int, network: Network, examples: [TrainingExample], settings: TrainingSettings) throws(NonFiniteValue) {
        let forwardPasses = try Self.forward(network, examples, step: index)
        try self.init(
            index: index, network: network, examples: examples, settings: settings, forwardPasses: forwardPasses,
            cost: try Self.evaluate(network, forwardPasses, examples, settings, step: index))
    }

    /// The step after this one, from the updated network, whose forward pass and cost this step
    /// already computed.
    public func next(examples: [TrainingExample], settings: TrainingSettings) throws(NonFiniteValue) -> GradientStep {
        try GradientStep(
            index: index + 1, network: updatedNetwork, examples: examples, settings: settings,
            forwardPasses: forwardPassesAfter, cost: costAfter)
    }

    private init(
        index: Int, network: Network, examples: [TrainingExample], settings: TrainingSettings,
        forwardPasses: [ForwardPass], cost: Cost
    ) throws(NonFiniteValue) {
        self.index = index
        self.network = network
        self.forwardPasses = forwardPasses
        self.cost = cost
        backwardPasses = zip(forwardPasses, examples).map {
            BackwardPass(network: network, forward: $0, target: $1.target, loss: settings.loss)
        }
        for (example, backward) in backwardPasses.enumerated() {
            for (i, delta) in backward.errors.enumerated() {
                try NonFiniteValue.check(
                    delta, quantity: "δ", layer: Network.layerNumber(ofParameterLayer: i), example: example, step: index)
            }
        }
        gradient = Gradient(
            network: network, forwardPasses: forwardPasses, backwardPasses: backwardPasses,
            regularization: settings.regularization)
        updatedNetwork = gradient.descend(network, settings: settings)
        for i in 0..<updatedNetwork.parameterLayerCount {
            let layer = Network.layerNumber(ofParameterLayer: i)
            for row in updatedNetwork.weights[i].rowArrays {
                try NonFiniteValue.check(row, quantity: "W", layer: layer, example: nil, step: index)
            }
            try NonFiniteValue.check(updatedNetwork.biases[i], quantity: "b", layer: layer, example: nil, step: index)
        }
        forwardPassesAfter = try Self.forward(updatedNetwork, examples, step: index)
        costAfter = try Self.evaluate(updatedNetwork, forwardPassesAfter, examples, settings, step: index)
    }

    private static func forward(
        _ network: Network, _ examples: [TrainingExample], step: Int
    ) throws(NonFiniteValue) -> [ForwardPass] {
        var passes: [ForwardPass] = []
        for (example, trainingExample) in examples.enumerated() {
            let pass = ForwardPass(network: network, input: trainingExample.input)
            for i in 0..<network.parameterLayerCount {
                let layer = Network.layerNumber(ofParameterLayer: i)
                try NonFiniteValue.check(pass.weightedInputs[i], quantity: "z", layer: layer, example: example, step: step)
                try NonFiniteValue.check(pass.activations[i], quantity: "a", layer: layer, example: example, step: step)
            }
            passes.append(pass)
        }
        return passes
    }

    private static func evaluate(
        _ network: Network, _ passes: [ForwardPass], _ examples: [TrainingExample], _ settings: TrainingSettings,
        step: Int
    ) throws(NonFiniteValue) -> Cost {
        let cost = Cost(network: network, forwardPasses: passes, examples: examples, settings: settings)
        if let example = cost.perExample.firstIndex(where: { !$0.isFinite }) {
            throw NonFiniteValue(quantity: "cost", example: example, step: step)
        }
        if !cost.total.isFinite { throw NonFiniteValue(quantity: "cost", step: step) }
        return cost
    }
}
