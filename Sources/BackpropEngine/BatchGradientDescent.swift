import CBatchKernels
import Foundation

/// Full-batch gradient descent with the whole batch as matrices: the m examples are the m columns
/// of X = A¹, and each layer computes, for all of them at once,
///
///     Zˡ = Wˡ Aˡ⁻¹ + bˡ 1ᵀ,  Aˡ = σ(Zˡ)                      (forward)
///     Δᴸ = ∇_A C ⊙ σ′(Zᴸ)                                   (BP1)
///     Δˡ = ((Wˡ⁺¹)ᵀ Δˡ⁺¹) ⊙ σ′(Zˡ)                          (BP2)
///     ∂C/∂bˡ = (1/m) Δˡ 1                                   (BP3)
///     ∂C/∂Wˡ = (1/m) (Δˡ (Aˡ⁻¹)ᵀ + λ Wˡ)                    (BP4)
///
/// then W ← W − η ∂C/∂W and b ← b − η ∂C/∂b: the same numbers as a `GradientStep`, which keeps every
/// example's vectors for the worked steps, without keeping any of them. This is the path for the
/// training curve and the gradient check's costs.
///
/// Storage: the parameters, the data and every Zˡ, Aˡ and Δˡ live in contiguous row-major buffers
/// allocated once, when the descent is made. The columns are cut into blocks of at most
/// `blockColumns(layerSizes:)` examples (X, Xᵀ and Y are stored block after block, each block
/// row-major), so a block's matrices stay in cache; a large batch is split into two halves that the
/// two cores work on at once. How the batch is split depends on m and the layer sizes alone, so the
/// numbers never depend on the machine.
///
/// Unchecked `Sendable` because its parts run on two threads at once: during a run each part
/// writes only its own workspace, sums and results, and reads the parameters and data, which
/// nothing writes until the parts are done.
public final class BatchGradientDescent: @unchecked Sendable {
    /// A run of consecutive blocks that one core works through, with its own workspace and sums.
    private struct Part {
        /// The first and one past the last block.
        var blocks: Range<Int>
        /// Zˡ, Aˡ, Δˡ of every layer, then a scratch matrix (∇_A C, or (Wˡ⁺¹)ᵀ Δˡ⁺¹ on its way down),
        /// then one column of scratch for softmax.
        var workspace: Int
        /// Σₓ of ∂C_x/∂W and ∂C_x/∂b over this part's examples.
        var gradient: Int
    }

    /// The most examples in one block of columns for a network of `layerSizes`: 64, or for narrow
    /// networks more, up to 512, as long as the widest layer's block has at most 4,096 numbers
    /// (32 KB). Wider blocks make fewer calls of every kernel per epoch, which is most of the time of
    /// a narrow network such as 2-8-1; a batch of at most 64 examples is one block either way.
    public static func blockColumns(layerSizes: [Int]) -> Int {
        min(512, max(64, 4096 / layerSizes.max()! / 64 * 64))
    }

    /// The most examples in one block of columns, `blockColumns(layerSizes:)`.
    public let blockWidth: Int
    /// The batch is split between two cores when m × (number of parameters) reaches this.
    public static let parallelWork = 200_000

    public let settings: TrainingSettings
    /// m, the examples in the batch.
    public let exampleCount: Int
    private let layerSizes: [Int]
    private let layers: [FlatLayer]
    private let parts: [Part]
    /// The columns of each block: block b holds examples blockStarts[b] ..< blockStarts[b + 1].
    private let blockStarts: [Int]
    private let parameterCount: Int
    private let workspacePerPart: Int
    /// W and b of every layer, as in `StochasticGradientDescent`.
    private let parameters: UnsafeMutableBufferPointer<Double>
    /// W and b before the last step.
    private let previous: UnsafeMutableBufferPointer<Double>
    private var hasStepped = false
    /// X, block after block: n₁ × (block width) row-major each; likewise the targets Y.
    private let inputs: UnsafeMutableBufferPointer<Double>
    /// Xᵀ, block after block: (block width) × n₁ each, for BP4 of the first layer.
    private let inputsTransposed: UnsafeMutableBufferPointer<Double>
    private let targets: UnsafeMutableBufferPointer<Double>
    /// Every part's workspace, then every part's gradient sums, then the summed gradient.
    private let storage: UnsafeMutableBufferPointer<Double>
    /// A row of `blockWidth` ones, the 1 of Δˡ 1.
    private let ones: UnsafeMutableBufferPointer<Double>
    /// Σₓ C_x of each part, then 1 or 0 for each part: whether its numbers were all finite.
    private let partResults: UnsafeMutableBufferPointer<Double>
    /// Where each layer's neurons start among one example's kink sides (`nil` for a layer without a
    /// kink), and how many kink sides one example has.
    private let kinkOffsets: [Int?]
    private let kinkSidesPerExample: Int
    /// zⱼ > 0 of every ReLU and leaky ReLU neuron, example after example, in `GradientCheck.kinkSides`
    /// order; written by a forward pass only while `recordsKinkSides`.
    private let kinkSides: UnsafeMutableBufferPointer<Bool>
    private var recordsKinkSides = false

