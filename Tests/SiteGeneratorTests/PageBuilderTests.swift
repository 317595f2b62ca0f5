import BackpropEngine
import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting
import SiteGenerator
import Testing

@Suite struct PageBuilderTests {
    let builder: PageBuilder

    init() throws {
        builder = PageBuilder(templates: try Fixtures.templates())
    }

    func examplePage(_ example: Example, _ language: Language) throws -> String {
        let table = try Fixtures.stringTable(language)
        let figures = try FigureKind.allCases.map {
            FigureReference(
                kind: $0, title: try table.text($0.titleKey.rawValue),
                alt: try table.text("figure.\($0.rawValue).alt", ["sizes": "2–2–1", "epochs": "30", "first": "0,3", "last": "0,1"]))
        }
        return try builder.examplePage(
            example: example, walkthrough: try example.walkthrough(), language: language, figures: figures,
            deckPath: "figures/deck.pdf")
    }

    @Test(arguments: [(Language.spanish, "0,1910"), (.english, "0.1910")])
    func stepByStepPageShowsTheEnginesNumbers(language: Language, prediction: String) throws {
        let walkthrough = try Fixtures.stepByStep.walkthrough()
        let format = NumberFormat(precision: 4, language: language)
        #expect(format.string(walkthrough.steps[0].forwardPasses[0].output[0]) == prediction)
        let page = try examplePage(Fixtures.stepByStep, language)
        #expect(page.contains("<mn>\(prediction)</mn>"))
        #expect(page.contains("<mn>\(format.string(walkthrough.steps[0].costAfter.total))</mn>"))
        #expect(page.contains("<mn>\(format.string(walkthrough.steps[0].forwardPassesAfter[0].output[0]))</mn>"))
    }

    @Test func userTextIsEscapedEverywhere() throws {
        var example = Fixtures.stepByStep
        let hostile = "<script>alert(1)</script> & \"quotes\""
        example.title = LocalizedText(spanish: hostile, english: hostile)
        example.summary = LocalizedText(spanish: hostile, english: hostile)
        for language in Language.allCases {
            let pages = [try examplePage(example, language), try builder.homePage(language: language, examples: [example])]
            for page in pages {
                #expect(!page.contains("<script>"))
                #expect(!page.contains("\"quotes\""))
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
            }
        }
    }

    @Test(arguments: Language.allCases)
    func everyPageHasTheStructureOfAnAccessiblePage(language: Language) throws {
        let other = Language.allCases.first { $0 != language }!
        let pages: [(String, String)] = [
            (try builder.homePage(language: language, examples: [Fixtures.stepByStep]), "../\(other.code)/index.html"),
            (try examplePage(Fixtures.stepByStep, language), "../../\(other.code)/paso-a-paso/index.html"),
            (try examplePage(Fixtures.sigmoidBatch, language), "../../\(other.code)/sigmoide-lote/index.html"),
            (try examplePage(Fixtures.softmax, language), "../../\(other.code)/softmax/index.html"),
        ]
        for (page, switchTarget) in pages {
            PageStructure.expectWellFormed(page, language: language)
            #expect(page.contains("class=\"language-switch\" href=\"\(switchTarget)\""))
        }
        PageStructure.expectWellFormed(try builder.languageChooser(), language: .spanish)
    }

    @Test func figuresCarryAltTextInThePageLanguage() throws {
        let spanish = try examplePage(Fixtures.stepByStep, .spanish)
        let alt = try Fixtures.stringTable(.spanish).text("figure.backward.alt", ["sizes": "2–2–1"])
        #expect(spanish.contains("<img src=\"figures/backward.svg\" alt=\"\(HTML.escape(alt))\""))
        #expect(spanish.contains("<source srcset=\"figures/backward-dark.svg\" media=\"screen and (prefers-color-scheme: dark)\" data-figure=\"wide dark\">"))
        // On a phone, the figure laid out for its column.
        #expect(spanish.contains("<source srcset=\"figures/backward-narrow.svg\" media=\"screen and (max-width: 40rem)\" data-figure=\"narrow light\">"))
        #expect(spanish.contains("<source srcset=\"figures/backward-narrow-dark.svg\" media=\"screen and (max-width: 40rem) and (prefers-color-scheme: dark)\""))
        #expect(spanish.contains("<a class=\"figure-open\" href=\"figures/backward.svg\""))
        #expect(spanish.contains("<figcaption>"))
        #expect(spanish.contains("href=\"figures/deck.pdf\""))
    }

