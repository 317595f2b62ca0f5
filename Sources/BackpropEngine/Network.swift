/// A fully connected feed-forward network: layer sizes, one activation per non-input layer, and the
/// parameters Wˡ and bˡ.
///
/// Arrays indexed by layer hold the non-input layers only, first hidden layer first. In the lessons'
/// notation the input is layer 1, so `weights[i]` is W^(i+2).
public struct Network: Equatable, Sendable {
    /// Neurons per layer, input layer first.
    public let layerSizes: [Int]
    /// σ of each non-input layer.
    public let activations: [Activation]
    /// Wˡ of each non-input layer: `layerSizes[i+1]` rows × `layerSizes[i]` columns.
    public var weights: [Matrix]
    /// bˡ of each non-input layer.
    public var biases: [[Double]]

    /// A network from its parameters. Shapes must agree with `layerSizes`.
    public init(layerSizes: [Int], activations: [Activation], weights: [Matrix], biases: [[Double]]) {
        precondition(layerSizes.count >= 2 && activations.count == layerSizes.count - 1)
        precondition(weights.count == activations.count && biases.count == activations.count)
        for i in weights.indices {
            precondition(weights[i].rows == layerSizes[i + 1] && weights[i].columns == layerSizes[i])
            precondition(biases[i].count == layerSizes[i + 1])
        }
        self.layerSizes = layerSizes
        self.activations = activations
        self.weights = weights
        self.biases = biases
    }

    /// A network with seeded random weights, uniform in ±1/√(neurons of the layer before), and
    /// zero biases unless `biases` are given.
    public static func random(
        layerSizes: [Int], activations: [Activation], seed: UInt64, biases: [[Double]]? = nil
    ) -> Network {
        var generator = SplitMix64(seed: seed)
        let weights = (1..<layerSizes.count).map { l in
            let scale = 1 / Double(layerSizes[l - 1]).squareRoot()
            var matrix = Matrix(rows: layerSizes[l], columns: layerSizes[l - 1])
            for j in 0..<matrix.rows {
                for k in 0..<matrix.columns { matrix[j, k] = scale * generator.nextSymmetricUnit() }
            }
            return matrix
        }
        let zeroBiases = layerSizes.dropFirst().map { [Double](repeating: 0, count: $0) }
        return Network(
            layerSizes: layerSizes, activations: activations, weights: weights,
            biases: biases ?? zeroBiases)
    }

    /// The number of non-input layers (L − 1 in the lessons' numbering).
    public var parameterLayerCount: Int { weights.count }

    /// The lessons' number l of the non-input layer at `index` (the input layer is l = 1).
    public static func layerNumber(ofParameterLayer index: Int) -> Int { index + 2 }

    /// The activation of the output layer.
    public var outputActivation: Activation { activations[activations.count - 1] }

    /// Σ w² over every weight of every layer (biases excluded), for the L2 term.
    public var sumOfSquaredWeights: Double { weights.reduce(0) { $0 + $1.sumOfSquares } }
}
