import Foundation
import Testing

@testable import LessonFormatting

/// The shortcut that reads string files without YAML's implicit typing must read exactly what the
/// typed reading reads, and step aside whenever typing could matter.
@Suite struct PlainStringTreeTests {
    static let stringsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates/strings")

    @Test(arguments: Language.allCases)
    func shippedTablesReadTheSameBothWays(language: Language) throws {
        let yaml = try String(
            contentsOf: Self.stringsFolder.appendingPathComponent("\(language.code).yaml"), encoding: .utf8)
        #expect(PlainStringTree(yaml: yaml) != nil)
        let fast = try StringTable.parse(yaml: yaml, language: language)
        let typed = try StringTable.parseResolvingTags(yaml: yaml, language: language)
        #expect(fast.strings == typed.strings)
    }

    @Test(arguments: [
        "a: 3", "a: -1", "a: .5", "a: yes", "a: Off", "a: null", "a: ~", "a:", "a: 2026-12-04",
        "a: [x, y]", "1: x", "a: !!int '3'", "<<: {b: c}", "a: =", "a: x\na: y",
    ])
    func stepsAsideWhereTypingMatters(yaml: String) {
        #expect(PlainStringTree(yaml: yaml) == nil)
    }

    @Test func readsQuotedAndBlockTextAsIs() throws {
        let yaml = "a:\n  b: '3'\n  c: \"yes\"\n  d: |\n    two\n    lines\n  e: plain text\n"
        let tree = try #require(PlainStringTree(yaml: yaml))
        #expect(tree.leaves == ["a.b": "3", "a.c": "yes", "a.d": "two\nlines\n", "a.e": "plain text"])
    }

    @Test(arguments: [
        "  text \n", "\t\u{0B}\u{0C}\r\u{85}x\u{A0}", "\u{2028}x y\u{2029}", "\u{3000}\u{2003}x\u{202F}", "   ", "",
        "x", "é\u{301} ", "\u{200B}x\u{FEFF}", "\u{180E}x\u{1680}", "\u{205F}x\u{200C}",
    ])
    func trimsLikeFoundation(text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