    /// Prepares full-batch descent from `network` on `examples` with `settings`.
    public init(network: Network, examples: [TrainingExample], settings: TrainingSettings) {
        precondition(!examples.isEmpty, "a batch needs at least one example")
        self.settings = settings
        exampleCount = examples.count
        layerSizes = network.layerSizes
        let width = Self.blockColumns(layerSizes: network.layerSizes)
        blockWidth = width
        var (layers, parameterCount, workspace) = FlatLayer.layout(of: network, columns: width)
        let widest = network.layerSizes.max()!
        workspace += widest * width + 2 * widest
        self.layers = layers
        self.parameterCount = parameterCount
        var kinkOffsets: [Int?] = [], kinkSidesPerExample = 0
        for layer in layers {
            kinkOffsets.append(layer.activation.hasKink ? kinkSidesPerExample : nil)
            if layer.activation.hasKink { kinkSidesPerExample += layer.outputs }
        }
        self.kinkOffsets = kinkOffsets
        self.kinkSidesPerExample = kinkSidesPerExample
        kinkSides = .allocate(capacity: examples.count * kinkSidesPerExample)
        kinkSides.initialize(repeating: false)
        workspacePerPart = workspace

        blockStarts = Array(stride(from: 0, to: examples.count, by: width)) + [examples.count]
        let blockCount = blockStarts.count - 1
        let halves = blockCount >= 2 && examples.count * parameterCount >= Self.parallelWork
        let ranges = halves ? [0..<(blockCount + 1) / 2, (blockCount + 1) / 2..<blockCount] : [0..<blockCount]
        parts = ranges.enumerated().map { index, blocks in
            Part(blocks: blocks, workspace: index * workspace, gradient: ranges.count * workspace + index * parameterCount)
        }
        storage = .allocate(capacity: ranges.count * (workspace + parameterCount) + parameterCount)
        storage.initialize(repeating: 0)
        ones = .allocate(capacity: width)
        ones.initialize(repeating: 1)
        partResults = .allocate(capacity: 2 * ranges.count)
        partResults.initialize(repeating: 0)

        parameters = .allocate(capacity: parameterCount)
        previous = .allocate(capacity: parameterCount)
        inputs = .allocate(capacity: examples.count * network.layerSizes[0])
        inputsTransposed = .allocate(capacity: examples.count * network.layerSizes[0])
        targets = .allocate(capacity: examples.count * network.layerSizes[network.layerSizes.count - 1])
        load(network)
        let n1 = network.layerSizes[0], nL = network.layerSizes[network.layerSizes.count - 1]
        for block in 0..<blockCount {
            let start = blockStarts[block], columns = blockStarts[block + 1] - start
            for (column, example) in examples[start..<start + columns].enumerated() {
                precondition(example.input.count == n1 && example.target.count == nL, "example does not fit the network")
                for k in 0..<n1 {
                    inputs[n1 * start + k * columns + column] = example.input[k]
                    inputsTransposed[n1 * start + column * n1 + k] = example.input[k]
                }
                for j in 0..<nL { targets[nL * start + j * columns + column] = example.target[j] }
            }
        }
    }

    deinit {
        parameters.deallocate()
        previous.deallocate()
        inputs.deallocate()
        inputsTransposed.deallocate()
        targets.deallocate()
        storage.deallocate()
        partResults.deallocate()
        kinkSides.deallocate()
        ones.deallocate()
    }

