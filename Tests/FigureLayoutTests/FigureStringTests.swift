import FigureLayout
import Foundation
import LessonFormatting
import Testing

@Suite struct FigureStringTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates/strings")

    @Test(arguments: Language.allCases)
    func fixturesHaveExactlyTheKeysTheFiguresUse(language: Language) {
        #expect(Set(FigureStringFixtures.table(language).strings.keys) == Set(FigureString.keys))
        #expect(FigureString.keys.allSatisfy { $0.hasPrefix("figure.") })
    }

    @Test(arguments: Language.allCases)
    func templateFilesMatchTheFixtures(language: Language) throws {
        let file = Self.templates.appendingPathComponent("figures.\(language.code).yaml")
        var strings: [String: String] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1)
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            #expect(value.hasPrefix("\"") && value.hasSuffix("\""), "\(line)")
            strings[String(parts[0])] = String(value.dropFirst().dropLast())
        }
        #expect(strings == FigureStringFixtures.table(language).strings)
    }

    @Test func aMissingStringNamesItsKey() {
        let context = FigureContext(
            strings: StringTable(language: .english, strings: [:]), theme: .light, precision: 4,
            measurer: ConservativeMeasurer())
        let error = #expect(throws: StringTable.MissingKey.self) {
            try FigureKind.network.scene(walkthrough: ExampleNetwork.seed004.walkthrough, context: context)
        }
        #expect(error?.key.hasPrefix("figure.") == true && error?.language == .english)
    }
}
