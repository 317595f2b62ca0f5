@testable import BackpropEngine

/// How the batched path (`BatchGradientDescent`) is compared with the per-example one
/// (`GradientStep`): the same numbers up to rounding, in relative terms.
enum BatchAgreement {
    /// |a − b| relative to the larger magnitude (or to `scale` when that is larger, for entries that
    /// are sums of terms much larger than themselves).
    static func relativeDifference(_ a: Double, _ b: Double, scale: Double = 0) -> Double {
        let size = max(abs(a), abs(b), scale)
        return size == 0 ? 0 : abs(a - b) / size
    }

    /// The largest relative difference between two networks' parameters, entry by entry.
    static func difference(_ actual: Network, _ expected: Network) -> Double {
        var worst = 0.0
        for i in 0..<expected.parameterLayerCount {
            for (a, b) in zip(actual.weights[i].entries, expected.weights[i].entries) {
                worst = max(worst, relativeDifference(a, b))
            }
            for (a, b) in zip(actual.biases[i], expected.biases[i]) { worst = max(worst, relativeDifference(a, b)) }
        }
        return worst
    }

    /// The largest difference between two gradients, each entry relative to the largest entry of
    /// its matrix or vector (an entry can be a near-cancelling sum over the examples).
    static func difference(_ actual: Gradient, _ expected: Gradient) -> Double {
        var worst = 0.0
        for (a, b) in zip(actual.weights, expected.weights) {
            let scale = b.entries.map(abs).max() ?? 0
            for (x, y) in zip(a.entries, b.entries) { worst = max(worst, relativeDifference(x, y, scale: scale)) }
        }
        for (a, b) in zip(actual.biases, expected.biases) {
            let scale = b.map(abs).max() ?? 0
            for (x, y) in zip(a, b) { worst = max(worst, relativeDifference(x, y, scale: scale)) }
        }
        return worst
    }

    /// The largest relative difference between one step of each path from `network`: the cost
    /// before it, the gradient, the updated network and the cost after it.
    static func oneStep(network: Network, examples: [TrainingExample], settings: TrainingSettings) throws -> Double {
        let step = try GradientStep(index: 0, network: network, examples: examples, settings: settings)
        let descent = BatchGradientDescent(network: network, examples: examples, settings: settings)
        guard let gradient = descent.gradient(), let cost = descent.step(), let costAfter = descent.cost() else {
            return .infinity
        }
        return [
            relativeDifference(cost, step.cost.total), difference(gradient, step.gradient),
            difference(descent.network, step.updatedNetwork), relativeDifference(costAfter, step.costAfter.total),
        ].max()!
    }

    /// The training curve the per-example way: one `GradientStep` after another.
    static func perExampleCurve(
        network: Network, examples: [TrainingExample], settings: TrainingSettings, epochs: Int
    ) throws -> [Double] {
        var step = try GradientStep(index: 0, network: network, examples: examples, settings: settings)
        var costs = [step.cost.total, step.costAfter.total]
        for _ in 1..<epochs {
            step = try step.next(examples: examples, settings: settings)
            costs.append(step.costAfter.total)
        }
        return costs
    }

    /// The largest relative difference between two training curves of the same length. A cost that
    /// has fallen below a millionth of the largest one (an exact fit, where both are rounding noise
    /// around 0) is compared relative to that millionth instead.
    static func difference(_ actual: [Double], _ expected: [Double]) -> Double {
        guard actual.count == expected.count else { return .infinity }
        let scale = 1e-6 * (expected.map(abs).max() ?? 0)
        return zip(actual, expected).map { relativeDifference($0, $1, scale: scale) }.max() ?? 0
    }
}