    /// Replaces the parameters with those of `network` (of the same shape).
    public func load(_ network: Network) {
        precondition(network.layerSizes == layerSizes, "the network's shape changed")
        for (i, layer) in layers.enumerated() {
            for (offset, w) in network.weights[i].entries.enumerated() { parameters[layer.weights + offset] = w }
            for (offset, b) in network.biases[i].enumerated() { parameters[layer.biases + offset] = b }
        }
    }

    /// The network as trained so far.
    public var network: Network { network(from: parameters.baseAddress!) }

    /// The network whose W and b are at `p`, laid out as `parameters`.
    private func network(from p: UnsafeMutablePointer<Double>) -> Network {
        let weights = layers.map { layer in
            Matrix((0..<layer.outputs).map { j in
                Array(UnsafeBufferPointer(start: p + layer.weights + j * layer.inputs, count: layer.inputs))
            })
        }
        let biases = layers.map { Array(UnsafeBufferPointer(start: p + $0.biases, count: $0.outputs)) }
        return Network(layerSizes: layerSizes, activations: layers.map(\.activation), weights: weights, biases: biases)
    }

    /// The network before the last successful `step()`, `nil` before the first.
    public var networkBeforeLastStep: Network? {
        hasStepped ? network(from: previous.baseAddress!) : nil
    }

    /// C = (1/m) Σₓ C_x + (λ/2m) Σ w² of the current network, from one forward pass of the batch;
    /// `nil` when a z or the cost is not a finite number.
    public func cost() -> Double? {
        run(backward: false)
    }

    /// C of `network` on this batch (the gradient check's cost evaluations).
    public func cost(of network: Network) -> Double? {
        load(network)
        return cost()
    }

    /// C of `network` on this batch (NaN when a number is not finite) and, for every example, which
    /// side of 0 each z of a ReLU or leaky ReLU layer lies on: the gradient check's evaluation, as
    /// `GradientCheck.evaluation(of:examples:settings:)` computes it one example at a time.
    public func evaluation(of network: Network) -> GradientCheck.Evaluation {
        load(network)
        recordsKinkSides = true
        defer { recordsKinkSides = false }
        let cost = cost() ?? .nan
        return GradientCheck.Evaluation(cost: cost, kinkSides: Array(kinkSides))
    }

    /// ∂C/∂W and ∂C/∂b of the current network, or `nil` when a number is not finite.
    public func gradient() -> Gradient? {
        guard run(backward: true) != nil else { return nil }
        let g = storage.baseAddress! + storage.count - parameterCount
        return Gradient(
            weights: layers.map { layer in
                Matrix((0..<layer.outputs).map { j in
                    Array(UnsafeBufferPointer(start: g + layer.weights + j * layer.inputs, count: layer.inputs))
                })
            },
            biases: layers.map { Array(UnsafeBufferPointer(start: g + $0.biases, count: $0.outputs)) })
    }

    /// One gradient-descent step on the whole batch. Returns the cost before the step, or `nil`, with
    /// the network left as it was, when any z, δ, the cost or an updated parameter is not finite.
    /// A cost above `costLimit` (training's divergence limit) is returned without taking the step.
    public func step(costLimit: Double = .infinity) -> Double? {
        guard let cost = run(backward: true) else { return nil }
        guard cost <= costLimit else { return cost }
        // W ← W − η ∂C/∂W, b ← b − η ∂C/∂b, computed in place of the gradient and checked before
        // they replace the parameters.
        let g = storage.baseAddress! + storage.count - parameterCount, p = parameters.baseAddress!
        let eta = settings.learningRate
        for layer in layers {
            for offset in layer.weights..<layer.biases { g[offset] = p[offset] - eta * g[offset] }
            for offset in layer.biases..<layer.biases + layer.outputs {
                g[offset] = settings.updateBiases ? p[offset] - eta * g[offset] : p[offset]
            }
        }
        guard batch_all_finite(g, parameterCount) == 1 else { return nil }
        previous.baseAddress!.update(from: p, count: parameterCount)
        p.update(from: g, count: parameterCount)
        hasStepped = true
        return cost
    }

    /// Trains for `epochs` steps and returns C before the first and after each, stopping early (with
    /// the network before the failed step) when a number stops being finite.
    public func train(epochs: Int) -> [Double] {
        var costs: [Double] = []
        for _ in 0..<epochs {
            guard let cost = step() else { return costs }
            costs.append(cost)
        }
        if let cost = cost() { costs.append(cost) }
        return costs
    }

