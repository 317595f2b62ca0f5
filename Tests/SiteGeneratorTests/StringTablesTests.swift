import LessonFormatting
import SiteGenerator
import Testing

@Suite struct StringTablesTests {
    /// Names that are the same word in both languages (and patterns without words).
    static let sameInBothLanguages: Set<String> = [
        "activation.relu", "activation.softmax", "activation.tanh", "figure.graph.gradient", "figure.deck.step",
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

    /// Issue 10: `number.decimalSeparator: ";"` was accepted.
    @Test func aDecimalSeparatorOtherThanCommaOrPointIsRefused() throws {
        #expect {
            try StringTable.parse(yaml: "number:\n  decimalSeparator: \";\"\n", language: .spanish)
        } throws: { error in
            "\(error)" == #"Templates/strings/es.yaml: 'number.decimalSeparator' is ";", but a decimal separator must be "," or ".""#
        }
        #expect(try StringTable.parse(yaml: "number:\n  decimalSeparator: \".\"\n", language: .spanish).strings.count == 1)
    }

    /// Issue 10: an unknown `{nn}` placeholder in a string was drawn literally.
    @Test func aMisspeltPlaceholderIsRefused() throws {
        let english = try Fixtures.stringTable(.english)
        var spanishStrings = try Fixtures.stringTable(.spanish).strings
        spanishStrings["example.exampleHeading"] = "Ejemplo de entrenamiento {nn}"
        let texts = try SiteTemplates.templateNames.reduce(into: [String: String]()) {
            $0[$1] = String(decoding: try FileIO.disk.read("\(Fixtures.templatesFolder)/\($1).mustache"), as: UTF8.self)
        }
        #expect {
            try SiteTemplates(templates: texts, strings: [.spanish: StringTable(language: .spanish, strings: spanishStrings), .english: english])
        } throws: { error in
            "\(error)".contains("'example.exampleHeading' uses the placeholders {n} here but {nn} in Templates/strings/es.yaml")
        }
        #expect(StringTable.placeholders(in: "{a} and {b2}, not { } or {x y}") == ["a", "b2"])
    }
}
