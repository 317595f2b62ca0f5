import BackpropEngine
import ExampleFile
import Foundation
import Testing

@Suite struct ShippedExamplesTests {
    static let names = ["paso-a-paso", "sigmoide-con-sesgos", "xor", "clasificador-softmax", "red-profunda"]

    @Test func theFolderHoldsExactlyTheseExamples() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: ExamplesFolder.url.path)
        #expect(Set(files.filter { $0.hasSuffix(".yaml") }) == Set(Self.names.map { "\($0).yaml" }))
    }

    @Test(arguments: names)
    func loadsAndRunsWithAPassingGradientCheck(_ name: String) throws {
        let example = try Example.load(from: ExamplesFolder.path(name))
        #expect(example.id == name)
        for text in [example.title, try #require(example.summary)] {
            #expect(!text.spanish.isEmpty && !text.english.isEmpty && text.spanish != text.english)
        }
        let walkthrough = try example.walkthrough()
        #expect(walkthrough.gradientCheck().passed, "worst relative error \(walkthrough.gradientCheck().worstRelativeError)")
        #expect(walkthrough.history.divergedAtEpoch == nil)
        let costs = walkthrough.history.costs
        #expect(costs.count == example.epochs + 1)
        #expect(try #require(costs.last) < costs[0] / 2, "the loss curve shows learning")
    }

    @Test func theExamplesComeInLearningOrderAndEachSaysWhatToNotice() throws {
        let examples = try Self.names.map { try Example.load(from: ExamplesFolder.path($0)) }
        #expect(Example.inLessonOrder(examples).map(\.id)
            == ["paso-a-paso", "sigmoide-con-sesgos", "xor", "red-profunda", "clasificador-softmax"])
        for example in examples {
            let notes = try #require(example.notes, "\(example.id) has no notes")
            #expect(!notes.spanish.isEmpty && !notes.english.isEmpty && notes.spanish != notes.english)
        }
    }

    /// Matt Mazur, "A Step by Step Backpropagation Example": the post trains the weights only, and
    /// gives the total error 0.298371109 before and 0.291027924 after the first update, and the new
    /// output weights w5…w8 = 0.35891648, 0.408666186, 0.511301270, 0.561370121.
    @Test func theSigmoidExampleReproducesMazursPost() throws {
        let example = try Example.load(from: ExamplesFolder.path("sigmoide-con-sesgos"))
        #expect(!example.settings.updateBiases)
        let step = try example.walkthrough().steps[0]
        #expect(abs(step.cost.total - 0.298371109) < 1e-9)
        // The post rounds its intermediate values, so its last digits differ by about 10⁻⁷.
        #expect(abs(step.costAfter.total - 0.291027924) < 1e-6)
        let outputWeights = step.updatedNetwork.weights[1]
        let published = [[0.35891648, 0.408666186], [0.511301270, 0.561370121]]
        for j in 0..<2 {
            for k in 0..<2 { #expect(abs(outputWeights[j, k] - published[j][k]) < 1e-8) }
        }
    }

    /// The softmax example's note says that example 3 switches every hidden ReLU off, so that its
    /// hidden error is zero: true of the data, and worked out in full on the page.
    @Test func theSoftmaxNoteIsTrueOfTheData() throws {
        let example = try Example.load(from: ExamplesFolder.path("clasificador-softmax"))
        let step = try example.walkthrough().steps[0]
        #expect(step.forwardPasses[2].weightedInputs[0].allSatisfy { $0 <= 0 })
        #expect(step.backwardPasses[2].errors[0].allSatisfy { $0 == 0 })
        #expect(step.forwardPasses.enumerated().allSatisfy { $0.offset == 2 || $0.element.weightedInputs[0].contains { $0 > 0 } })
    }

    /// The XOR note says that most of the final cost is the λ term.
    @Test func theXORNoteIsTrueOfTheTraining() throws {
        let example = try Example.load(from: ExamplesFolder.path("xor"))
        let trained = try example.walkthrough().history.finalNetwork
        let lambdaTerm = example.settings.regularization / (2 * Double(example.data.count)) * trained.sumOfSquaredWeights
        let dataTerm = example.data.map { item in
            let output = ForwardPass(network: trained, input: item.input).output[0]
            return 0.5 * (output - item.target[0]) * (output - item.target[0])
        }.reduce(0, +) / Double(example.data.count)
        #expect(lambdaTerm > dataTerm)
    }

    /// The deep network's note says that δ shrinks on its way back: true of the first step.
    @Test func theDeepNoteIsTrueOfTheFirstStep() throws {
        let example = try Example.load(from: ExamplesFolder.path("red-profunda"))
        let step = try example.walkthrough().steps[0]
        for backward in step.backwardPasses {
            let sizes = backward.errors.map { $0.map(abs).max() ?? 0 }
            #expect(sizes[0] < sizes[sizes.count - 1])
        }
    }

    @Test func xorLearnsAllFourExamplesWithRegularization() throws {
        let example = try Example.load(from: ExamplesFolder.path("xor"))
        #expect(example.data.count == 4)
        #expect(example.settings.regularization > 0)
        #expect(example.network.activations.allSatisfy { $0 == .sigmoid })
        let trained = try example.walkthrough().history.finalNetwork
        for trainingExample in example.data {
            let output = ForwardPass(network: trained, input: trainingExample.input).output[0]
            #expect(abs(output - trainingExample.target[0]) < 0.25, "XOR\(trainingExample.input) gives \(output)")
        }
    }

    @Test func sigmoidExampleHasBiasesThatStayFixedAsInMazursPost() throws {
        let example = try Example.load(from: ExamplesFolder.path("sigmoide-con-sesgos"))
        #expect(example.network.activations.allSatisfy { $0 == .sigmoid })
        #expect(example.network.biases.allSatisfy { $0.allSatisfy { $0 != 0 } })
        #expect(!example.settings.updateBiases)
        #expect(example.settings.loss == .halfSquaredError)
    }

    @Test func classifierUsesSoftmaxCrossEntropyAndOneHotTargets() throws {
        let example = try Example.load(from: ExamplesFolder.path("clasificador-softmax"))
        #expect(example.network.outputActivation == .softmax)
        #expect(example.settings.loss == .crossEntropy)
        #expect(example.network.layerSizes.last == 3)
        for trainingExample in example.data {
            #expect(trainingExample.target.sorted() == [0, 0, 1])
        }
        let trained = try example.walkthrough().history.finalNetwork
        for trainingExample in example.data {
            let output = ForwardPass(network: trained, input: trainingExample.input).output
            #expect(output.firstIndex(of: output.max()!) == trainingExample.target.firstIndex(of: 1))
        }
    }

    @Test func deepExampleHasThreeHiddenLayersFromASeed() throws {
        let example = try Example.load(from: ExamplesFolder.path("red-profunda"))
        #expect(example.network.layerSizes.count - 2 >= 3)
        #expect(example.network.activations.dropLast().allSatisfy { $0 == .tanh || $0 == .relu })
        #expect(example.weightsAreRandom)
        #expect(example.network == Network.random(
            layerSizes: example.network.layerSizes, activations: example.network.activations, seed: example.seed))
    }
}
