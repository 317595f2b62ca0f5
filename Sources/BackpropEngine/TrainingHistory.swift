/// The cost over repeated full-batch gradient-descent steps (epochs), for the loss curve.
///
/// Training diverges at the first epoch whose step produces a number that is not finite, or whose
/// cost exceeds `divergenceFactor` × max(C₀, 1), C₀ being the cost before training; it stops there.
public struct TrainingHistory: Equatable, Sendable {
    /// Why training was stopped.
    public enum Divergence: Equatable, Sendable {
        /// A number overflowed or became undefined.
        case notFinite(NonFiniteValue)
        /// The cost after the epoch, above `limit` = `divergenceFactor` × max(C₀, 1).
        case costExploded(cost: Double, limit: Double)
    }

    /// How many times its starting value (or 1, whichever is larger) the cost may grow before
    /// training counts as diverged.
    public static let divergenceFactor = 1000.0

    /// C before any training (index 0) and after each epoch, up to the last epoch before divergence.
    public let costs: [Double]
    /// The epoch (1-based) at which training diverged, if it did; `costs` then stops before it.
    public let divergedAtEpoch: Int?
    /// Why training diverged, when it did.
    public let divergence: Divergence?
    /// The network after the last epoch kept in `costs`.
    public let finalNetwork: Network

    /// Trains `network` for `epochs` full-batch steps on `examples`, the whole batch as matrices
    /// (`BatchGradientDescent`). Should a number stop being finite, the epoch before it and the rest
    /// are taken again one `GradientStep` at a time, which names the quantity, layer, neuron and
    /// example that overflowed.
    public init(network: Network, examples: [TrainingExample], settings: TrainingSettings, epochs: Int) {
        var costs: [Double] = []
        var current = network
        var divergence: Divergence?
        var divergedAt: Int?
        var resumeAt = epochs
        if epochs > 0 {
            let descent = BatchGradientDescent(network: network, examples: examples, settings: settings)
            // The cost after epoch e is the one the step of epoch e + 1 starts from; a cost above the
            // limit leaves the parameters as they were, so the network before it is the one before the last step.
            var limit = Double.infinity
            func exploded(_ cost: Double, afterEpoch epoch: Int) -> Bool {
                guard cost > limit else { return false }
                divergence = .costExploded(cost: cost, limit: limit)
                divergedAt = epoch
                current = descent.networkBeforeLastStep ?? network
                return true
            }
            for epoch in 0..<epochs {
                guard let cost = descent.step(costLimit: limit) else {
                    // A number of this step (of the network it started from or the one it made) is not
                    // finite: take again the step that made that network, and those after it, example by example.
                    resumeAt = max(epoch - 1, 0)
                    current = descent.networkBeforeLastStep ?? network
                    break
                }
                if epoch == 0 { limit = Self.divergenceLimit(startingCost: cost) }
                if exploded(cost, afterEpoch: epoch) { break }
                costs.append(cost)
            }
            if resumeAt == epochs && divergence == nil {
                if let cost = descent.cost() {
                    if !exploded(cost, afterEpoch: epochs) {
                        costs.append(cost)
                        current = descent.network
                    }
                } else {
                    resumeAt = epochs - 1
                    current = descent.networkBeforeLastStep ?? network
                }
            }
        }

        // Taken again from the start, the first step records C₀ itself (or nothing, as step by step,
        // when it fails).
        if resumeAt == 0 { costs.removeAll() }
        var step: GradientStep?
        for epoch in resumeAt..<epochs where divergence == nil {
            do {
                let taken = if let step {
                    try step.next(examples: examples, settings: settings)
                } else {
                    try GradientStep(index: epoch, network: current, examples: examples, settings: settings)
                }
                if costs.isEmpty { costs.append(taken.cost.total) }
                let limit = Self.divergenceLimit(startingCost: costs[0])
                if taken.costAfter.total > limit {
                    divergence = .costExploded(cost: taken.costAfter.total, limit: limit)
                    divergedAt = epoch + 1
                    break
                }
                costs.append(taken.costAfter.total)
                current = taken.updatedNetwork
                step = taken
            } catch {
                divergence = .notFinite(error)
                divergedAt = epoch + 1
                break
            }
        }
        self.costs = costs
        self.divergedAtEpoch = divergedAt
        self.divergence = divergence
        self.finalNetwork = current
    }

    /// The cost above which training counts as diverged: `divergenceFactor` × max(C₀, 1).
    public static func divergenceLimit(startingCost: Double) -> Double {
        divergenceFactor * max(startingCost, 1)
    }
}
