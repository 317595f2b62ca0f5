import CBatchKernels
import Foundation
import Testing
@testable import BackpropEngine

/// The batched path against the per-example one: one step to 1e-12 and 100-epoch curves to 1e-9,
/// relative, for every activation × loss, random networks and batches that fill several blocks
/// and both cores.
@Suite struct BatchGradientDescentTests {
    @Test(arguments: Combination.all)
    func oneStepAgreesWithGradientStep(_ combination: Combination) throws {
        let difference = try BatchAgreement.oneStep(
            network: combination.network, examples: combination.examples, settings: combination.settings)
        #expect(difference <= 1e-12)
    }

    @Test(arguments: StochasticGradientDescentTests.cases.map { "\($0.hidden.rawValue) \($0.output.rawValue) \($0.loss.rawValue)" })
    func oneStepAgreesForEveryHiddenActivation(_ name: String) throws {
        let parts = name.split(separator: " ").map(String.init)
        let hidden = Activation(rawValue: parts[0])!, output = Activation(rawValue: parts[1])!, loss = Loss(rawValue: parts[2])!
        let network = StochasticGradientDescentTests.network(hidden: hidden, output: output)
        for updateBiases in [true, false] {
            let settings = TrainingSettings(loss: loss, learningRate: 0.3, regularization: 0.05, updateBiases: updateBiases)
            let difference = try BatchAgreement.oneStep(
                network: network, examples: StochasticGradientDescentTests.examples, settings: settings)
            #expect(difference <= 1e-12)
        }
    }

    /// Random shapes, activations, losses and batch sizes from 1 to 1,100 (up to eighteen blocks of
    /// 64 examples, split over two cores when the work is large enough).
    @Test(arguments: 0..<24)
    func oneStepAgreesOnRandomNetworks(seed: Int) throws {
        let (network, examples, settings) = Self.randomProblem(seed: UInt64(seed))
        let difference = try BatchAgreement.oneStep(network: network, examples: examples, settings: settings)
        #expect(difference <= 1e-12, "\(network.layerSizes) \(network.activations) \(settings.loss) m = \(examples.count)")
    }

    @Test(arguments: 0..<6)
    func curvesAgreeOverAHundredEpochs(seed: Int) throws {
        let (network, examples, settings) = Self.randomProblem(seed: UInt64(100 + seed))
        let expected = try BatchAgreement.perExampleCurve(network: network, examples: examples, settings: settings, epochs: 100)
        let history = TrainingHistory(network: network, examples: examples, settings: settings, epochs: 100)
        #expect(history.divergedAtEpoch == nil)
        #expect(BatchAgreement.difference(history.costs, expected) <= 1e-9)
    }

    @Test func largeBatchIsSplitIntoBlocksAndCoresWithoutChangingTheNumbers() throws {
        var generator = SplitMix64(seed: 9)
        let network = Network.random(layerSizes: [3, 40, 2], activations: [.tanh, .softmax], seed: 3)
        let examples = (0..<2000).map { _ in
            let input = (0..<3).map { _ in generator.nextSymmetricUnit() }
            let first = Double(generator.next() % 2)
            return TrainingExample(input: input, target: [first, 1 - first])
        }
        let settings = TrainingSettings(loss: .crossEntropy, learningRate: 0.5, regularization: 0.01)
        #expect(2000 * (3 * 40 + 40 + 40 * 2 + 2) >= BatchGradientDescent.parallelWork)
        #expect(try BatchAgreement.oneStep(network: network, examples: examples, settings: settings) <= 1e-12)
        // Two runs give the same bits: the split depends on m alone, not on which core finishes first.
        let first = BatchGradientDescent(network: network, examples: examples, settings: settings).train(epochs: 5)
        let second = BatchGradientDescent(network: network, examples: examples, settings: settings).train(epochs: 5)
        #expect(first == second)
    }

