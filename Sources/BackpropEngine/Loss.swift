import CBatchKernels
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
        precondition(a.count == y.count, "shape mismatch in C_x")
        return a.withUnsafeBufferPointer { a in
            y.withUnsafeBufferPointer { y in
                totalCost(
                    outputs: a.baseAddress!, targets: y.baseAddress!, count: a.count, outputCount: a.count,
                    outputActivation: outputActivation)
            }
        }
    }

    /// Σₓ C_x over the outputs of any number of examples: `count` outputs aⱼ and their targets yⱼ, in
    /// the same order in both buffers (one example's, or a whole batch's as a matrix), from an
    /// output layer of `outputCount` neurons. Every C_x is a sum over the output neurons, so the
    /// sum over a batch is the sum of the same terms:
    /// ½ (aⱼ − yⱼ)², (aⱼ − yⱼ)² / n_L, −yⱼ ln aⱼ after softmax, −[yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)] after sigmoid.
    public func totalCost(
        outputs a: UnsafePointer<Double>, targets y: UnsafePointer<Double>, count: Int, outputCount: Int,
        outputActivation: Activation
    ) -> Double {
        switch self {
        case .halfSquaredError:
            var sum = 0.0
            for j in 0..<count { sum += (a[j] - y[j]) * (a[j] - y[j]) }
            return 0.5 * sum
        case .meanSquaredError:
            var sum = 0.0
            for j in 0..<count { sum += (a[j] - y[j]) * (a[j] - y[j]) }
            return sum / Double(outputCount)
        case .crossEntropy:
            // The logarithms of a block of outputs at a time, through the vector kernels.
            let block = 256
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * block) { scratch in
                let logA = scratch.baseAddress!, logOneMinusA = logA + block
                var sum = 0.0
                for start in stride(from: 0, to: count, by: block) {
                    let n = min(block, count - start), a = a + start, y = y + start
                    batch_log(a, logA, n)
                    if outputActivation == .softmax {
                        for j in 0..<n { sum += y[j] * logA[j] }
                    } else {
                        for j in 0..<n { logOneMinusA[j] = 1 - a[j] }
                        batch_log(logOneMinusA, logOneMinusA, n)
                        for j in 0..<n { sum += y[j] * logA[j] + (1 - y[j]) * logOneMinusA[j] }
                    }
                }
                return -sum
            }
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
