import ArgumentParser
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonExercises
import LessonFormatting
import WorksheetLayout

/// `backprop-site worksheet FILE --variants N`: printable A4 worksheets, one variant per student,
/// and their answer key, as PDF.
struct WorksheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worksheet",
        abstract: "Writes N printable worksheets (A4 PDF), each with its own starting weights, and one answer key.",
        discussion: """
            Each variant keeps the example's layers, activations, cost, η and λ, and draws its own starting \
            weights and biases (one decimal) and practice example from the seed, so that the same seed gives \
            the same sheets, byte for byte, next year too. Every answer on the key is computed by the engine.
            """)

    static let largestCount = 200

    @Argument(help: "The example file (YAML).")
    var file: String

    @Option(help: "How many different worksheets (variants), from 1 to 200.")
    var variants: Int

    @Option(help: "The seed the variants are drawn from (a whole number); the same seed gives the same sheets.")
    var seed: UInt64 = 1

    @Option(name: .customLong("lang"), help: "The language of the sheets (es: decimal comma).")
    var language: Language = .spanish

    @Option(help: "The templates folder; its strings/<lang>.yaml holds the sheets' words (default: ./Templates when it exists, else the built-in ones).")
    var templates: String?

    @Option(name: [.customShort("o"), .long], help: "The folder to write the PDFs into (default: here).")
    var output = "."

    func validate() throws {
        guard (1...Self.largestCount).contains(variants) else {
            throw ValidationError("--variants must be from 1 to \(Self.largestCount); got \(variants).")
        }
        _ = try TemplateSource(option: templates)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("-o \(output): no such folder; create it first or choose another.")
        }
    }

    /// Why a worksheet could not be made for the example.
    struct Refused: Error, CustomStringConvertible {
        let description: String
    }

    func run() throws {
        let example = try Example.load(from: file)
        let source = try TemplateSource(option: templates)
        let strings = try StringTable.load(templates: source.folder, language: language, read: source.read)
        let context = FigureContext(
            strings: strings, theme: .light, precision: WorksheetVariants.precision, measurer: try CairoTextMeasurer())
        let drawn: WorksheetVariants
        do {
            drawn = try WorksheetVariants(
                network: example.network, data: example.data, settings: example.settings, count: variants, seed: seed,
                format: context.numbers)
        } catch {
            throw Refused(description: "\(file): no worksheet: \(error)")
        }
        let worksheet = Worksheet(title: example.title[language], variants: drawn)
        let renderer = SceneRenderer()
        let folder = URL(fileURLWithPath: output)
        let digits = String(variants).count
        for number in 1...variants {
            let padded = String(repeating: "0", count: digits - String(number).count) + String(number)
            let path = folder.appendingPathComponent("\(example.id)-worksheet-\(language.code)-\(padded).pdf").path
            let pages = try worksheet.sheet(number, context)
            try AtomicFile.write(Data(try renderer.pdf(pages: pages, title: pages[0].title)), to: path)
        }
        let keyPath = folder.appendingPathComponent("\(example.id)-answers-\(language.code).pdf").path
        let keyPages = try worksheet.answerKey(context)
        try AtomicFile.write(Data(try renderer.pdf(pages: keyPages, title: keyPages[0].title)), to: keyPath)
        print("Wrote \(variants) worksheet\(variants == 1 ? "" : "s") and \(keyPath) (\(keyPages.count) pages) into \(output), seed \(seed)")
    }
}