    /// η = 10 makes the cost grow past 1000 × max(C₀, 1) while finite; η = 10²⁰⁰ overflows in one step.
    @Test(arguments: [10.0, 1e200])
    func divergenceIsFoundAtTheSameEpochAsStepByStep(learningRate: Double) {
        let network = Network(layerSizes: [1, 1], activations: [.linear], weights: [Matrix([[1]])], biases: [[0]])
        let examples = [TrainingExample(input: [10], target: [1])]
        let settings = TrainingSettings(loss: .halfSquaredError, learningRate: learningRate)
        let history = TrainingHistory(network: network, examples: examples, settings: settings, epochs: 1000)
        // The same training, one GradientStep at a time, with TrainingHistory's rule: stop at the step
        // that throws or whose cost exceeds the limit.
        var costs: [Double] = []
        var expected: TrainingHistory.Divergence?
        var expectedEpoch: Int?
        var current = network
        for epoch in 0..<1000 {
            do {
                let step = try GradientStep(index: epoch, network: current, examples: examples, settings: settings)
                if costs.isEmpty { costs.append(step.cost.total) }
                let limit = TrainingHistory.divergenceLimit(startingCost: costs[0])
                if step.costAfter.total > limit {
                    expected = .costExploded(cost: step.costAfter.total, limit: limit)
                    expectedEpoch = epoch + 1
                    break
                }
                costs.append(step.costAfter.total)
                current = step.updatedNetwork
            } catch {
                expected = .notFinite(error)
                expectedEpoch = epoch + 1
                break
            }
        }
        switch (history.divergence, expected) {
        case (.costExploded(let cost, let limit)?, .costExploded(let expectedCost, let expectedLimit)?):
            #expect(learningRate == 10)
            #expect(BatchAgreement.relativeDifference(cost, expectedCost) <= 1e-9)
            #expect(BatchAgreement.relativeDifference(limit, expectedLimit) <= 1e-9)
        case (.notFinite?, .notFinite?):
            #expect(learningRate == 1e200)
            #expect(history.divergence == expected)
        default:
            Issue.record("diverged as \(String(describing: history.divergence)), step by step as \(String(describing: expected))")
        }
        #expect(history.divergedAtEpoch == expectedEpoch && expectedEpoch != nil)
        #expect(BatchAgreement.difference(history.costs, costs) <= 1e-9)
        #expect(history.finalNetwork == current)
    }

    /// The batch's cross-entropy is the stable one from z: an output that rounds to 1 (w = 4, x = 10,
    /// y = 1) costs softplus(−40) = 4.248·10⁻¹⁸, not 0 · ln 0 = NaN, and a saturated softmax
    /// (z = 1000, 999, 0) costs ln(1 + e⁻¹ + e⁻¹⁰⁰⁰); both agree with `Loss.cost` of one example.
    @Test func saturatedCrossEntropyIsTheStableCost() throws {
        let sigmoid = Network(layerSizes: [1, 1], activations: [.sigmoid], weights: [Matrix([[4]])], biases: [[0]])
        let softmax = Network(
            layerSizes: [1, 3], activations: [.softmax], weights: [Matrix([[1000], [999], [0]])], biases: [[0, 0, 0]])
        let settings = TrainingSettings(loss: .crossEntropy, learningRate: 0.1)
        let cases: [(Network, [TrainingExample], Double)] = [
            (sigmoid, [TrainingExample(input: [10], target: [1])], log1p(exp(-40))),
            (softmax, [TrainingExample(input: [1], target: [1, 0, 0])], 0.31326168751822286),
        ]
        for (network, examples, expected) in cases {
            // 70 copies: a block of 64 and a part of one, through the vector kernels' full and padded widths.
            let batch = BatchGradientDescent(network: network, examples: Array(repeating: examples[0], count: 70), settings: settings)
            let cost = try #require(batch.cost())
            #expect(BatchAgreement.relativeDifference(cost, expected) <= 1e-12)
            let step = try GradientStep(index: 0, network: network, examples: examples, settings: settings)
            #expect(BatchAgreement.relativeDifference(cost, step.cost.total) <= 1e-12)
            #expect(try #require(batch.gradient()).biases.allSatisfy { $0.allSatisfy(\.isFinite) })
        }
    }

    @Test func gradientCheckEvaluationsAreTheBatchEvaluations() throws {
        // A ReLU network whose z take both signs, so the kink sides are not all alike.
        let network = Network(
            layerSizes: [2, 3, 2, 1], activations: [.relu, .leakyReLU, .sigmoid],
            weights: [Matrix([[0.5, -0.3], [-0.2, 0.8], [0.1, 0.1]]), Matrix([[1, -1, 0.5], [-0.7, 0.4, 0.2]]), Matrix([[0.9, -0.6]])],
            biases: [[0.05, -0.1, -0.3], [0.02, -0.05], [0.1]])
        let examples = (0..<130).map { i in
            TrainingExample(input: [sin(Double(i)), cos(Double(3 * i))], target: [Double(i % 2)])
        }
        let settings = TrainingSettings(loss: .crossEntropy, learningRate: 0.5, regularization: 0.01)
        let batch = BatchGradientDescent(network: network, examples: examples, settings: settings).evaluation(of: network)
        let single = GradientCheck.evaluation(of: network, examples: examples, settings: settings)
        #expect(batch.kinkSides == single.kinkSides)
        #expect(batch.kinkSides.contains(true) && batch.kinkSides.contains(false))
        #expect(BatchAgreement.relativeDifference(batch.cost, single.cost) <= 1e-12)
    }

    @Test func gradientCheckCostsAreTheBatchCosts() throws {
        let combination = Combination.all[0]
        let descent = BatchGradientDescent(
            network: combination.network, examples: combination.examples, settings: combination.settings)
        let step = try GradientStep(
            index: 0, network: combination.network, examples: combination.examples, settings: combination.settings)
        #expect(BatchAgreement.relativeDifference(try #require(descent.cost()), step.cost.total) <= 1e-12)
        #expect(BatchAgreement.relativeDifference(try #require(descent.cost(of: step.updatedNetwork)), step.costAfter.total) <= 1e-12)
    }

