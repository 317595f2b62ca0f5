import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting
import LessonMath
import Testing
@testable import LessonExercises

/// The repository's Examples/ folder, found from this source file.
enum ShippedExamples {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")
    static let names = ["paso-a-paso", "sigmoide-con-sesgos", "xor", "clasificador-softmax", "red-profunda"]

    static func load(_ name: String) throws -> Example {
        try Example.load(from: folder.appendingPathComponent("\(name).yaml").path)
    }
}

/// Checks every answer of a set against the scalar computational graph, to 1e-12.
func expectAnswersMatchReference(_ set: ExerciseSet, sourceLocation: SourceLocation = #_sourceLocation) {
    let problem = set.problem
    let reference = ScalarReference(network: problem.network, example: problem.example, settings: problem.settings)
    let choice = ExerciseChoiceIndices(
        forward: set.choice.forwardNeuron, output: set.choice.outputNeuron, hidden: set.choice.hiddenNeuron,
        row: set.choice.weightRow, column: set.choice.weightColumn)
    for exercise in set.exercises {
        let expected = reference.expected(exercise.kind, choice: choice)
        #expect(exercise.answers.count == expected.count, sourceLocation: sourceLocation)
        for (answer, value) in zip(exercise.answers, expected) {
            #expect(abs(answer.value - value) <= 1e-12 * max(1, abs(value)),
                    Comment(rawValue: "\(exercise.kind): \(answer.value) vs \(value)"), sourceLocation: sourceLocation)
        }
    }
}

@Suite struct ExerciseAnswerTests {
    static let format = NumberFormat(precision: 4, language: .english)

    @Test(arguments: ShippedExamples.names)
    func pageAnswersMatchTheScalarGraph(name: String) throws {
        let example = try ShippedExamples.load(name)
        let format = NumberFormat(precision: example.precision, language: .english)
        let set = try ExerciseSet.practice(
            network: example.network, data: example.data, settings: example.settings, format: format,
            seed: ExerciseSet.seed(named: example.id))
        expectAnswersMatchReference(set)
        let kinds = set.exercises.map(\.kind)
        let hasHidden = example.network.parameterLayerCount > 1
        #expect(kinds == Exercise.Kind.allCases.filter { hasHidden || $0 != .hiddenError })
        // The practice example is new: no answer can be copied from the worked passes on the page.
        #expect(!example.data.contains { $0.input == set.problem.example.input })
        // Every answer shows a digit at the page's precision; δ and ∂C/∂w two significant ones.
        for exercise in set.exercises {
            for answer in exercise.answers {
                #expect(format.showsNonZero(answer.value), "\(answer)")
                if [.outputError, .hiddenError, .weightGradient].contains(exercise.kind) {
                    #expect(format.showsTwoSignificantDigits(answer.value), "\(answer)")
                }
            }
        }
    }

    @Test func pageExercisesAreTheSameOnEveryBuild() throws {
        let example = try ShippedExamples.load("xor")
        let make = {
            try ExerciseSet.practice(
                network: example.network, data: example.data, settings: example.settings, format: Self.format,
                seed: ExerciseSet.seed(named: example.id))
        }
        #expect(try make() == make())
    }

    /// Every output activation × loss the example files allow, with and without a hidden layer,
    /// with and without biases and λ.
    static let combinations: [(Activation, Loss)] = [
        (.linear, .halfSquaredError), (.linear, .meanSquaredError), (.sigmoid, .halfSquaredError),
        (.sigmoid, .meanSquaredError), (.sigmoid, .crossEntropy), (.tanh, .halfSquaredError),
        (.tanh, .meanSquaredError), (.relu, .halfSquaredError), (.leakyReLU, .meanSquaredError), (.softmax, .crossEntropy),
    ]

    @Test(arguments: combinations.indices)
    func everyActivationAndLossGivesRightAnswers(index: Int) throws {
        let (outputActivation, loss) = Self.combinations[index]
        let outputs = outputActivation == .softmax ? 3 : 2
        let target: [Double] = outputActivation == .softmax ? [0, 1, 0] : (loss == .crossEntropy ? [1, 0] : [0.5, -0.2])
        let data = [TrainingExample(input: [1, 0.5], target: target), TrainingExample(input: [-0.5, 1], target: target)]
        for hidden in [Activation.relu, .sigmoid, .tanh, .leakyReLU, nil] {
            for (regularization, updateBiases) in [(0.0, false), (0.01, true)] {
                let sizes = hidden == nil ? [2, outputs] : [2, 3, outputs]
                let network = Network.random(
                    layerSizes: sizes, activations: (hidden.map { [$0] } ?? []) + [outputActivation], seed: 3)
                let settings = TrainingSettings(
                    loss: loss, learningRate: 0.5, regularization: regularization, updateBiases: updateBiases)
                let variants = try WorksheetVariants(
                    network: network, data: data, settings: settings, count: 3, seed: 11, format: Self.format)
                for set in variants.sets {
                    expectAnswersMatchReference(set)
                    #expect(set.exercises.contains { $0.kind == .hiddenError } == (hidden != nil))
                    let forward = set.exercises[0].working[0]
                    // zˡⱼ has a + bˡⱼ term exactly when the network has biases.
                    let symbolic = "\(forward.lines[0].expression)"
                    #expect(symbolic.contains("identifier(\"b\")") == updateBiases)
                }
            }
        }
    }
}
