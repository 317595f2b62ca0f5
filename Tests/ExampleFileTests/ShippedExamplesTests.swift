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

    @Test func sigmoidExampleHasBiasesThatAreTrained() throws {
        let example = try Example.load(from: ExamplesFolder.path("sigmoide-con-sesgos"))
        #expect(example.network.activations.allSatisfy { $0 == .sigmoid })
        #expect(example.network.biases.allSatisfy { $0.allSatisfy { $0 != 0 } })
        #expect(example.settings.updateBiases)
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
