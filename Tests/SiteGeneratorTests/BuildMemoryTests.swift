import ExampleFile
import Foundation
import LessonFormatting
import SiteGenerator
import Testing

/// The memory of a watch session (`serve`, `build --watch`) never gives a page or a template that a
/// build without it would not make.
@Suite struct BuildMemoryTests {
    /// Every file a build of `examples` writes, built with `memory` (or none).
    static func build(_ examples: [Example], memory: BuildMemory?, templates: InMemoryFiles? = nil) throws -> [String: Data] {
        let files = try templates ?? SiteBuildTests.templateFiles()
        try SiteBuild(templatesFolder: "Templates", outputFolder: "site", memory: memory).run(examples: examples, io: .inMemory(files))
        return Dictionary(uniqueKeysWithValues: files.paths.filter { $0.hasPrefix("site/") }.map { ($0, files[$0]!) })
    }

    @Test func aRebuildWithMemoryMakesWhatAFreshBuildMakes() throws {
        let memory = BuildMemory()
        var examples = [Fixtures.stepByStep, Fixtures.sigmoidBatch]
        #expect(try Self.build(examples, memory: memory) == Self.build(examples, memory: nil))

        // A neighbour's new title changes the other page's "next" link: that page is made again.
        examples[1].title = LocalizedText(spanish: "Otro título", english: "Another title")
        let remembered = try Self.build(examples, memory: memory)
        #expect(remembered == (try Self.build(examples, memory: nil)))
        let firstPage = try #require(remembered.first { $0.key.hasSuffix("en/\(examples[0].id)/index.html") }?.value)
        #expect(String(decoding: firstPage, as: UTF8.self).contains("Another title"))

        // A changed string table changes every page.
        func renamedTemplates() throws -> InMemoryFiles {
            let templates = try SiteBuildTests.templateFiles()
            let strings = String(decoding: templates["Templates/strings/en.yaml"]!, as: UTF8.self)
            #expect(strings.contains("Link to this section"))
            templates["Templates/strings/en.yaml"] = Data(
                strings.replacingOccurrences(of: "Link to this section", with: "A link to this section").utf8)
            return templates
        }
        let renamed = try Self.build(examples, memory: memory, templates: renamedTemplates())
        #expect(renamed == (try Self.build(examples, memory: nil, templates: renamedTemplates())))
        #expect(renamed != remembered)
    }
}
