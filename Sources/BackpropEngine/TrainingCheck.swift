/// What `check` reports about an example network: backpropagation against finite differences at the
/// starting network, and the training curve. The same as a `Walkthrough`'s `gradientCheck()` and
/// `history`, computed on the batch path (`BatchGradientDescent`) alone: `check` shows no worked step,
/// so it needs no example's vectors, only totals (issue 13: the fast path is for the gradient check
/// and the curve; a page's worked steps keep their per-example detail).
public struct TrainingCheck: Equatable, Sendable {
    /// ∂C/∂θ from backpropagation (BP3 and BP4 on the whole batch) against finite differences.
    public let gradientCheck: GradientCheck
    /// The cost over the epochs, as `Walkthrough.history`.
    public let history: TrainingHistory

    /// Checks the gradient at `network` and trains it for max(`epochs`, `steps`) epochs.
    /// - Throws: `NonFiniteValue` where a `Walkthrough` with the same `steps` throws it: the worked
    ///   steps are taken on the batch first, and when one of their numbers is not finite they are
    ///   taken again one example at a time, which names the quantity, layer, neuron and example.
    public init(
        network: Network, examples: [TrainingExample], settings: TrainingSettings, steps: Int, epochs: Int,
        parameterLimit: Int = 300
    ) throws(NonFiniteValue) {
        let descent = BatchGradientDescent(network: network, examples: examples, settings: settings)
        guard let gradient = descent.gradient(), Self.stepsAreFinite(descent, count: max(steps, 1)) else {
            let walkthrough = try Walkthrough(network: network, examples: examples, settings: settings, steps: steps, epochs: epochs)
            gradientCheck = walkthrough.gradientCheck(parameterLimit: parameterLimit)
            history = walkthrough.history
            return
        }
        gradientCheck = GradientCheck(
            network: network, examples: examples, settings: settings, gradient: gradient, parameterLimit: parameterLimit,
            evaluate: { descent.evaluation(of: $0) })
        history = TrainingHistory(network: network, examples: examples, settings: settings, epochs: max(epochs, steps))
    }

    /// Whether `count` steps from the descent's network, and the cost after the last, are finite:
    /// every z, δ, cost and updated parameter that the worked steps check.
    private static func stepsAreFinite(_ descent: BatchGradientDescent, count: Int) -> Bool {
        for _ in 0..<count where descent.step() == nil { return false }
        return descent.cost() != nil
    }
}
