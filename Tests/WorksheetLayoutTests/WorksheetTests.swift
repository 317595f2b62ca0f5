import BackpropEngine
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonExercises
import LessonFormatting
import LessonMath
import Testing
@testable import WorksheetLayout

@Suite struct WorksheetTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func context(_ language: Language) throws -> FigureContext {
        FigureContext(
            strings: try StringTable.load(templates: root.appendingPathComponent("Templates").path, language: language),
            theme: .light, precision: WorksheetVariants.precision, measurer: try CairoTextMeasurer())
    }

    static func worksheet(_ name: String, count: Int, seed: UInt64, _ context: FigureContext) throws -> Worksheet {
        let example = try Example.load(from: root.appendingPathComponent("Examples/\(name).yaml").path)
        let variants = try WorksheetVariants(
            network: example.network, data: example.data, settings: example.settings, count: count, seed: seed,
            format: context.numbers)
        return Worksheet(title: example.title[context.language], variants: variants)
    }

    /// The numbers each exercise asks for, from a fresh engine step on the variant's network and example.
    static func engineAnswers(_ set: ExerciseSet) throws -> [[Double]] {
        let problem = set.problem, choice = set.choice
        let step = try GradientStep(index: 0, network: problem.network, examples: [problem.example], settings: problem.settings)
        let forward = step.forwardPasses[0], errors = step.backwardPasses[0].errors
        let output = problem.network.parameterLayerCount - 1
        return set.exercises.map { exercise in
            switch exercise.kind {
            case .forward: [forward.weightedInputs[0][choice.forwardNeuron], forward.activations[0][choice.forwardNeuron]]
            case .cost: [step.cost.perExample[0]]
            case .outputError: [errors[output][choice.outputNeuron]]
            case .hiddenError: [errors[output - 1][choice.hiddenNeuron!]]
            case .weightGradient: [step.gradient.weights[output][choice.weightRow, choice.weightColumn]]
            case .weightUpdate: [step.updatedNetwork.weights[output][choice.weightRow, choice.weightColumn]]
            }
        }
    }

    @Test(arguments: ["paso-a-paso", "sigmoide-con-sesgos", "xor", "clasificador-softmax", "red-profunda"], [Language.spanish, .english])
    func theKeyShowsTheEngineAnswersOfEveryVariant(name: String, language: Language) throws {
        let context = try Self.context(language)
        let worksheet = try Self.worksheet(name, count: 4, seed: 42, context)
        let key = try worksheet.answerKey(context)
        // The answer lines, in order: one per exercise of each variant.
        let answerLines = key.flatMap(\.textRuns).map(\.text).filter { $0.hasPrefix("⇒ ") }
        let expected = try worksheet.variants.sets.flatMap { set in
            zip(set.exercises, try Self.engineAnswers(set)).map { exercise, values in
                zip(exercise.answers, values).map { "\($0.quantity.plainText) = \(context.numbers.string($1))" }
            }
        }
        #expect(answerLines.count == expected.count)
        for (line, answers) in zip(answerLines, expected) {
            for answer in answers { #expect(line.contains(answer), "\(line) lacks \(answer)") }
        }
    }

    @Test func variantsHaveTheirOwnNumbersOnTheirSheets() throws {
        let context = try Self.context(.english)
        let worksheet = try Self.worksheet("sigmoide-con-sesgos", count: 3, seed: 9, context)
        let texts = try (1...3).map { try worksheet.sheet($0, context).flatMap(\.textRuns).map(\.text) }
        let weightLines = texts.map { $0.filter { $0.hasPrefix("W⁽²⁾") } }
        #expect(Set(weightLines).count == 3)
        // Each sheet names its variant and shows every exercise's title.
        for (index, text) in texts.enumerated() {
            #expect(text.contains("Variant \(index + 1) of 3 · seed 9"))
            #expect(text.filter { $0.hasPrefix("\(worksheet.variants.sets[index].exercises.count). ") }.count == 1)
        }
    }

    @Test(arguments: ["sigmoide-con-sesgos", "clasificador-softmax", "red-profunda"])
    func textStaysOnThePageAndNeverOverlaps(name: String) throws {
        let context = try Self.context(.spanish)
        let worksheet = try Self.worksheet(name, count: 2, seed: 3, context)
        let pages = try worksheet.sheet(1, context) + worksheet.sheet(2, context) + worksheet.answerKey(context)
        for page in pages {
            // A4 in points.
            #expect(page.width == 595.28 && page.height == 841.89)
            let runs = page.textRuns
            for run in runs {
                #expect(run.bounds.x >= PageFlow.margin - 0.5 && run.bounds.x + run.bounds.width <= page.width - PageFlow.margin + 0.5,
                        "\(run.text) leaves the margins")
                #expect(run.bounds.y >= 0 && run.bounds.y + run.bounds.height <= page.height)
            }
            for (index, run) in runs.enumerated() {
                for other in runs[(index + 1)...] where run.owner == nil && other.owner == nil {
                    let a = run.bounds, b = other.bounds
                    let overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
                    #expect(!overlaps, "“\(run.text)” overlaps “\(other.text)”")
                }
            }
        }
    }

    @Test func theSameSeedGivesByteIdenticalPDFs() throws {
        let context = try Self.context(.spanish)
        let renderer = SceneRenderer()
        func bytes(seed: UInt64) throws -> [[UInt8]] {
            let worksheet = try Self.worksheet("xor", count: 2, seed: seed, context)
            return [try renderer.pdf(pages: try worksheet.sheet(2, context)), try renderer.pdf(pages: try worksheet.answerKey(context))]
        }
        #expect(try bytes(seed: 77) == bytes(seed: 77))
        #expect(try bytes(seed: 77)[0] != bytes(seed: 78)[0])
    }

    @Test func formulasReadAsOneLineOfPlainText() {
        let w = MathML.parameter(.weight(layer: 1, row: 1, column: 0))
        #expect(MathML.partial(by: w).plainText == "∂C/∂w₂₁⁽³⁾")
        let z = MathML.subSuperscript(.identifier("z"), .integer(1), .layer(0))
        let format = NumberFormat(precision: 2, language: .spanish)
        #expect(MathML.activationDefinition(.sigmoid, of: z, format).plainText == "1/(1 + e^(−z₁²))")
        #expect(MathML.row([.value(-0.5, format), .minus, .factor(-0.25, format)]).plainText == "−0,50 − (−0,25)")
        #expect(MathML.columnVector([1, 2], format).plainText == "[1,0; 2,0]")
    }
}
