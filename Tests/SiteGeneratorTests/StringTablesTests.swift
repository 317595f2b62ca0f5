import LessonFormatting
import SiteGenerator
import Testing

@Suite struct StringTablesTests {
    /// Names that are the same word in both languages (and patterns without words).
    static let sameInBothLanguages: Set<String> = [
        "activation.relu", "activation.softmax", "figure.activation.relu", "figure.activation.softmax",
        "figure.activation.tanh", "figure.graph.gradient", "figure.deck.step",
    ]

    @Test func bothLanguagesHaveTheSameKeys() throws {
        let spanish = try Fixtures.stringTable(.spanish), english = try Fixtures.stringTable(.english)
        #expect(Set(spanish.strings.keys) == Set(english.strings.keys))
        #expect(!spanish.strings.isEmpty)
    }

    @Test func noTextIsLeftUntranslated() throws {
        let spanish = try Fixtures.stringTable(.spanish), english = try Fixtures.stringTable(.english)
        let identical = spanish.strings.keys.filter { spanish.strings[$0] == english.strings[$0] }
        #expect(Set(identical) == Self.sameInBothLanguages)
    }

    @Test func aMissingKeyNamesTheKeyAndTheLanguage() throws {
        let english = try Fixtures.stringTable(.english)
        var spanishStrings = try Fixtures.stringTable(.spanish).strings
        spanishStrings["example.cost.title"] = nil
        let texts = try SiteTemplates.templateNames.reduce(into: [String: String]()) {
            $0[$1] = String(decoding: try FileIO.disk.read("\(Fixtures.templatesFolder)/\($1).mustache"), as: UTF8.self)
        }
        #expect {
            try SiteTemplates(templates: texts, strings: [.spanish: StringTable(language: .spanish, strings: spanishStrings), .english: english])
        } throws: { error in
            "\(error)".contains("example.cost.title") && "\(error)".contains("es.yaml")
        }
    }
}
