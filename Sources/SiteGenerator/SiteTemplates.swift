import Foundation
import LessonFormatting
import Mustache

/// The page templates and both string tables, checked together: every template parses, both
/// tables have the same keys, and every `{{t.key}}` a template uses exists.
public struct SiteTemplates: Sendable {
    /// A template that does not parse.
    public struct TemplateError: Error, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "\(file): \(message)" }
    }

    /// The template files by name (file name without `.mustache`): base, home, example, chooser, figure.
    public static let templateNames = ["base", "chooser", "example", "figure", "home"]

    let library: MustacheLibrary
    /// The string table of each language.
    public let strings: [Language: StringTable]

    /// Checks and keeps `templates` (text by name) and `strings`.
    /// - Throws: `TemplateError` naming the file, or `StringTable.MissingKey` naming the key and language.
    public init(templates: [String: String], strings: [Language: StringTable]) throws {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let file = "Templates/\(name).mustache"
            guard let text = templates[name] else { throw TemplateError(file: file, message: "template missing") }
            do { try library.register(text, named: name) } catch {
                throw TemplateError(file: file, message: "does not parse: \(error)")
            }
        }
        let allKeys = Set(strings.values.flatMap(\.strings.keys))
        for language in Language.allCases {
            guard let table = strings[language] else { throw TemplateError(file: "Templates/strings/\(language.code).yaml", message: "missing") }
            // Looking a key up throws the `MissingKey` naming it and the language.
            for key in allKeys.sorted() { _ = try table.text(key) }
            for name in Self.templateNames {
                for key in Self.stringKeys(in: templates[name] ?? "") { _ = try table.text(key) }
            }
        }
        self.library = library
        self.strings = strings
    }

    /// The string keys a template uses, as `{{t.key}}` or `{{{t.key}}}`.
    static func stringKeys(in template: String) -> [String] {
        var keys: [String] = []
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let tag = rest.prefix { $0 != "}" }.drop { $0 == "{" || $0 == " " }
            if tag.hasPrefix("t.") { keys.append(String(tag.dropFirst(2)).trimmingCharacters(in: .whitespaces)) }
        }
        return keys
    }

    /// The table of `language`.
    func table(_ language: Language) -> StringTable { strings[language]! }

    /// `model` rendered with the template `name`.
    func render(_ model: Any, template name: String) -> String {
        library.render(model, withTemplate: name) ?? ""
    }
}
