/// One training example (x, y): an input for the first layer and the target for the output.
public struct TrainingExample: Equatable, Sendable {
    /// x, one value per input neuron.
    public var input: [Double]
    /// y, one value per output neuron.
    public var target: [Double]

    public init(input: [Double], target: [Double]) {
        self.input = input
        self.target = target
    }
}
