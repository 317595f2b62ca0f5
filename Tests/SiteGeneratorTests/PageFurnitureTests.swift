import ExampleFile
import FigureLayout
import LessonMath
import Foundation
import LessonFormatting
@testable import SiteGenerator
import Testing

/// What surrounds the lesson on every page: anchors, previous/next, addresses, sitemap, assets.
@Suite struct PageFurnitureTests {
    /// The pages of an in-memory build of `examples`, by path, built at `baseURL` when given.
    static func build(_ examples: [Example] = [Fixtures.stepByStep, Fixtures.sigmoidBatch], baseURL: String? = nil) throws -> [String: String] {
        let files = try SiteBuildTests.templateFiles()
        try SiteBuild(templatesFolder: "Templates", outputFolder: "site", baseURL: baseURL).run(examples: examples, io: .inMemory(files))
        var pages: [String: String] = [:]
        for path in files.paths where path.hasPrefix("site/") { pages[String(path.dropFirst(5))] = String(decoding: files[path]!, as: UTF8.self) }
        return pages
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    @Test func everyH2AndH3HasAUniqueAnchorThatLinksToItself() throws {
        for (path, page) in try Self.build() where path.hasSuffix(".html") {
            let headings = Self.matches(of: "<h[23] ([^>]*)>", in: page)
            #expect(!headings.isEmpty || path == "index.html", "\(path)")
            let ids = headings.compactMap { Self.matches(of: "id=\"([^\"]+)\"", in: $0).first }
            #expect(ids.count == headings.count, "\(path): a heading without id")
            let allIds = Self.matches(of: " id=\"([^\"]+)\"", in: page)
            #expect(Set(allIds).count == allIds.count, "\(path): duplicate ids")
            for id in ids { #expect(page.contains("<a class=\"anchor\" href=\"#\(id)\""), "\(path): #\(id)") }
        }
    }

    @Test func slugsAreReadableAddresses() {
        #expect(HeadingAnchors.slug("Propagación hacia atrás") == "propagacion-hacia-atras")
        #expect(HeadingAnchors.slug("Capa 3 · <math><mi>σ</mi></math>") == "capa-3")
    }

    @Test func examplePagesLinkToTheirNeighboursInLearningOrder() throws {
        let pages = try Self.build()
        let order = Example.inLessonOrder([Fixtures.stepByStep, Fixtures.sigmoidBatch]).map(\.id)
        for code in ["es", "en"] {
            let first = try #require(pages["\(code)/\(order[0])/index.html"])
            let second = try #require(pages["\(code)/\(order[1])/index.html"])
            #expect(first.contains("<a class=\"next\" href=\"../\(order[1])/index.html\" rel=\"next\">"))
            #expect(!first.contains("rel=\"prev\""))
            #expect(second.contains("<a class=\"previous\" href=\"../\(order[0])/index.html\" rel=\"prev\">"))
            #expect(!second.contains("rel=\"next\""))
            #expect(first.contains("href=\"../../\(code)/index.html#examples\""))
            let home = try #require(pages["\(code)/index.html"])
            #expect(home.range(of: "id=\"examples\"")!.lowerBound < home.range(of: "id=\"cycle\"")!.lowerBound)
            #expect(home.contains("<nav class=\"contents\""))
        }
    }

    @Test func withoutABaseURLAddressesAreRelativeAndThereIsNoSitemap() throws {
        let pages = try Self.build()
        #expect(pages["sitemap.xml"] == nil)
        #expect(!pages.values.contains { $0.contains("rel=\"canonical\"") || $0.contains("x-default") })
    }

    @Test func withABaseURLEveryPageIsInTheSitemapWithItsTranslations() throws {
        let pages = try Self.build(baseURL: "https://example.org/site/")
        let sitemap = try #require(pages["sitemap.xml"])
        for path in pages.keys where path.hasSuffix("index.html") {
            let address = "https://example.org/site/" + path.dropLast("index.html".count)
            #expect(sitemap.contains("<loc>\(address)</loc>"), "\(path)")
            #expect(pages[path]!.contains("<link rel=\"canonical\" href=\"\(address)\">"), "\(path)")
        }
        #expect(sitemap.contains("hreflang=\"es\" href=\"https://example.org/site/es/paso-a-paso/\""))
    }

    @Test func descriptionsFitSearchResults() throws {
        for (path, page) in try Self.build() where path.hasSuffix(".html") {
            let description = try #require(Self.matches(of: "<meta name=\"description\" content=\"([^\"]*)\"", in: page).first)
            #expect(!description.isEmpty && description.count < 160, "\(path): \(description.count) characters")
        }
        let long = String(repeating: "palabra ", count: 40)
        #expect(PageFrame.shortened(long).count < 160 && PageFrame.shortened(long).hasSuffix("palabra…"))
    }

    @Test func everyPageLoadsTheSharedAssets() throws {
        let pages = try Self.build()
        for file in SiteBuild.assetFiles { #expect(pages["assets/\(file)"] != nil, "\(file)") }
        #expect(pages["assets/fonts/Asana-Math.woff2"]!.utf8.starts(with: "wOF2".utf8))
        for (path, page) in pages where path.hasSuffix(".html") {
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            let preload = "<link rel=\"preload\" href=\"\(root)assets/fonts/Asana-Math.woff2\" as=\"font\""
            #expect(page.contains(preload) == (path != "index.html"), "\(path)")
            #expect(page.contains("<script src=\"\(root)assets/page.js\" defer></script>"), "\(path)")
            #expect(page.contains("<link rel=\"icon\" href=\"\(root)assets/favicon.svg\""), "\(path)")
        }
    }

    @Test func figureSizesAreReadFromTheirSVG() {
        let svg = Array(#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="550.5px" height="284px">"#.utf8)
        #expect(FigureReference.size(ofSVG: svg)! == (551, 284))
        #expect(FigureReference.size(ofSVG: Array("<svg>".utf8)) == nil)
    }
}

/// Numbers in the equations carry the key of the figure element that draws them.
@Suite struct LinkedNumberTests {
    @Test func quantityKeysAreTheFiguresElementIds() {
        #expect(QuantityKey.neuron(column: 2, neuron: 1) == NetworkLayout.neuronID(column: 2, neuron: 1))
        #expect(QuantityKey.edge(parameterLayer: 1, row: 0, column: 2) == NetworkLayout.edgeID(parameterLayer: 1, row: 0, column: 2))
    }

    @Test func weightsAndNeuronValuesAreKeyedInTheEquations() throws {
        let builder = PageBuilder(templates: try Fixtures.templates())
        let example = Fixtures.stepByStep
        let walkthrough = try example.walkthrough()
        let page = try builder.examplePage(example: example, walkthrough: walkthrough, language: .english)
        let format = NumberFormat(precision: example.precision, language: .english)
        let network = walkthrough.steps[0].network
        // w²₂₁ (row 1, column 0 of the first parameter layer) in every equation that shows it.
        let weight = "<mn data-q=\"edge-0-1-0\">\(format.string(network.weights[0][1, 0]))</mn>"
        #expect(page.components(separatedBy: weight).count - 1 >= 3)
        let output = walkthrough.steps[0].forwardPasses[0].output[0]
        #expect(page.contains("<mn data-q=\"neuron-2-0\">\(format.string(output))</mn>"))
    }
}
