import BackpropEngine
import ExampleFile
import Testing

/// Seed 004, "Backpropagation paso a paso", end to end from its example file: x = [2, 3], y = 1,
/// w1…w6 = 0.11 0.21 0.12 0.08 0.14 0.15, η = 0.05, linear, no biases.
@Suite struct WorkedExampleTests {
    let example: Example
    let step: GradientStep

    init() throws {
        example = try Example.load(from: ExamplesFolder.path("paso-a-paso"))
        step = try example.walkthrough().steps[0]
    }

    @Test func fileGivesThePostsNetwork() {
        #expect(example.network.layerSizes == [2, 2, 1])
        #expect(example.network.activations == [.linear, .linear])
        #expect(example.network.weights == [Matrix([[0.11, 0.21], [0.12, 0.08]]), Matrix([[0.14, 0.15]])])
        #expect(example.network.biases == [[0, 0], [0]])
        #expect(example.settings == TrainingSettings(
            loss: .halfSquaredError, learningRate: 0.05, regularization: 0, updateBiases: false))
        #expect(example.data == [TrainingExample(input: [2, 3], target: [1])])
        #expect(example.steps == 1)
        #expect(!example.weightsAreRandom)
    }

    @Test func predictionAndErrorMatchThePost() {
        let prediction = step.forwardPasses[0].output[0]
        #expect(abs(prediction - 0.191) < 1e-12)
        // The post's error ½(prediction − target)², 0.327 to three decimals.
        #expect(abs(step.cost.total - 0.5 * 0.809 * 0.809) < 1e-12)
        #expect((step.cost.total * 1000).rounded() / 1000 == 0.327)
    }

    @Test func updatedWeightsFollowThePostsFormulas() {
        // The post's closed forms, with Δ = prediction − target and h = the hidden activations:
        // w5,6 ← w5,6 − η Δ h1,2 and w1…4 ← w − η Δ x_k w5,6 (the output weight of the hidden neuron).
        let eta = 0.05, x = [2.0, 3.0]
        let h = step.forwardPasses[0].activations[0]
        let delta = step.forwardPasses[0].output[0] - 1
        let w = example.network.weights
        let updated = step.updatedNetwork.weights
        for j in 0..<2 {
            #expect(abs(updated[1][0, j] - (w[1][0, j] - eta * delta * h[j])) < 1e-15)
            for k in 0..<2 {
                #expect(abs(updated[0][j, k] - (w[0][j, k] - eta * delta * x[k] * w[1][0, j])) < 1e-15)
            }
        }
        // As printed in the post, to two decimals: w1…w6 = 0.12 0.23 0.13 0.10 0.17 0.17.
        let printed = updated.map { $0.rowArrays.map { $0.map { ($0 * 100).rounded() / 100 } } }
        #expect(printed == [[[0.12, 0.23], [0.13, 0.10]], [[0.17, 0.17]]])
        #expect(step.updatedNetwork.biases == [[0, 0], [0]])
    }

    @Test func predictionAfterOneUpdateMatchesThePost() {
        #expect(abs(step.forwardPassesAfter[0].output[0] - 0.25575) < 5e-5)
        #expect(step.costAfter.total < step.cost.total)
    }
}
