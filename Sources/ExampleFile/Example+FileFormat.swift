import BackpropEngine

extension Example {
    /// The keys of an example file, in the order the README documents them.
    enum Key: String, CaseIterable {
        case id, title, summary, notes, order, layers, activations, loss, weights, biases
        case updateBiases = "update_biases"
        case learningRate = "learning_rate"
        case regularization, data, steps, epochs, seed, precision, show
        case sourceNames = "source_names"

        /// What to write for a required key; `nil` for an optional one.
        var requirement: String? {
            switch self {
            case .id: "a short name for the output folder, such as mi-red"
            case .title: "the title in both languages, such as {es: \"Mi red\", en: \"My network\"}"
            case .layers: "the neurons per layer, input layer first, such as [2, 2, 1]"
            case .activations: "one activation per layer after the input, such as [sigmoid, sigmoid]"
            case .loss: "the loss, one of \(Loss.allCases.map(\.rawValue).joined(separator: ", "))"
            case .learningRate: "the learning rate η, a number greater than 0, such as 0.5"
            case .data: "the training examples, such as [{input: [2, 3], target: [1]}]"
            default: nil
            }
        }
    }

    /// Worked steps shown in full when the file does not say.
    public static let defaultSteps = 1
    /// Training epochs for the loss curve when the file does not say.
    public static let defaultEpochs = 100
    /// The seed of the random initial weights when the file does not say.
    public static let defaultSeed: UInt64 = 1
    /// Significant digits shown when the file does not say.
    public static let defaultPrecision = 4
    /// The allowed values of `order`.
    public static let orderRange = 0...10_000

    /// The allowed number of worked steps: each is shown in full, so a few at most.
    public static let stepRange = 1...20
    /// The allowed number of training epochs.
    public static let epochRange = 0...100_000
    /// The allowed number of significant digits.
    public static let precisionRange = 1...10
    /// The most neurons in one layer.
    public static let largestLayer = 4096
    /// The most parameters (weights and biases) in one network.
    public static let mostParameters = 1_000_000
    /// The most training work, epochs × examples × parameters (about one multiply-add each in the
    /// forward and the backward pass), so that a build of one example stays under 5 s on a 2-core
    /// machine (measured with `BatchGradientDescent`; see Benchmarks/README.md).
    public static let mostTrainingWork = 1_500_000_000
    /// Figures draw a layer of more neurons than this as a few of them, ⋮ and its last one
    /// (FigureLayout's `NetworkLayout.maxDrawnNeurons`).
    public static let mostDrawnNeurons = 6
    /// How many neurons of one layer `show` may name: a figure that elides a layer draws this many
    /// of the teacher's choice besides its last one (FigureLayout's `leadingNeuronsOfElidedLayer`).
    public static let mostShownNeurons = 3
    /// The most layers, input and output included.
    public static let mostLayers = 32
    /// The most training examples.
    public static let mostTrainingExamples = 10_000
    /// The most numbers in all inputs and targets together.
    public static let mostDataNumbers = 1_000_000
    /// The largest size of a weight, bias, input, target, learning rate or regularization.
    public static let largestMagnitude = 1_000_000.0
    /// The longest id, in characters.
    public static let longestID = 64
    /// The largest example file, in bytes (1 MB).
    public static let largestFile = 1 << 20
}
