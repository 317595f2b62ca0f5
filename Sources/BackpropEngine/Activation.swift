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

    /// Whether aⱼ depends on zⱼ alone (every activation but softmax, whose aⱼ depends on the whole layer).
    public var isElementWise: Bool { self != .softmax }

    /// Whether σ has a kink at z = 0 (ReLU and leaky ReLU), where σ′(0) takes the left slope.
    public var hasKink: Bool { self == .relu || self == .leakyReLU }

    /// aⱼ = σ(zⱼ) of one neuron, for an element-wise activation (sigmoid and tanh through the same
    /// buffer code as whole layers, so a neuron alone and in a batch get the same value).
    public func value(at z: Double) -> Double {
        switch self {
        case .linear: z
        case .sigmoid, .tanh: withUnsafePointer(to: z) { z in
            var a = 0.0
            apply(z, to: &a, count: 1)
            return a
        }
        case .relu: max(0, z)
        case .leakyReLU: z > 0 ? z : Self.leakySlope * z
        case .softmax: preconditionFailure("softmax has no value per neuron; use apply(_:)")
        }
    }

    /// σ′(zⱼ) of one neuron, given zⱼ and aⱼ = σ(zⱼ), for an element-wise activation.
    @inline(__always)
    public func slope(z: Double, a: Double) -> Double {
        switch self {
        case .linear: 1
        case .sigmoid: a * (1 - a)
        case .tanh: 1 - a * a
        case .relu: z > 0 ? 1 : 0
        case .leakyReLU: z > 0 ? 1 : Self.leakySlope
        case .softmax: preconditionFailure("softmax has no slope per neuron; use backward(costGradient:z:a:)")
        }
    }

    /// Forward: aˡ = σ(zˡ).
    public func apply(_ z: [Double]) -> [Double] {
        guard !z.isEmpty else { return [] }
        return [Double](unsafeUninitializedCapacity: z.count) { a, initialized in
            z.withUnsafeBufferPointer { apply($0.baseAddress!, to: a.baseAddress!, count: z.count) }
            initialized = z.count
        }
    }

    /// σ′(zˡ), element by element, given z and a = σ(z).
    /// `nil` for softmax, whose derivative is a full Jacobian rather than a vector.
    public func derivative(z: [Double], a: [Double]) -> [Double]? {
        isElementWise ? zip(z, a).map { slope(z: $0, a: $1) } : nil
    }

    /// Backward: ∂C/∂z from ∂C/∂a, that is ∂C/∂a ⊙ σ′(z) for element-wise activations and
    /// Jᵀ ∂C/∂a for softmax, where ∂aⱼ/∂zₖ = aⱼ(𝟙[j = k] − aₖ).
    public func backward(costGradient g: [Double], z: [Double], a: [Double]) -> [Double] {
        precondition(g.count == z.count && z.count == a.count, "shape mismatch in backward")
        guard !g.isEmpty else { return [] }
        return [Double](unsafeUninitializedCapacity: g.count) { delta, initialized in
            g.withUnsafeBufferPointer { g in
                z.withUnsafeBufferPointer { z in
                    a.withUnsafeBufferPointer { a in
                        backward(g.baseAddress!, z: z.baseAddress!, a: a.baseAddress!, into: delta.baseAddress!, count: g.count)
                    }
                }
            }
            initialized = g.count
        }
    }
}
