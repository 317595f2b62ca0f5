import BackpropEngine
import LessonFormatting

/// A validated example network, as a teacher wrote it in an example file: the network, its training
/// set and settings, and how the site should present it.
public struct Example: Equatable, Sendable {
    /// Names the output folders: lowercase letters, digits and hyphens.
    public var id: String
    public var title: LocalizedText
    public var summary: LocalizedText?
    /// What to notice in this example, in both languages; shown on its page.
    public var notes: LocalizedText?
    /// The names its published source gives to the weights and activations, when it reproduces one.
    public var sourceNames: SourceNames?
    /// Where the example comes in the lesson's order (smaller first); examples without one follow,
    /// by id.
    public var order: Int?
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
    /// Significant digits of computed numbers on pages and figures.
    public var precision: Int
    /// The neurons (numbered from 0) that figures eliding a large layer must draw, one list per layer,
    /// input layer first; empty when the file names none.
    public var shownNeurons: [[Int]]
    /// The numbers the file gives (weights, biases, inputs, targets, η, λ), by value, as written, so
    /// that pages show η = 2 rather than 2,000.
    public var givenValues: [Double: String]
    /// The path the example was read from, for messages.
    public var sourcePath: String
    /// Whether the starting weights were drawn at random from `seed` because the file gave none.
    public var weightsAreRandom: Bool

    public init(
        id: String, title: LocalizedText, summary: LocalizedText?, network: Network, settings: TrainingSettings,
        data: [TrainingExample], steps: Int, epochs: Int, seed: UInt64, precision: Int, sourcePath: String,
        weightsAreRandom: Bool = false, notes: LocalizedText? = nil, order: Int? = nil, givenValues: [Double: String] = [:],
        sourceNames: SourceNames? = nil, shownNeurons: [[Int]] = []
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
        self.notes = notes
        self.order = order
        self.givenValues = givenValues
        self.sourceNames = sourceNames
        self.shownNeurons = shownNeurons
    }

    /// Every number of the lesson: the worked steps, the training history, the graph and the check.
    /// With `trainingCurve` false the history covers only the worked steps (for `trace` and `check`,
    /// which print no loss curve), not `epochs` epochs.
    /// - Throws: `ExampleError` naming this example's file when a number of a worked step overflows.
    public func walkthrough(trainingCurve: Bool = true) throws(ExampleError) -> Walkthrough {
        try walkthrough(epochs: trainingCurve ? epochs : steps)
    }

    /// What `check` reports: the gradient check and the training curve, on the batch path alone (no
    /// worked step's per-example vectors), the same as `walkthrough()`'s `gradientCheck()` and `history`.
    /// - Throws: `ExampleError` naming this example's file when a number of a worked step overflows,
    ///   as `walkthrough()` does.
    public func trainingCheck() throws(ExampleError) -> TrainingCheck {
        do {
            return try TrainingCheck(network: network, examples: data, settings: settings, steps: steps, epochs: epochs)
        } catch {
            throw ExampleError(file: sourcePath, message: error.description)
        }
    }

    /// The walkthrough with its training curve cut to `epochs` (at least the worked steps): a
    /// figure other than the loss curve needs no more, and training is most of the start-up.
    public func walkthrough(epochs: Int) throws(ExampleError) -> Walkthrough {
        do {
            return try Walkthrough(network: network, examples: data, settings: settings, steps: steps, epochs: epochs)
        } catch {
            throw ExampleError(file: sourcePath, message: error.description)
        }
    }
}
