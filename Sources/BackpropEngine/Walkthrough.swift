/// Everything the site shows about one example network: the worked gradient-descent steps in full,
/// the training history for the loss curve, the computational graph and the gradient check.
public struct Walkthrough: Equatable, Sendable {
    /// The training set, m examples.
    public let examples: [TrainingExample]
    /// Loss, η, λ and whether biases are trained.
    public let settings: TrainingSettings
    /// The worked steps, each starting from the network the previous one produced.
    public let steps: [GradientStep]
    /// The cost over the epochs, from the same starting network.
    public let history: TrainingHistory

    /// Runs `steps` worked steps and `epochs` epochs of training from `network`.
    /// - Throws: `NonFiniteValue` if a number of a worked step overflows or is undefined. Divergence
    ///   during the longer training is recorded in `history` instead.
    public init(
        network: Network, examples: [TrainingExample], settings: TrainingSettings, steps: Int, epochs: Int
    ) throws(NonFiniteValue) {
        self.examples = examples
        self.settings = settings
        var steps_ = [try GradientStep(index: 0, network: network, examples: examples, settings: settings)]
        for _ in 1..<max(steps, 1) {
            steps_.append(try steps_[steps_.count - 1].next(examples: examples, settings: settings))
        }
        self.steps = steps_
        history = TrainingHistory(network: network, examples: examples, settings: settings, epochs: max(epochs, steps))
    }

    /// The scalar graph of the first example through the starting network (cost without the λ term).
    /// Built when asked for: it has `ComputationGraph.nodeCount(of:)` nodes, millions for the largest
    /// networks, which only show it when it is small.
    public var graph: ComputationGraph {
        ComputationGraph(network: initialNetwork, example: examples[0], loss: settings.loss)
    }

    /// Backpropagation against finite differences at the starting network (central, or one-sided next
    /// to a ReLU kink): two to four forward passes of the whole batch as matrices per parameter, so it
    /// is computed only when asked for, and for at most `parameterLimit` parameters spread evenly over
    /// a large network.
    public func gradientCheck(parameterLimit: Int = 300) -> GradientCheck {
        GradientCheck(
            network: initialNetwork, examples: examples, settings: settings, gradient: steps[0].gradient,
            parameterLimit: parameterLimit)
    }

    /// The network the walkthrough starts from.
    public var initialNetwork: Network { steps[0].network }
}