    /// The vector exp, expm1 and log against libm: glibc documents its vector functions as
    /// within 4 units in the last place; we hold them to that over a sweep of each function's range.
    @Test func vectorFunctionsAreWithinFourUnitsInTheLastPlaceOfLibm() {
        let functions: [(String, (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void, (Double) -> Double, ClosedRange<Double>)] = [
            ("exp", { batch_exp($0, $1, $2) }, Foundation.exp, -700...700),
            ("expm1", { batch_expm1($0, $1, $2) }, Foundation.expm1, -40...40),
            ("log", { batch_log($0, $1, $2) }, Foundation.log, 1e-300...1e6),
        ]
        var generator = SplitMix64(seed: 77)
        for (name, vector, scalar, range) in functions {
            let x = (0..<4099).map { _ in
                let u = (generator.nextSymmetricUnit() + 1) / 2
                return name == "log" ? exp(log(range.lowerBound) + u * (log(range.upperBound) - log(range.lowerBound)))
                    : range.lowerBound + u * (range.upperBound - range.lowerBound)
            }
            var y = [Double](repeating: 0, count: x.count)
            vector(x, &y, x.count)
            let worst = zip(x, y).map { abs($1 - scalar($0)) / scalar($0).ulp.magnitude }.max()!
            #expect(worst <= 4, "\(name): \(worst) ulp")
        }
    }

    /// σ of sigmoid and tanh layers, computed from the vector exp and expm1, against libm's formulas:
    /// within 8 units in the last place (stated in `CBatchKernels.h`), over their whole
    /// range including values so small that a naive e^(2z) formula would lose every digit.
    @Test func sigmoidAndTanhAreWithinEightUnitsInTheLastPlace() {
        var generator = SplitMix64(seed: 78)
        let z = (0..<4099).map { _ in 30 * generator.nextSymmetricUnit() }
            + (0..<200).map { _ in 1e-9 * generator.nextSymmetricUnit() } + [0, -0.0, 20, -20, 21, -21, 400, -400, 1e-300]
        let references: [(Activation, (Double) -> Double)] = [(.tanh, Foundation.tanh), (.sigmoid, { 1 / (1 + exp(-$0)) })]
        for (activation, reference) in references {
            let a = activation.apply(z)
            let worst = zip(z, a).map { z, a in
                let expected = reference(z)
                return expected == 0 ? abs(a) / Double.leastNonzeroMagnitude : abs(a - expected) / expected.ulp.magnitude
            }.max()!
            #expect(worst <= 8, "\(activation): \(worst) ulp")
        }
    }

    /// A random network of 2–4 layers of 1–9 neurons, a random activation per layer and a loss that
    /// suits the output, 1–1,100 examples, λ and frozen biases sometimes.
    static func randomProblem(seed: UInt64) -> (Network, [TrainingExample], TrainingSettings) {
        var generator = SplitMix64(seed: seed)
        func below(_ n: Int) -> Int { Int(generator.next() % UInt64(n)) }
        let depth = 2 + below(3)
        var sizes = (0..<depth).map { _ in 1 + below(9) }
        let hidden: [Activation] = [.linear, .sigmoid, .tanh, .relu, .leakyReLU]
        let pairs: [(Activation, Loss)] = hidden.flatMap { [($0, Loss.halfSquaredError), ($0, .meanSquaredError)] }
            + [(.sigmoid, .crossEntropy), (.softmax, .crossEntropy), (.softmax, .meanSquaredError)]
        let (output, loss) = pairs[below(pairs.count)]
        if output == .softmax { sizes[depth - 1] = max(sizes[depth - 1], 2) }
        let activations = (0..<depth - 2).map { _ in hidden[below(hidden.count)] } + [output]
        let biases = sizes.dropFirst().map { n in (0..<n).map { _ in 0.3 * generator.nextSymmetricUnit() } }
        let network = Network.random(layerSizes: sizes, activations: activations, seed: generator.next(), biases: biases)
        let m = [1, 3, 7, 63, 64, 65, 257, 600, 1100][below(9)]
        let outputs = sizes[depth - 1]
        let examples = (0..<m).map { _ in
            let input = (0..<sizes[0]).map { _ in 2 * generator.nextSymmetricUnit() }
            var target = (0..<outputs).map { _ in (generator.nextSymmetricUnit() + 1) / 2 }
            if output == .softmax {
                let total = target.reduce(0, +)
                target = target.map { $0 / total }
            }
            return TrainingExample(input: input, target: target)
        }
        let settings = TrainingSettings(
            loss: loss, learningRate: 0.05 + 0.5 * (generator.nextSymmetricUnit() + 1) / 2,
            regularization: below(2) == 0 ? 0 : 0.1, updateBiases: below(4) != 0)
        return (network, examples, settings)
    }
}
