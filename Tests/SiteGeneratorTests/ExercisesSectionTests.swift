import BackpropEngine
import ExampleFile
import Foundation
import LessonExercises
import LessonFormatting
import LessonMath
import SiteGenerator
import Testing

/// The practice section at the end of every shipped example page, in both languages.
@Suite struct ExercisesSectionTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    @Test(arguments: ["paso-a-paso", "sigmoide-con-sesgos", "xor", "clasificador-softmax", "red-profunda"], Language.allCases)
    func everyPageEndsWithItsExercisesAndHiddenAnswers(name: String, language: Language) throws {
        let example = try Example.load(from: Self.examples.appendingPathComponent("\(name).yaml").path)
        let walkthrough = try example.walkthrough()
        let page = try PageBuilder(templates: try Fixtures.templates()).examplePage(
            example: example, walkthrough: walkthrough, language: language)
        let table = try Fixtures.stringTable(language)
        let format = NumberFormat(precision: example.precision, strings: table)
        let set = try ExerciseSet.practice(
            network: example.network, data: example.data, settings: example.settings, format: format,
            seed: ExerciseSet.seed(named: example.id))

        let section = try #require(page.range(of: "<section id=\"exercises\">")).lowerBound
        // The last section of the page, after the downloads.
        #expect(page.range(of: "<section id=\"downloads\">")!.lowerBound < section)
        let exercises = String(page[section...])
        #expect(exercises.contains(">\(try table.text("exercises.title")) <a class=\"anchor\""), "the section is headed by its title")
        #expect(exercises.components(separatedBy: "<details>").count - 1 == set.exercises.count)
        for exercise in set.exercises {
            #expect(exercises.contains(try table.text(exercise.titleKey)))
            // Each answer, with the page's number format, inside the hidden working.
            for answer in exercise.answers {
                #expect(exercises.contains("<mn>\(format.string(answer.value))</mn>"), "\(exercise.kind) \(answer)")
            }
            // Each given pair its own formula, so that a phone breaks a long line between pairs.
            for line in exercise.given {
                let written = line.map(\.inlineMarkup).joined(separator: Exercise.pairSeparator(format) + " ")
                #expect(exercises.contains(written), "\(exercise.kind): \(written)")
            }
        }
        // The lesson's notation: the layer a parenthesized superscript, never a bare one that reads
        // as a power, and the example never written as an index x.
        #expect(exercises.firstMatch(of: /<msubsup><mi>[azbδw]<\/mi><mn>\d+<\/mn><mn>\d+<\/mn><\/msubsup>/) == nil)
        #expect(exercises.contains("<mrow><mo>(</mo><mn>"))
        #expect(!exercises.contains("<msub><mi>C</mi><mi>x</mi></msub>"))
        // The practice example is stated, and differs from the worked examples above.
        #expect(exercises.contains(set.exampleStatement(format).inlineMarkup))
        #expect(!example.data.contains { $0.input == set.problem.example.input })
    }

    /// A single sigmoid layer (no hidden layer, so no BP2) with ten inputs (sums elided with ⋯).
    static let wideWithoutHiddenLayer = Example(
        id: "sin-capa-oculta",
        title: LocalizedText(spanish: "Sin capa oculta", english: "No hidden layer"), summary: nil,
        network: Network.random(layerSizes: [10, 2], activations: [.sigmoid], seed: 5),
        settings: TrainingSettings(loss: .halfSquaredError, learningRate: 0.5),
        data: [TrainingExample(input: (0..<10).map { Double($0) / 10 }, target: [0, 1])],
        steps: 1, epochs: 5, seed: 5, precision: 4, sourcePath: "Examples/sin-capa-oculta.yaml")

    @Test(arguments: Language.allCases)
    func aNetworkWithoutHiddenLayersSaysThereIsNoBP2AndElidesLongSums(language: Language) throws {
        let example = Self.wideWithoutHiddenLayer
        let page = try PageBuilder(templates: try Fixtures.templates()).examplePage(
            example: example, walkthrough: try example.walkthrough(), language: language)
        let table = try Fixtures.stringTable(language)
        let exercises = String(page[try #require(page.range(of: "<section id=\"exercises\">")).lowerBound...])
        #expect(exercises.contains(try table.text("exercises.noHidden")))
        #expect(!exercises.contains(try table.text("exercises.hiddenError.title")))
        #expect(exercises.components(separatedBy: "<details>").count - 1 == 5)
        #expect(exercises.contains("<mo>⋯</mo>"))
    }
}
