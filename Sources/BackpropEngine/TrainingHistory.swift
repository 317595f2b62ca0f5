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

    /// Trains `network` for `epochs` full-batch steps on `examples`.
    public init(network: Network, examples: [TrainingExample], settings: TrainingSettings, epochs: Int) {
        var costs: [Double] = []
        var current = network
        var divergence: Divergence?
        var divergedAt: Int?
        var step: GradientStep?
        for epoch in 0..<epochs {
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