    /// The forward pass (and with `backward`, BP1–BP4 into the summed gradient) of the whole batch,
    /// the parts on their cores at once. Returns the cost, or `nil` when a number is not finite.
    private func run(backward: Bool) -> Double? {
        if parts.count == 1 {
            run(part: 0, backward: backward)
        } else {
            DispatchQueue.concurrentPerform(iterations: parts.count) { run(part: $0, backward: backward) }
        }
        guard partResults[parts.count...].allSatisfy({ $0 == 1 }) else { return nil }

        let m = Double(exampleCount), lambda = settings.regularization
        let p = parameters.baseAddress!
        // Σ w², each layer's W as one dot product with itself.
        var sumOfSquares = 0.0
        for layer in layers {
            let w = p + layer.weights, count = layer.biases - layer.weights
            batch_multiply_transposed(1, 1, count, w, count, w, count, &sumOfSquares, 1)
        }
        // C = (1/m) Σₓ C_x + (λ/2m) Σ w²
        let cost = partResults[..<parts.count].reduce(0, +) / m + lambda / (2 * m) * sumOfSquares
        guard cost.isFinite else { return nil }
        if backward {
            // The parts' sums, in order, then BP3 and BP4: (1/m) Σₓ δ and (1/m) (Σₓ δ aᵀ + λW).
            let g = storage.baseAddress! + storage.count - parameterCount
            g.update(from: storage.baseAddress! + parts[0].gradient, count: parameterCount)
            for part in parts.dropFirst() {
                let partial = storage.baseAddress! + part.gradient
                for offset in 0..<parameterCount { g[offset] += partial[offset] }
            }
            for layer in layers {
                for offset in layer.weights..<layer.biases { g[offset] = (g[offset] + lambda * p[offset]) / m }
                for offset in layer.biases..<layer.biases + layer.outputs { g[offset] /= m }
            }
        }
        return cost
    }

