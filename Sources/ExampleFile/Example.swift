import BackpropEngine
import LessonFormatting

/// A validated example network, as a teacher wrote it in an example file: the network, its training
/// set and settings, and how the site should present it.
public struct Example: Equatable, Sendable {
    /// Names the output folders: lowercase letters, digits and hyphens.
    public var id: String
    public var title: LocalizedText
    public var summary: LocalizedText?
    /// The starting network (weights given in the file, or seeded random ones).
    public var network: Network
    /// Loss, learning rate η, regularization λ and whether biases are trained.
    public var settings: TrainingSettings
    /// The m training examples.
    public var data: [TrainingExample]
    /// Worked gradient-descent steps shown in full.
    public var steps: Int
    /// Training length for the loss curve.
    public var epochs: Int
    /// The seed of the random initial weights, when the file gave no weights.
    public var seed: UInt64
    /// Decimals shown on pages and figures.
    public var precision: Int
    /// The path the example was read from, for messages.
    public var sourcePath: String
    /// Whether the starting weights were drawn at random from `seed` because the file gave none.
    public var weightsAreRandom: Bool

    public init(
        id: String, title: LocalizedText, summary: LocalizedText?, network: Network, settings: TrainingSettings,
        data: [TrainingExample], steps: Int, epochs: Int, seed: UInt64, precision: Int, sourcePath: String,
        weightsAreRandom: Bool = false
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.network = network
        self.settings = settings
        self.data = data
        self.steps = steps
        self.epochs = epochs
        self.seed = seed
        self.precision = precision
        self.sourcePath = sourcePath
        self.weightsAreRandom = weightsAreRandom
    }

    /// Every number of the lesson: the worked steps, the training history, the graph and the check.
    public func walkthrough() throws(NonFiniteValue) -> Walkthrough {
        try walkthrough(epochs: epochs)
    }

    /// The walkthrough with its training curve cut to `epochs` (at least the worked steps): a
    /// figure other than the loss curve needs no more, and training is most of the start-up.
    public func walkthrough(epochs: Int) throws(NonFiniteValue) -> Walkthrough {
        try Walkthrough(network: network, examples: data, settings: settings, steps: steps, epochs: epochs)
    }
}
