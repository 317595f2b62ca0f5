import Foundation

/// σ and its backward rule on preallocated buffers, for `StochasticGradientDescent`: the same
/// formulas as `apply(_:)` and `backward(costGradient:z:a:)`, without allocating.
extension Activation {
    /// aˡ = σ(zˡ) for `count` values.
    func apply(_ z: UnsafePointer<Double>, to a: UnsafeMutablePointer<Double>, count: Int) {
        switch self {
        case .linear: for j in 0..<count { a[j] = z[j] }
        case .sigmoid: for j in 0..<count { a[j] = 1 / (1 + exp(-z[j])) }
        case .tanh: for j in 0..<count { a[j] = Foundation.tanh(z[j]) }
        case .relu: for j in 0..<count { a[j] = max(0, z[j]) }
        case .leakyReLU: for j in 0..<count { a[j] = z[j] > 0 ? z[j] : Self.leakySlope * z[j] }
        case .softmax:
            var largest = -Double.infinity
            for j in 0..<count { largest = max(largest, z[j]) }
            var total = 0.0
            for j in 0..<count {
                a[j] = exp(z[j] - largest)
                total += a[j]
            }
            for j in 0..<count { a[j] /= total }
        }
    }

    /// δ = ∂C/∂z from g = ∂C/∂a: g ⊙ σ′(z), or Jᵀ g for softmax.
    func backward(
        _ g: UnsafePointer<Double>, z: UnsafePointer<Double>, a: UnsafePointer<Double>,
        into delta: UnsafeMutablePointer<Double>, count: Int
    ) {
        switch self {
        case .linear: for j in 0..<count { delta[j] = g[j] * 1 }
        case .sigmoid: for j in 0..<count { delta[j] = g[j] * (a[j] * (1 - a[j])) }
        case .tanh: for j in 0..<count { delta[j] = g[j] * (1 - a[j] * a[j]) }
        case .relu: for j in 0..<count { delta[j] = g[j] * (z[j] > 0 ? 1 : 0) }
        case .leakyReLU: for j in 0..<count { delta[j] = g[j] * (z[j] > 0 ? 1 : Self.leakySlope) }
        case .softmax:
            var gDotA = 0.0
            for j in 0..<count { gDotA += g[j] * a[j] }
            for j in 0..<count { delta[j] = a[j] * (g[j] - gDotA) }
        }
    }
}
