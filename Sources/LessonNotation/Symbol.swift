/// One lesson symbol with its indices, such as w₁₂⁽²⁾ (row 1, column 2 of W⁽²⁾) or a⁽³⁾[2]
/// (the output activations of training example 2), written in plain Unicode for figures, the DOT
/// export and `trace`; the pages write the same symbol as MathML from the same `NotationIndex` rules.
public struct Symbol: Equatable, Hashable, Sendable {
    public var quantity: Quantity
    /// Neuron subscripts, 1-based: one for aⱼ, zⱼ, bⱼ, δⱼ, xₖ, yⱼ; two (row, column) for wⱼₖ.
    public var neurons: [Int]
    /// The lesson's layer number (the input layer is 1), or `nil`.
    public var layer: Int?
    /// The training example, 1-based, on batch pages; `nil` for one example or the batch.
    public var example: Int?

    public init(_ quantity: Quantity, neurons: [Int] = [], layer: Int? = nil, example: Int? = nil) {
        self.quantity = quantity
        self.neurons = neurons
        self.layer = layer
        self.example = example
    }

    /// The symbol in Unicode sub- and superscripts, e.g. w₁₂⁽²⁾, a₁⁽²⁾, x₂, C[3].
    public var unicode: String {
        var text = quantity.letter
        // Two-digit neuron numbers are separated by a comma so that w₁,₁₂ cannot be read as w₁₁,₂.
        let separator = neurons.contains { $0 >= 10 } ? "," : ""
        text += neurons.map(Self.subscripted).joined(separator: separator)
        if let layer { text += Self.layerMark(layer) }
        if let example { text += NotationIndex.example.opening + String(example) + NotationIndex.example.closing }
        return text
    }

    /// ⁽ˡ⁾ for `layer`, e.g. ⁽²⁾.
    public static func layerMark(_ layer: Int) -> String { "⁽" + superscripted(layer) + "⁾" }

    /// `number` in Unicode subscript digits.
    public static func subscripted(_ number: Int) -> String {
        let digits = Array("₀₁₂₃₄₅₆₇₈₉")
        return String(String(number).map { digits[Int(String($0))!] })
    }

    /// `number` in Unicode superscript digits.
    public static func superscripted(_ number: Int) -> String {
        let digits = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")
        return String(String(number).map { digits[Int(String($0))!] })
    }
}
