/// How a network is trained: the cost, the step size and the regularization.
public struct TrainingSettings: Equatable, Sendable {
    /// The per-example cost C_x.
    public var loss: Loss
    /// η, the learning rate of W ← W − η ∂C/∂W.
    public var learningRate: Double
    /// λ, the L2 regularization strength: the cost gains (λ/2m) Σ w².
    public var regularization: Double
    /// Whether gradient descent also moves the biases.
    public var updateBiases: Bool

    public init(loss: Loss, learningRate: Double, regularization: Double = 0, updateBiases: Bool = true) {
        self.loss = loss
        self.learningRate = learningRate
        self.regularization = regularization
        self.updateBiases = updateBiases
    }
}
