/// ∇ₐC on preallocated buffers, for `StochasticGradientDescent`: the same formulas as
/// `gradient(output:target:outputActivation:)`, without allocating.
extension Loss {
    /// ∂C_x/∂aⱼ for `count` outputs a and targets y, written to `g`.
    func gradient(
        output a: UnsafePointer<Double>, target y: UnsafePointer<Double>, count: Int, outputActivation: Activation,
        into g: UnsafeMutablePointer<Double>
    ) {
        switch self {
        case .halfSquaredError:
            for j in 0..<count { g[j] = a[j] - y[j] }
        case .meanSquaredError:
            let scale = 2 / Double(count)
            for j in 0..<count { g[j] = (a[j] - y[j]) * scale }
        case .crossEntropy where outputActivation == .softmax:
            for j in 0..<count { g[j] = -y[j] / a[j] }
        case .crossEntropy:
            for j in 0..<count { g[j] = (a[j] - y[j]) / (a[j] * (1 - a[j])) }
        }
    }
}