    @Test func divergenceIsReported() throws {
        var example = Fixtures.stepByStep
        example.settings.learningRate = 40
        example.epochs = 200
        let walkthrough = try example.walkthrough()
        let epoch = try #require(walkthrough.history.divergedAtEpoch)
        let page = try builder.examplePage(example: example, walkthrough: walkthrough, language: .english)
        #expect(page.contains("At epoch \(epoch) the cost reaches"))
        #expect(page.contains("training diverges and stops there"))
    }

    /// Issue 10, item 3: with η = 1e5 the page said "the cost keeps falling".
    @Test(arguments: [Language.english, .spanish])
    func aDivergingRunIsNotDescribedAsLearning(language: Language) throws {
        var example = Fixtures.stepByStep
        example.settings.learningRate = 1e5
        let walkthrough = try example.walkthrough()
        #expect(walkthrough.history.divergedAtEpoch == 1)
        let page = try builder.examplePage(example: example, walkthrough: walkthrough, language: language)
        #expect(!page.contains("keeps falling") && !page.contains("va bajando"))
        #expect(!page.contains("After 1 epochs") && !page.contains("After 0 epochs"))
        #expect(page.contains(language == .english ? "At epoch 1 the cost reaches" : "En la época 1 el coste llega a"))
    }

    /// Issue 10: right-to-left titles need dir="auto".
    @Test func userTitlesAndSummariesSetTheirOwnDirection() throws {
        var example = Fixtures.stepByStep
        example.title = LocalizedText(spanish: "شبكة عصبية", english: "شبكة عصبية")
        let page = try builder.examplePage(example: example, walkthrough: try example.walkthrough(), language: .english)
        #expect(page.contains("<h1 dir=\"auto\">شبكة عصبية</h1>"))
    }

    /// Issue 10, item 11: examples 5–7 of a 7-example batch appeared nowhere.
    @Test func theWholeDataSetIsShown() throws {
        var example = Fixtures.stepByStep
        example.data = (0..<7).map { TrainingExample(input: [Double($0), 1], target: [Double($0) / 10]) }
        let page = try builder.examplePage(example: example, walkthrough: try example.walkthrough(), language: .english)
        for n in 1...7 { #expect(page.contains("<th scope=\"row\">\(n)</th>"), "example \(n)") }
    }
}

/// Checks shared by every page: doctype, lang, meta tags, hreflang links, heading order, alt text.
enum PageStructure {
    static func expectWellFormed(_ page: String, language: Language, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.hasPrefix("<!doctype html>\n<html lang=\"\(language.code)\">"), sourceLocation: sourceLocation)
        #expect(page.contains("<meta charset=\"utf-8\">"), sourceLocation: sourceLocation)
        #expect(page.contains("<meta name=\"viewport\""), sourceLocation: sourceLocation)
        #expect(page.contains("<meta name=\"description\" content=\""), sourceLocation: sourceLocation)
        #expect(page.contains("<title>"), sourceLocation: sourceLocation)
        for code in Language.allCases.map(\.code) {
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"\(code)\""), sourceLocation: sourceLocation)
        }
        let levels = matches(of: "<h([1-6])[ >]", in: page).compactMap { Int($0) }
        #expect(levels.first == 1, sourceLocation: sourceLocation)
        #expect(levels.filter { $0 == 1 }.count == 1, sourceLocation: sourceLocation)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) followed by h\(next)", sourceLocation: sourceLocation)
        }
        for image in matches(of: "(<img [^>]*>)", in: page) {
            #expect(image.range(of: "alt=\"[^\"]+\"", options: .regularExpression) != nil, "\(image)", sourceLocation: sourceLocation)
        }
    }

    /// The first capture group of every match of `pattern`.
    static func matches(of pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }
}
