import CBatchKernels
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
        precondition(a.count == y.count && z.count == a.count, "shape mismatch in C_x")
        return z.withUnsafeBufferPointer { z in
            a.withUnsafeBufferPointer { a in
                y.withUnsafeBufferPointer { y in
                    totalCost(
                        weightedInputs: z.baseAddress!, outputs: a.baseAddress!, targets: y.baseAddress!,
                        outputCount: a.count, examples: 1, outputActivation: outputActivation)
                }
            }
        }
    }

    /// Σₓ C_x over `examples` examples at once, their output layer's zⱼ, aⱼ and targets yⱼ each an
    /// `outputCount` × `examples` row-major matrix (neuron j of example c at j · examples + c; one
    /// example's vectors are the case of one column). Every C_x is a sum over the output neurons,
    /// so the sum over a batch is the sum of the same terms: ½ (aⱼ − yⱼ)², (aⱼ − yⱼ)² / n_L, and for
    /// cross-entropy the stable forms from z: yⱼ (logsumexp(z) − zⱼ) after softmax,
    /// yⱼ softplus(−zⱼ) + (1 − yⱼ) softplus(zⱼ) after sigmoid, a zero factor contributing 0
    /// (the convention 0 · ln 0 = 0).
    public func totalCost(
        weightedInputs z: UnsafePointer<Double>, outputs a: UnsafePointer<Double>, targets y: UnsafePointer<Double>,
        outputCount: Int, examples: Int, outputActivation: Activation
    ) -> Double {
        let count = outputCount * examples
        switch self {
        case .halfSquaredError:
            var sum = 0.0
            for j in 0..<count { sum += (a[j] - y[j]) * (a[j] - y[j]) }
            return 0.5 * sum
        case .meanSquaredError:
            var sum = 0.0
            for j in 0..<count { sum += (a[j] - y[j]) * (a[j] - y[j]) }
            return sum / Double(outputCount)
        case .crossEntropy where outputActivation == .softmax:
            // −Σⱼ yⱼ ln aⱼ = Σⱼ yⱼ (logsumexp(z) − zⱼ), one logsumexp per example (column)
            var sum = 0.0
            for c in 0..<examples {
                let lse = Self.logSumExp(z + c, count: outputCount, stride: examples)
                for j in 0..<outputCount {
                    let index = j * examples + c
                    sum += y[index] == 0 ? 0 : y[index] * (lse - z[index])
                }
            }
            return sum
        case .crossEntropy:
            // softplus(±z) = max(±z, 0) + ln(1 + e^(−|z|)): the common part through the vector
            // kernels, a block of outputs at a time.
            let block = 256
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: min(block, count)) { scratch in
                let tail = scratch.baseAddress!
                var sum = 0.0
                for start in stride(from: 0, to: count, by: block) {
                    let n = min(block, count - start), z = z + start, y = y + start
                    batch_log1p_exp_minus_abs(z, tail, n)
                    for j in 0..<n {
                        sum += (y[j] == 0 ? 0 : y[j] * (max(-z[j], 0) + tail[j]))
                            + (y[j] == 1 ? 0 : (1 - y[j]) * (max(z[j], 0) + tail[j]))
                    }
                }
                return sum
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

    /// ln Σₖ e^(zₖ), shifted by max z so that no e^(zₖ) overflows.
    static func logSumExp(_ z: [Double]) -> Double {
        z.withUnsafeBufferPointer { logSumExp($0.baseAddress!, count: z.count, stride: 1) }
    }

    /// ln Σₖ e^(zₖ) of the `count` values z[k · stride] (one example's column of a batch).
    static func logSumExp(_ z: UnsafePointer<Double>, count: Int, stride: Int) -> Double {
        var largest = -Double.infinity
        for k in 0..<count { largest = Swift.max(largest, z[k * stride]) }
        guard largest.isFinite else { return largest }
        var sum = 0.0
        for k in 0..<count { sum += exp(z[k * stride] - largest) }
        return largest + log(sum)
    }
}
