import Foundation
import LessonFormatting
import SiteGenerator
import Synchronization
import Testing

@Suite struct SiteBuildTests {
    /// The real templates copied into memory, so the build reads and writes nothing on disk.
    static func templateFiles() throws -> InMemoryFiles {
        let files = InMemoryFiles()
        let names = SiteTemplates.templateNames.map { "\($0).mustache" }
            + Language.allCases.map { "strings/\($0.code).yaml" } + SiteBuild.assetFiles
        for name in names { files["Templates/\(name)"] = try FileIO.disk.read("\(Fixtures.templatesFolder)/\(name)") }
        return files
    }

    @Test func inMemoryBuildWritesTheSiteDeterministically() throws {
        let examples = [Fixtures.sigmoidBatch, Fixtures.stepByStep]
        let build = SiteBuild(templatesFolder: "Templates", outputFolder: "site")
        let first = try Self.templateFiles(), second = try Self.templateFiles()
        let steps = Mutex<[String]>([])
        try build.run(examples: examples, io: .inMemory(first)) { line in steps.withLock { $0.append(line) } }
        try build.run(examples: examples.reversed(), io: .inMemory(second))
        let written = first.paths.filter { $0.hasPrefix("site/") }
        #expect(written == [
            "site/assets/favicon.svg", "site/assets/fonts/Asana-Math-LICENSE.txt", "site/assets/fonts/Asana-Math.woff2",
            "site/assets/page.js", "site/assets/style.css",
            "site/en/index.html", "site/en/paso-a-paso/index.html", "site/en/sigmoide-lote/index.html",
            "site/es/index.html", "site/es/paso-a-paso/index.html", "site/es/sigmoide-lote/index.html",
            "site/index.html", "site/numbers/paso-a-paso.json", "site/numbers/sigmoide-lote.json",
        ])
        #expect(written.allSatisfy { first[$0] == second[$0] })
        #expect(steps.withLock { $0 } == [
            "[1/5] Load templates and strings", "[2/5] Compute the walkthroughs", "[3/5] Make the pages",
            "[4/5] Copy the stylesheet, the script and the math font", "[5/5] Write the site",
        ])
    }

    @Test func aFailingStepNamesItselfAndTheFile() throws {
        let files = try Self.templateFiles()
        files["Templates/strings/en.yaml"] = Data("home: [not, a, map".utf8)
        let build = SiteBuild(templatesFolder: "Templates", outputFolder: "site")
        #expect {
            try build.run(examples: [Fixtures.stepByStep], io: .inMemory(files))
        } throws: { error in
            "\(error)".hasPrefix("Load templates and strings: Templates/strings/en.yaml:")
        }
    }
}
