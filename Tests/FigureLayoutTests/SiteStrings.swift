import Foundation
import LessonFormatting

/// The site's real string tables, Templates/strings/<code>.yaml, which hold the figure strings.
enum SiteStrings {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates/strings")

    private static let tables: [Language: StringTable] = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
        let text = try! String(contentsOf: folder.appendingPathComponent("\(language.code).yaml"), encoding: .utf8)
        return (language, try! StringTable.parse(yaml: text, language: language))
    })

    static func table(_ language: Language) -> StringTable { tables[language]! }
}
