import Foundation

/// The cost C_x of one training example, comparing the output aᴸ with the target y.
public enum Loss: String, CaseIterable, Sendable, Codable {
    /// C_x = ½ Σⱼ (aⱼ − yⱼ)²
    case halfSquaredError = "half-squared-error"
    /// C_x = (1/n_L) Σⱼ (aⱼ − yⱼ)²
    case meanSquaredError = "mean-squared-error"
    /// After sigmoid: C_x = −Σⱼ [yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)]; after softmax: C_x = −Σⱼ yⱼ ln aⱼ.
    case crossEntropy = "cross-entropy"

    /// C_x for output `a`, target `y`, and the output layer's activation.
    public func cost(output a: [Double], target y: [Double], outputActivation: Activation) -> Double {
        switch self {
        case .halfSquaredError:
            return 0.5 * zip(a, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        case .meanSquaredError:
            return zip(a, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(a.count)
        case .crossEntropy:
            if outputActivation == .softmax {
                return -zip(a, y).reduce(0) { $0 + $1.1 * log($1.0) }
            }
            return -zip(a, y).reduce(0) { $0 + $1.1 * log($1.0) + (1 - $1.1) * log(1 - $1.0) }
        }
    }

    /// ∇ₐC: the partial derivatives ∂C_x/∂aⱼ.
    public func gradient(output a: [Double], target y: [Double], outputActivation: Activation) -> [Double] {
        precondition(a.count == y.count, "shape mismatch in ∇ₐC")
        return zip(a, y).map { gradient(output: $0, target: $1, outputCount: a.count, outputActivation: outputActivation) }
    }

    /// ∂C_x/∂aⱼ of one output aⱼ with target yⱼ, in an output layer of `outputCount` neurons.
    @inline(__always)
    public func gradient(output a: Double, target y: Double, outputCount: Int, outputActivation: Activation) -> Double {
        switch self {
        case .halfSquaredError: a - y
        case .meanSquaredError: (a - y) * (2 / Double(outputCount))
        case .crossEntropy where outputActivation == .softmax: -y / a
        case .crossEntropy: (a - y) / (a * (1 - a))
        }
    }

    /// ∂C_x/∂yⱼ, the gradient with respect to the targets (shown on the computational graph).
    public func targetGradient(output a: [Double], target y: [Double], outputActivation: Activation) -> [Double] {
        switch self {
        case .halfSquaredError:
            return y.subtracting(a)
        case .meanSquaredError:
            return y.subtracting(a).scaled(by: 2 / Double(a.count))
        case .crossEntropy:
            if outputActivation == .softmax { return a.map { -log($0) } }
            return a.map { log(1 - $0) - log($0) }
        }
    }

    /// Whether BP1 simplifies to δᴸ = aᴸ − y: cross-entropy after sigmoid or softmax, where σ′
    /// cancels the denominator of ∇ₐC exactly.
    public func simplifiesOutputError(outputActivation: Activation) -> Bool {
        self == .crossEntropy && (outputActivation == .sigmoid || outputActivation == .softmax)
    }
}
