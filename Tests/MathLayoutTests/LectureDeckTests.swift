import CairoRendering
import FigureLayout
import Foundation
import LessonFormatting
import Testing
@testable import MathLayout

/// The deck with equation slides, for every shipped example in both languages.
@Suite struct LectureDeckTests {
    struct Deck {
        let pages: [Scene]
        /// The pages that show equations (math text).
        var equationPages: [Scene] {
            pages.filter { $0.textRuns.contains { $0.font.family == .math } }
        }
    }

    static func deck(_ name: String, _ language: Language, theme: Theme = .light) throws -> Deck {
        let example = try MathFixture.example(name)
        let context = try MathFixture.context(language, precision: example.precision, theme: theme, givenValues: example.givenValues)
        let pages = try LectureDeck(walkthrough: try example.walkthrough(), title: example.title[language])
            .pages(context, typesetter: MathFixture.typesetter)
        return Deck(pages: pages)
    }

    @Test func theSlidesRunAsALecture() throws {
        let deck = try Self.deck("paso-a-paso", .english)
        let titles = deck.pages.map { $0.textRuns.first { $0.font.bold && $0.font.size >= 30 }?.text ?? "" }
        // The title slide, then the figures with the equations between them; a figure split into
        // parts ("Computational graph (part 2 of 4)") counts once.
        var order: [String] = []
        for title in titles {
            let figure = title.replacing(/\ \(part \d+ of \d+\)$/, with: "")
            if order.last != figure || figure == title { order.append(figure) }
        }
        #expect(order == [
            "A linear 2-2-1 network by hand", "The network", "Forward pass", "Forward pass: layer 2", "Forward pass: layer 3",
            "The cost", "Backward pass", "BP1: the error of the output layer", "BP2: the error of layer 2",
            "BP3 and BP4: the gradients of layer 3", "BP3 and BP4: the gradients of layer 2", "Weight update",
            "Gradient descent: layer 2", "Gradient descent: layer 3", "The cost after the update", "Computational graph",
            "Training curve",
        ])
        // Every slide after the title slide is numbered.
        for (index, page) in deck.pages.enumerated().dropFirst() {
            #expect(page.textRuns.contains { $0.text == "\(index + 1) / \(deck.pages.count)" })
        }
    }

    @Test(arguments: MathFixture.shippedExamples, Language.allCases)
    func equationSlidesAreReadableAndInsideTheSlide(name: String, language: Language) throws {
        let deck = try Self.deck(name, language)
        #expect(deck.equationPages.count >= 9)
        for page in deck.equationPages {
            let small = page.textRuns.filter { $0.font.size < EquationStack.minimumSize }
            #expect(small.isEmpty, "\(page.title): \(small.map { "\($0.text) \($0.font.size) pt" })")
            let math = page.textRuns.filter { $0.font.family == .math }
            #expect(math.allSatisfy { $0.font.size >= EquationStack.minimumSize && ($0.font.size <= 36 || $0.text == "∑") })
            let bounds = try #require(page.contentBounds)
            #expect(page.canvas.contains(bounds.insetBy(1)), "\(page.title) overflows the slide: \(bounds)")
            // The equations stay between the title and the caption.
            let sans = page.textRuns.filter { $0.font.family == .sans }
            let titleBottom = sans.map(\.bounds.maxY).min()!, captionTop = sans.map(\.bounds.minY).max()!
            #expect(math.allSatisfy { $0.bounds.minY > titleBottom && $0.bounds.maxY < captionTop }, "\(page.title)")
        }
    }

    @Test func everyThemeColoursTheResultsByPass() throws {
        for theme in Theme.all {
            let deck = try Self.deck("paso-a-paso", .spanish, theme: theme)
            let bp1 = try #require(deck.pages.first { $0.title.hasPrefix("BP1") })
            let colours = Set(bp1.textRuns.filter { $0.font.family == .math }.map(\.color))
            #expect(colours == [theme.color(.text), theme.color(.backward)])
            #expect(bp1.background == theme.background)
        }
    }

    /// The type sizes as the PDF reader sees them: pdftotext's word boxes, against the boxes of 18 pt
    /// text in the same fonts on a probe page.
    @Test(.enabled(if: Self.pdftotext != nil), arguments: MathFixture.shippedExamples)
    func thePDFHasNoTextUnder18pt(name: String) throws {
        let deck = try Self.deck(name, .spanish)
        let probe = Scene(width: 1280, height: 720, background: nil, items: [
            .text(TextRun(text: "x", origin: Point(x: 100, y: 100), font: FontStyle(size: 18), color: Color(hex: 0), bounds: .init(x: 0, y: 0, width: 1, height: 1))),
            .text(TextRun(text: "𝑥", origin: Point(x: 100, y: 300), font: FontStyle(size: 18, family: .math), color: Color(hex: 0), bounds: .init(x: 0, y: 0, width: 1, height: 1))),
        ])
        let probeWords = try Self.words(inPDF: try SceneRenderer().pdf(pages: [probe]))
        let sans18 = try #require(probeWords.first { $0.text == "x" }).height
        let math18 = try #require(probeWords.first { $0.text == "𝑥" }).height
        let words = try Self.words(inPDF: try SceneRenderer().pdf(pages: deck.equationPages))
        #expect(words.count > 100)
        for page in Set(words.map(\.page)) {
            let onPage = words.filter { $0.page == page }
            // Title first and caption last are DejaVu Sans; every word between them is math.
            let titleBottom = onPage.first!.yMax, captionTop = onPage.last!.yMin
            for word in onPage {
                let isMath = word.yMin > titleBottom && word.yMax < captionTop
                #expect(word.height >= (isMath ? math18 : sans18) - 0.01, "page \(page): “\(word.text)” is \(word.height) high")
            }
        }
    }

    static let pdftotext: String? = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    struct Word {
        var page: Int
        var text: String
        var yMin: Double
        var yMax: Double
        var height: Double { yMax - yMin }
    }

    /// The words of a PDF with their boxes, from `pdftotext -bbox`.
    static func words(inPDF bytes: [UInt8]) throws -> [Word] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("deck-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext!)
        process.arguments = ["-bbox", file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var words: [Word] = []
        var page = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word "), let yMin = attribute("yMin", line), let yMax = attribute("yMax", line),
                  let start = line.firstIndex(of: ">"), let end = line.range(of: "</word>")?.lowerBound else { continue }
            words.append(Word(page: page, text: String(line[line.index(after: start)..<end]), yMin: yMin, yMax: yMax))
        }
        return words
    }

    static func attribute(_ name: String, _ line: Substring) -> Double? {
        guard let range = line.range(of: "\(name)=\"") else { return nil }
        return Double(line[range.upperBound...].prefix { $0 != "\"" })
    }
}
