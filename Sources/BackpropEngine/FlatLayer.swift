/// Where one non-input layer's numbers sit in the flat buffers of the fast training paths
/// (`BatchGradientDescent`, `StochasticGradientDescent`): Wˡ (row by row) and bˡ in the parameters,
/// and their derivatives at the same offsets in a gradient; Zˡ, Aˡ and Δˡ in a workspace, each
/// `outputs` × the number of examples worked on at once.
struct FlatLayer: Sendable {
    var inputs: Int
    var outputs: Int
    var activation: Activation
    var weights: Int
    var biases: Int
    var weightedInputs: Int
    var activations: Int
    var errors: Int

    /// The layers of `network` one after another, for `columns` examples at once, with how many
    /// parameters and workspace numbers they take in all.
    static func layout(of network: Network, columns: Int) -> (layers: [FlatLayer], parameterCount: Int, workspaceCount: Int) {
        var layers: [FlatLayer] = []
        var parameterCount = 0, workspaceCount = 0
        for i in 0..<network.parameterLayerCount {
            let inputs = network.layerSizes[i], outputs = network.layerSizes[i + 1]
            let block = outputs * columns
            layers.append(FlatLayer(
                inputs: inputs, outputs: outputs, activation: network.activations[i],
                weights: parameterCount, biases: parameterCount + inputs * outputs,
                weightedInputs: workspaceCount, activations: workspaceCount + block, errors: workspaceCount + 2 * block))
            parameterCount += inputs * outputs + outputs
            workspaceCount += 3 * block
        }
        return (layers, parameterCount, workspaceCount)
    }
}
