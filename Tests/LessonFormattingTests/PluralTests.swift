import Foundation
import LessonFormatting
import Testing

/// Issue 10: "1 examples", "1 parameters disagree": singular and plural from the string tables.
@Suite struct PluralTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates").path

    @Test(arguments: Language.allCases)
    func oneIsSingularAndEverythingElsePlural(language: Language) throws {
        let table = try StringTable.load(templates: Self.templates, language: language)
        let one = try table.text("example.training.result", count: 1, ["epochs": "1", "first": "a", "last": "b"])
        let many = try table.text("example.training.result", count: 2, ["epochs": "2", "first": "a", "last": "b"])
        let none = try table.text("example.training.result", count: 0, ["epochs": "0", "first": "a", "last": "b"])
        #expect(one.contains(language == .english ? "1 epoch," : "1 época,"))
        #expect(many.contains(language == .english ? "2 epochs," : "2 épocas,"))
        #expect(none.contains(language == .english ? "0 epochs," : "0 épocas,"))
        let failed = try table.text("example.check.failed", count: 1, ["tolerance": "t", "worst": "w", "disagreements": "1"])
        #expect(failed.contains(language == .english ? "1 derivative disagrees" : "1 derivada no coincide"))
    }
}
