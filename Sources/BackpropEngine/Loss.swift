import Foundation

/// The cost C_x of one training example, comparing the output aᴸ with the target y.
///
/// Every formula here is the single definition the engine uses (lesson steps, training, the gradient
/// check and the computational graph). Cross-entropy is computed from zᴸ rather than from aᴸ, so that
/// an output that rounds to exactly 0 or 1 still has a finite cost: −ln σ(z) = softplus(−z) after
/// sigmoid, and −ln softmax(z)ⱼ = logsumexp(z) − zⱼ after softmax.
public enum Loss: String, CaseIterable, Sendable, Codable {
    /// C_x = ½ Σⱼ (aⱼ − yⱼ)²
    case halfSquaredError = "half-squared-error"
    /// C_x = (1/n_L) Σⱼ (aⱼ − yⱼ)²
    case meanSquaredError = "mean-squared-error"
    /// After sigmoid: C_x = −Σⱼ [yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)]; after softmax: C_x = −Σⱼ yⱼ ln aⱼ.
    case crossEntropy = "cross-entropy"

    /// C_x for weighted input `z` and output `a` = σ(z) of the output layer, and target `y`.
    public func cost(weightedInput z: [Double], output a: [Double], target y: [Double], outputActivation: Activation) -> Double {
        switch self {
        case .halfSquaredError:
            return 0.5 * zip(a, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        case .meanSquaredError:
            return zip(a, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(a.count)
        case .crossEntropy where outputActivation == .softmax:
            // −Σⱼ yⱼ ln aⱼ = Σⱼ yⱼ (logsumexp(z) − zⱼ)
            let lse = Self.logSumExp(z)
            return zip(z, y).reduce(0) { $0 + ($1.1 == 0 ? 0 : $1.1 * (lse - $1.0)) }
        case .crossEntropy:
            // −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = y softplus(−z) + (1 − y) softplus(z); a zero factor
            // contributes 0 (the convention 0 · ln 0 = 0).
            return zip(z, y).reduce(0) {
                $0 + ($1.1 == 0 ? 0 : $1.1 * Self.softplus(-$1.0)) + ($1.1 == 1 ? 0 : (1 - $1.1) * Self.softplus($1.0))
            }
        }
    }

    /// ∇ₐC: the partial derivatives ∂C_x/∂aⱼ.
    public func gradient(weightedInput z: [Double], output a: [Double], target y: [Double], outputActivation: Activation) -> [Double] {
        precondition(a.count == y.count && z.count == a.count, "shape mismatch in ∇ₐC")
        return a.indices.map {
            gradient(weightedInput: z[$0], output: a[$0], target: y[$0], outputCount: a.count, outputActivation: outputActivation)
        }
    }

    /// ∂C_x/∂aⱼ of one output aⱼ = σ(zⱼ) with target yⱼ, in an output layer of `outputCount` neurons.
    @inline(__always)
    public func gradient(
        weightedInput z: Double, output a: Double, target y: Double, outputCount: Int, outputActivation: Activation
    ) -> Double {
        switch self {
        case .halfSquaredError: a - y
        case .meanSquaredError: (a - y) * (2 / Double(outputCount))
        case .crossEntropy where outputActivation == .softmax: y == 0 ? 0 : -y / a
        // (a − y) / (a(1 − a)) = (1 − y)/(1 − a) − y/a, with 1/(1 − a) = 1 + eᶻ and 1/a = 1 + e⁻ᶻ
        case .crossEntropy: (y == 1 ? 0 : (1 - y) * (1 + exp(z))) - (y == 0 ? 0 : y * (1 + exp(-z)))
        }
    }

    /// ∂C_x/∂yⱼ, the gradient with respect to the targets (shown on the computational graph).
    public func targetGradient(weightedInput z: [Double], output a: [Double], target y: [Double], outputActivation: Activation) -> [Double] {
        switch self {
        case .halfSquaredError:
            return y.subtracting(a)
        case .meanSquaredError:
            return y.subtracting(a).scaled(by: 2 / Double(a.count))
        case .crossEntropy where outputActivation == .softmax:
            // −ln aⱼ
            let lse = Self.logSumExp(z)
            return z.map { lse - $0 }
        case .crossEntropy:
            // ln(1 − a) − ln a = −z
            return z.map { -$0 }
        }
    }

    /// Whether BP1 simplifies to δᴸ = aᴸ − y: cross-entropy after sigmoid or softmax, where σ′
    /// cancels the denominator of ∇ₐC exactly.
    public func simplifiesOutputError(outputActivation: Activation) -> Bool {
        self == .crossEntropy && (outputActivation == .sigmoid || outputActivation == .softmax)
    }

    /// softplus(t) = ln(1 + eᵗ), without overflow for large t or loss of precision for very negative t.
    static func softplus(_ t: Double) -> Double {
        max(t, 0) + log1p(exp(-abs(t)))
    }

    /// ln Σₖ e^(zₖ), shifted by max z so that no e^(zₖ) overflows.
    static func logSumExp(_ z: [Double]) -> Double {
        guard let largest = z.max(), largest.isFinite else { return z.max() ?? -.infinity }
        return largest + log(z.reduce(0) { $0 + exp($1 - largest) })
    }
}
