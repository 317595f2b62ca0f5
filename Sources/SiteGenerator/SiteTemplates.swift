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
    /// The string table of each language the site is built in.
    public let strings: [Language: StringTable]
    /// The languages the site is built in, in `Language` order.
    public let languages: [Language]

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
        let languages = Language.allCases.filter { strings[$0] != nil }
        guard !languages.isEmpty else { throw TemplateError(file: "Templates/strings", message: "no string table") }
        let allKeys = Set(strings.values.flatMap(\.strings.keys))
        for language in languages {
            let table = strings[language]!
            // Looking a key up throws the `MissingKey` naming it and the language.
            for key in allKeys.sorted() { _ = try table.text(key) }
            for name in Self.templateNames {
                for key in Self.stringKeys(in: templates[name] ?? "") { _ = try table.text(key) }
            }
        }
        self.library = library
        self.strings = strings
        self.languages = languages
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
