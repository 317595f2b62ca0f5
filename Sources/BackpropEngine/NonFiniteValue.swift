/// A value that overflowed or became undefined (±∞ or NaN) during the computation, with where it
/// appeared, so that no page or figure ever shows "nan".
public struct NonFiniteValue: Error, Equatable, Sendable, CustomStringConvertible {
    /// Which quantity: "z", "a", "cost", "δ", "∂C/∂W", "∂C/∂b", "W", "b".
    public let quantity: String
    /// The lessons' layer number l (the input layer is 1), when the value belongs to a layer.
    public let layer: Int?
    /// The neuron j within the layer (0-based), when the value belongs to a neuron.
    public let neuron: Int?
    /// The training example (0-based), when the value belongs to one.
    public let example: Int?
    /// The gradient-descent step (0-based) in which it appeared.
    public let step: Int

    public init(quantity: String, layer: Int? = nil, neuron: Int? = nil, example: Int? = nil, step: Int) {
        self.quantity = quantity
        self.layer = layer
        self.neuron = neuron
        self.example = example
        self.step = step
    }

    public var description: String {
        var place: [String] = []
        if let example { place.append("example \(example + 1)") }
        if let layer { place.append("layer \(layer)") }
        if let neuron { place.append("neuron \(neuron + 1)") }
        return "training diverged at epoch \(step + 1): \(quantity) is not a finite number (overflow or undefined)"
            + (place.isEmpty ? "" : " at \(place.joined(separator: ", "))")
            + "; the worked steps need smaller weights, inputs or learning rate η"
    }

    /// Throws if any entry of `values` is not finite.
    static func check(
        _ values: [Double], quantity: String, layer: Int?, example: Int?, step: Int
    ) throws(NonFiniteValue) {
        if let neuron = values.firstIndex(where: { !$0.isFinite }) {
            throw NonFiniteValue(quantity: quantity, layer: layer, neuron: neuron, example: example, step: step)
        }
    }
}
