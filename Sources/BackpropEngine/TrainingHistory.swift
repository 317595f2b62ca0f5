/// The cost over repeated full-batch gradient-descent steps (epochs), for the loss curve.
public struct TrainingHistory: Equatable, Sendable {
    /// C before any training (index 0) and after each epoch.
    public let costs: [Double]
    /// The epoch (1-based) at which a number overflowed or became undefined, if training diverged;
    /// `costs` then stops before it.
    public let divergedAtEpoch: Int?
    /// What diverged, when training did.
    public let divergence: NonFiniteValue?
    /// The network after the last finite epoch.
    public let finalNetwork: Network

    /// Trains `network` for `epochs` full-batch steps on `examples`, the whole batch as matrices
    /// (`BatchGradientDescent`). Should a number stop being finite, the epoch before it and the rest
    /// are taken again one `GradientStep` at a time, which names the quantity, layer, neuron and
    /// example that overflowed.
    public init(network: Network, examples: [TrainingExample], settings: TrainingSettings, epochs: Int) {
        var costs: [Double] = []
        var current = network
        var resumeAt = epochs
        if epochs > 0 {
            let descent = BatchGradientDescent(network: network, examples: examples, settings: settings)
            for epoch in 0..<epochs {
                guard let cost = descent.step() else {
                    // A number of this step (of the network it started from or the one it made) is not
                    // finite: take again the step that made that network, and those after it, example by example.
                    resumeAt = max(epoch - 1, 0)
                    current = descent.networkBeforeLastStep ?? network
                    break
                }
                costs.append(cost)
            }
            if resumeAt == epochs {
                if let cost = descent.cost() {
                    costs.append(cost)
                    current = descent.network
                } else {
                    resumeAt = epochs - 1
                    current = descent.networkBeforeLastStep ?? network
                }
            }
        }

        var divergence: NonFiniteValue?
        var divergedAt: Int?
        var step: GradientStep?
        for epoch in resumeAt..<epochs {
            do {
                let taken = if let step {
                    try step.next(examples: examples, settings: settings)
                } else {
                    try GradientStep(index: epoch, network: current, examples: examples, settings: settings)
                }
                if costs.isEmpty { costs.append(taken.cost.total) }
                costs.append(taken.costAfter.total)
                current = taken.updatedNetwork
                step = taken
            } catch {
                divergence = error
                divergedAt = epoch + 1
                break
            }
        }
        self.costs = costs
        self.divergedAtEpoch = divergedAt
        self.divergence = divergence
        self.finalNetwork = current
    }
}
