import BackpropEngine
import ExampleFile
import LessonFormatting
import Testing
@testable import LessonExercises

@Suite struct WorksheetVariantsTests {
    static let format = NumberFormat(precision: WorksheetVariants.precision, language: .spanish)

    func variants(_ name: String, count: Int = 8, seed: UInt64 = 2026) throws -> WorksheetVariants {
        let example = try ShippedExamples.load(name)
        return try WorksheetVariants(
            network: example.network, data: example.data, settings: example.settings, count: count, seed: seed,
            format: Self.format)
    }

    @Test(arguments: ShippedExamples.names)
    func everyVariantIsRightFairAndDifferent(name: String) throws {
        let variants = try variants(name)
        #expect(variants.sets.count == 8)
        for set in variants.sets {
            expectAnswersMatchReference(set)
            let problem = set.problem
            // Numbers for hand calculation: one decimal.
            for value in problem.network.weights.flatMap({ $0.rowArrays.flatMap { $0 } }) + problem.example.input {
                #expect((value * 10).rounded() == value * 10, "\(value)")
            }
            #expect(WorksheetVariants.isFair(problem))
            for exercise in set.exercises {
                for answer in exercise.answers {
                    #expect(Self.format.showsNonZero(answer.value), "\(answer)")
                    if [.outputError, .hiddenError, .weightGradient].contains(exercise.kind) {
                        #expect(Self.format.showsTwoSignificantDigits(answer.value), "\(answer)")
                    }
                }
            }
            // No hidden ReLU layer is dead.
            for (i, activation) in problem.network.activations.dropLast().enumerated() where activation == .relu {
                #expect(problem.forward.activations[i].contains { $0 > 0 })
            }
        }
        let networks = variants.sets.map(\.problem.network)
        #expect(Set(networks.map { "\($0.weights)" }).count == networks.count)
    }

    @Test func theSameSeedGivesTheSameVariantsAndAnotherSeedOthers() throws {
        #expect(try variants("sigmoide-con-sesgos", seed: 5) == variants("sigmoide-con-sesgos", seed: 5))
        #expect(try variants("sigmoide-con-sesgos", seed: 5).sets[0] != variants("sigmoide-con-sesgos", seed: 6).sets[0])
    }

    @Test func aNetworkTooLargeForHandCalculationIsRefused() throws {
        let network = Network.random(layerSizes: [8, 2, 1], activations: [.relu, .linear], seed: 1)
        let data = [TrainingExample(input: Array(repeating: 1, count: 8), target: [1])]
        #expect(throws: WorksheetVariants.Refusal.tooLarge(layer: 1, neurons: 8)) {
            try WorksheetVariants(
                network: network, data: data, settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.1),
                count: 1, seed: 1, format: Self.format)
        }
    }

    @Test func calculatorNeeds() {
        let linear = Network.random(layerSizes: [2, 2, 1], activations: [.relu, .linear], seed: 1)
        let sigmoid = Network.random(layerSizes: [2, 2, 1], activations: [.relu, .sigmoid], seed: 1)
        #expect(!WorksheetVariants.needsExponentials(linear, loss: .halfSquaredError))
        #expect(WorksheetVariants.needsExponentials(sigmoid, loss: .halfSquaredError))
        #expect(WorksheetVariants.needsExponentials(linear, loss: .crossEntropy))
    }
}
