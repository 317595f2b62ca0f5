/// What the notation table and the es ↔ en glossary of each home page list, in order. The words
/// themselves live in the string tables (`notation.<key>` and `glossary.<key>`), so that both
/// languages come from one mechanism.
public enum Vocabulary {
    /// One row of the notation table: its string-table key (the meaning) and the symbol it explains.
    public enum NotationEntry: String, CaseIterable, Sendable {
        case layer, outputLayer, layerSize, neuron, example, batchSize
        case input, target, weightedInput, activation, weightMatrix, weight, bias
        case activationFunction, sigmoid, error, cost, costGradient, hadamard, transpose
        case learningRate, regularization, epsilon

        /// The key of its meaning in the string tables.
        public var key: String { "notation.\(rawValue)" }
    }

    /// The glossary's terms, by string-table key (`glossary.<term>` holds the word in each language).
    public static let glossaryTerms = [
        "neuralNetwork", "neuron", "layer", "hiddenLayer", "outputLayer", "weight", "bias", "activation",
        "weightedInput", "cost", "target", "prediction", "forwardPass", "backwardPass", "backpropagation",
        "gradient", "gradientDescent", "learningRate", "batch", "epoch", "regularization", "chainRule",
        "computationalGraph", "gradientCheck", "centralDifferences",
    ]
}