    /// One part's blocks: forward, Σₓ C_x and, with `backward`, the sums Σₓ δ aᵀ and Σₓ δ, into the
    /// part's own workspace, sums and results.
    private func run(part index: Int, backward: Bool) {
        let part = parts[index]
        let p = UnsafePointer(parameters.baseAddress!), w = storage.baseAddress! + part.workspace
        let sums = storage.baseAddress! + part.gradient, ones = UnsafePointer(ones.baseAddress!)
        if backward { sums.update(repeating: 0, count: parameterCount) }
        let n1 = layerSizes[0], output = layers[layers.count - 1], nL = output.outputs
        let scratch = w + workspacePerPart - (layerSizes.max()! * (blockWidth + 2))
        let column = scratch + layerSizes.max()! * blockWidth
        var cost = 0.0
        var finite = true

        for block in part.blocks {
            let start = blockStarts[block], columns = blockStarts[block + 1] - start
            let x = UnsafePointer(inputs.baseAddress! + n1 * start), y = UnsafePointer(targets.baseAddress! + nL * start)
            let xT = UnsafePointer(inputsTransposed.baseAddress! + n1 * start)
            func input(_ i: Int) -> UnsafePointer<Double> { i == 0 ? x : UnsafePointer(w + layers[i - 1].activations) }

            // Forward: Zˡ = Wˡ Aˡ⁻¹ + bˡ 1ᵀ, Aˡ = σ(Zˡ)
            for (i, layer) in layers.enumerated() {
                let z = w + layer.weightedInputs
                for j in 0..<layer.outputs { (z + j * columns).update(repeating: p[layer.biases + j], count: columns) }
                batch_multiply(
                    layer.outputs, layer.inputs, columns, p + layer.weights, layer.inputs, 1, input(i), columns,
                    z, columns, 1)
                finite = finite && batch_all_finite(z, layer.outputs * columns) == 1
                if recordsKinkSides, let offset = kinkOffsets[i] {
                    for j in 0..<layer.outputs {
                        for c in 0..<columns {
                            kinkSides[(start + c) * kinkSidesPerExample + offset + j] = z[j * columns + c] > 0
                        }
                    }
                }
                apply(layer.activation, z, to: w + layer.activations, rows: layer.outputs, columns: columns, column: column)
            }
            let a = w + output.activations, zL = w + output.weightedInputs
            cost += settings.loss.totalCost(
                weightedInputs: zL, outputs: a, targets: y, outputCount: nL, examples: columns,
                outputActivation: output.activation)
            guard backward else { continue }

            // BP1: Δᴸ = ∇_A C ⊙ σ′(Zᴸ), or Aᴸ − Y when cross-entropy cancels σ′
            let deltaL = w + output.errors
            if settings.loss.simplifiesOutputError(outputActivation: output.activation) {
                for index in 0..<nL * columns { deltaL[index] = a[index] - y[index] }
            } else {
                for index in 0..<nL * columns {
                    scratch[index] = settings.loss.gradient(
                        weightedInput: zL[index], output: a[index], target: y[index], outputCount: nL,
                        outputActivation: output.activation)
                }
                backwardThrough(output, scratch, block: w, into: deltaL, columns: columns, column: column)
            }

            // BP2: Δˡ = ((Wˡ⁺¹)ᵀ Δˡ⁺¹) ⊙ σ′(Zˡ)
            for i in stride(from: layers.count - 2, through: 0, by: -1) {
                let layer = layers[i], above = layers[i + 1]
                batch_multiply(
                    layer.outputs, above.outputs, columns, p + above.weights, 1, above.inputs, w + above.errors, columns,
                    scratch, columns, 0)
                backwardThrough(layer, scratch, block: w, into: w + layer.errors, columns: columns, column: column)
            }

            // BP3 and BP4, summed over the examples: Σₓ δˡ (aˡ⁻¹)ᵀ = Δˡ (Aˡ⁻¹)ᵀ and Σₓ δˡ = Δˡ 1
            for (i, layer) in layers.enumerated() {
                let delta = w + layer.errors
                finite = finite && batch_all_finite(delta, layer.outputs * columns) == 1
                // (Aˡ⁻¹)ᵀ with its rows contiguous: Xᵀ as stored, a hidden layer's A transposed into the scratch.
                let transposed: UnsafePointer<Double>
                if i == 0 {
                    transposed = xT
                } else {
                    batch_transpose(layer.inputs, columns, input(i), scratch)
                    transposed = UnsafePointer(scratch)
                }
                batch_multiply(
                    layer.outputs, columns, layer.inputs, delta, columns, 1, transposed, layer.inputs,
                    sums + layer.weights, layer.inputs, 1)
                batch_multiply_transposed(layer.outputs, 1, columns, delta, columns, ones, columns, sums + layer.biases, 1)
            }
        }
        partResults[index] = cost
        partResults[parts.count + index] = finite ? 1 : 0
    }

    /// Aˡ = σ(Zˡ) for a block: element by element over the whole matrix, or, for softmax, column by
    /// column (one example's neurons), through `column` as scratch.
    private func apply(
        _ activation: Activation, _ z: UnsafePointer<Double>, to a: UnsafeMutablePointer<Double>, rows: Int, columns: Int,
        column: UnsafeMutablePointer<Double>
    ) {
        guard activation == .softmax else { return activation.apply(z, to: a, count: rows * columns) }
        let activated = column + rows
        for c in 0..<columns {
            for j in 0..<rows { column[j] = z[j * columns + c] }
            activation.apply(column, to: activated, count: rows)
            for j in 0..<rows { a[j * columns + c] = activated[j] }
        }
    }

    /// Δˡ from G = ∂C/∂Aˡ for a block: G ⊙ σ′(Zˡ), or for softmax Jᵀ g column by column.
    private func backwardThrough(
        _ layer: FlatLayer, _ g: UnsafeMutablePointer<Double>, block w: UnsafeMutablePointer<Double>,
        into delta: UnsafeMutablePointer<Double>, columns: Int, column: UnsafeMutablePointer<Double>
    ) {
        let z = w + layer.weightedInputs, a = w + layer.activations, rows = layer.outputs
        guard layer.activation == .softmax else {
            return layer.activation.backward(g, z: z, a: a, into: delta, count: rows * columns)
        }
        // Gather one example's g and a, apply Jᵀ, scatter δ; g's column is free once read.
        let aColumn = column + rows
        for c in 0..<columns {
            for j in 0..<rows {
                column[j] = g[j * columns + c]
                aColumn[j] = a[j * columns + c]
            }
            layer.activation.backward(column, z: column, a: aColumn, into: column, count: rows)
            for j in 0..<rows { delta[j * columns + c] = column[j] }
        }
    }
}
