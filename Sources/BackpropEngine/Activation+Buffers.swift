import CBatchKernels
import Foundation

/// σ and its backward rule on buffers: what `apply(_:)` and `backward(costGradient:z:a:)` compute,
/// and what `StochasticGradientDescent` and `BatchGradientDescent` call on their preallocated
/// buffers without allocating. This is the one definition of σ the engine evaluates: the
/// exponential and tanh go through the vector kernels (glibc's vector math library, within a few
/// units in the last place of libm), so every path gets the same value for the same z.
extension Activation {
    /// aˡ = σ(zˡ) for `count` values; for softmax, the `count` neurons of one example.
    func apply(_ z: UnsafePointer<Double>, to a: UnsafeMutablePointer<Double>, count: Int) {
        switch self {
        case .sigmoid:
            // σ(z) = 1 / (1 + e^(−z))
            batch_sigmoid(z, a, count)
        case .tanh:
            // tanh z = (e^(2z) − 1) / (e^(2z) + 1) = t / (t + 2) with t = expm1(2z), which keeps the
            // relative accuracy near 0 (see CBatchKernels.h for the bound).
            batch_tanh(z, a, count)
        case .softmax:
            // aⱼ = e^(zⱼ − max z) / Σₖ e^(zₖ − max z): the shift changes nothing but keeps e^z finite.
            var largest = -Double.infinity
            for j in 0..<count { largest = max(largest, z[j]) }
            for j in 0..<count { a[j] = z[j] - largest }
            batch_exp(a, a, count)
            var total = 0.0
            for j in 0..<count { total += a[j] }
            for j in 0..<count { a[j] /= total }
        case .linear, .relu, .leakyReLU:
            for j in 0..<count { a[j] = value(at: z[j]) }
        }
    }

    /// δ = ∂C/∂z from g = ∂C/∂a: g ⊙ σ′(z), or Jᵀ g = a ⊙ (g − (g · a)) for softmax (the `count`
    /// neurons of one example).
    func backward(
        _ g: UnsafePointer<Double>, z: UnsafePointer<Double>, a: UnsafePointer<Double>,
        into delta: UnsafeMutablePointer<Double>, count: Int
    ) {
        switch self {
        // One loop per activation (σ′ as in `slope(z:a:)`), so that each is a plain vector loop.
        case .linear: delta.update(from: g, count: count)
        case .sigmoid: for j in 0..<count { delta[j] = g[j] * (a[j] * (1 - a[j])) }
        case .tanh: for j in 0..<count { delta[j] = g[j] * (1 - a[j] * a[j]) }
        case .relu, .leakyReLU: for j in 0..<count { delta[j] = g[j] * slope(z: z[j], a: a[j]) }
        case .softmax: softmaxBackward(g, a: a, into: delta, count: count)
        }
    }

    /// Jᵀ g = a ⊙ (g − (g · a)), with ∂aⱼ/∂zₖ = aⱼ(𝟙[j = k] − aₖ).
    private func softmaxBackward(
        _ g: UnsafePointer<Double>, a: UnsafePointer<Double>, into delta: UnsafeMutablePointer<Double>, count: Int
    ) {
        var gDotA = 0.0
        for j in 0..<count { gDotA += g[j] * a[j] }
        for j in 0..<count { delta[j] = a[j] * (g[j] - gDotA) }
    }
}
