import Foundation

/// σ and its backward rule on buffers: what `apply(_:)` and `backward(costGradient:z:a:)` compute,
/// and what `StochasticGradientDescent` calls on its preallocated buffers without allocating.
extension Activation {
    /// aˡ = σ(zˡ) for `count` values.
    func apply(_ z: UnsafePointer<Double>, to a: UnsafeMutablePointer<Double>, count: Int) {
        guard self == .softmax else {
            for j in 0..<count { a[j] = value(at: z[j]) }
            return
        }
        // aⱼ = e^(zⱼ − max z) / Σₖ e^(zₖ − max z): the shift changes nothing but keeps e^z finite.
        var largest = -Double.infinity
        for j in 0..<count { largest = max(largest, z[j]) }
        var total = 0.0
        for j in 0..<count {
            a[j] = exp(z[j] - largest)
            total += a[j]
        }
        for j in 0..<count { a[j] /= total }
    }

    /// δ = ∂C/∂z from g = ∂C/∂a: g ⊙ σ′(z), or Jᵀ g = a ⊙ (g − (g · a)) for softmax.
    func backward(
        _ g: UnsafePointer<Double>, z: UnsafePointer<Double>, a: UnsafePointer<Double>,
        into delta: UnsafeMutablePointer<Double>, count: Int
    ) {
        guard self == .softmax else {
            for j in 0..<count { delta[j] = g[j] * slope(z: z[j], a: a[j]) }
            return
        }
        var gDotA = 0.0
        for j in 0..<count { gDotA += g[j] * a[j] }
        for j in 0..<count { delta[j] = a[j] * (g[j] - gDotA) }
    }
}
