import BackpropEngine
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting
import Testing

/// The figures of every example the project ships (Examples/*.yaml), with the file's precision,
/// given numbers and shown neurons, as the site draws them (measured with the figures' own font): on
/// the page, on a phone and on the deck's slides, in both languages and every theme.
@Suite struct ShippedExampleFigureTests {
    static let examplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    static let files: [String] = (try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path))?
        .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

    private static func load(_ file: String) throws -> (Example, Walkthrough) {
        let example = try Example.load(from: examplesFolder.appendingPathComponent(file).path)
        return (example, try example.walkthrough(epochs: example.steps))
    }

    /// The context the site lays these figures out in: measured with the figures' own font
    /// (`CairoTextMeasurer`), not the suite's deliberately wide stand-in.
    private static func context(_ example: Example, _ language: Language, _ theme: Theme) throws -> FigureContext {
        FigureContext(
            strings: SiteStrings.table(language), theme: theme, precision: example.precision, measurer: try CairoTextMeasurer(),
            givenValues: example.givenValues, shownNeurons: example.shownNeurons)
    }

    @Test func everyShippedExampleIsCovered() {
        #expect(Self.files.count >= 5)
    }

    @Test(arguments: files, [FigureKind.network, .forward, .backward, .update])
    func pageAndPhoneFiguresAreReadable(file: String, kind: FigureKind) throws {
        let (example, walkthrough) = try Self.load(file)
        for language in Language.allCases {
            for theme in Theme.all {
                let context = try Self.context(example, language, theme)
                let page = try kind.scene(walkthrough: walkthrough, context: context)
                #expect(readabilityProblems(page) == [], "\(file) \(kind) \(language) \(theme.name)")
                let phone = try kind.narrowScene(walkthrough: walkthrough, context: context)
                #expect(readabilityProblems(phone) == [], "\(file) \(kind) \(language) \(theme.name), phone")
            }
        }
    }

    @Test(arguments: files)
    func deckSlidesAreReadable(file: String) throws {
        let (example, walkthrough) = try Self.load(file)
        for language in Language.allCases {
            let context = try Self.context(example, language, .dark)
            let deck = SlideDeck(walkthrough: walkthrough, title: example.id)
            for kind in [FigureKind.network, .forward, .backward, .update] {
                let pages = try deck.pages(context, slides: try deck.figureSlides(kind, context)).dropFirst()
                for (number, page) in pages.enumerated() {
                    #expect(readabilityProblems(page) == [], "\(file) \(kind) \(language), slide \(number + 1)")
                }
            }
        }
    }
}
