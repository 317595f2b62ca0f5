import Foundation

/// The activation function σ of a layer: aˡ = σ(zˡ).
public enum Activation: String, CaseIterable, Sendable, Codable {
    case linear
    case sigmoid
    case tanh
    case relu
    case leakyReLU = "leaky-relu"
    case softmax

    /// The slope of leaky ReLU for negative inputs.
    public static let leakySlope = 0.01

    /// Forward: aˡ = σ(zˡ).
    public func apply(_ z: [Double]) -> [Double] {
        switch self {
        case .linear: return z
        case .sigmoid: return z.map { 1 / (1 + exp(-$0)) }
        case .tanh: return z.map { Foundation.tanh($0) }
        case .relu: return z.map { max(0, $0) }
        case .leakyReLU: return z.map { $0 > 0 ? $0 : Self.leakySlope * $0 }
        case .softmax:
            let largest = z.max() ?? 0
            let exponentials = z.map { exp($0 - largest) }
            let total = exponentials.reduce(0, +)
            return exponentials.map { $0 / total }
        }
    }

    /// σ′(zˡ), element by element, given z and a = σ(z).
    /// `nil` for softmax, whose derivative is a full Jacobian rather than a vector.
    public func derivative(z: [Double], a: [Double]) -> [Double]? {
        switch self {
        case .linear: return z.map { _ in 1 }
        case .sigmoid: return a.map { $0 * (1 - $0) }
        case .tanh: return a.map { 1 - $0 * $0 }
        case .relu: return z.map { $0 > 0 ? 1 : 0 }
        case .leakyReLU: return z.map { $0 > 0 ? 1 : Self.leakySlope }
        case .softmax: return nil
        }
    }

    /// Backward: ∂C/∂z from ∂C/∂a, that is ∂C/∂a ⊙ σ′(z) for element-wise activations and
    /// Jᵀ ∂C/∂a for softmax, where ∂aⱼ/∂zₖ = aⱼ(𝟙[j = k] − aₖ).
    public func backward(costGradient g: [Double], z: [Double], a: [Double]) -> [Double] {
        if let slope = derivative(z: z, a: a) { return g.hadamard(slope) }
        let gDotA = zip(g, a).reduce(0) { $0 + $1.0 * $1.1 }
        return a.indices.map { a[$0] * (g[$0] - gDotA) }
    }
}
