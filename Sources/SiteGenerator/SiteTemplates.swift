import Foundation
import LessonFormatting
import Mustache

/// The page templates and both string tables, checked together: every template parses, both
/// tables have the same keys, and every `{{t.key}}` a template uses exists.
public struct SiteTemplates: Sendable {
    /// A template that does not parse, or that names a template or a string that does not exist: the
    /// file, the line (from 1) when the problem sits on one, and what is wrong.
    public struct TemplateError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int?
        public let message: String

        public init(file: String, line: Int? = nil, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }

        public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
    }

    /// The template files by name (file name without `.mustache`): base, home, example, chooser, figure,
    /// and the exercises partial of the example page.
    public static let templateNames = ["base", "chooser", "example", "exercises", "figure", "home"]

    let library: MustacheLibrary
    /// The string table of each language the site is built in.
    public let strings: [Language: StringTable]
    /// The languages the site is built in, in `Language` order.
    public let languages: [Language]

    /// Checks and keeps `templates` (text by name) and `strings`; `folder` names the templates' folder
    /// in messages.
    /// - Throws: `TemplateError` naming the file and line, or `StringTable.MissingKey` naming the key and language.
    public init(templates: [String: String], strings: [Language: StringTable], folder: String = "Templates") throws {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let file = "\(folder)/\(name).mustache"
            guard let text = templates[name] else { throw TemplateError(file: file, message: "template missing") }
            do { try library.register(text, named: name) } catch let error as MustacheTemplate.ParserError {
                let source = error.context.line.trimmingCharacters(in: .whitespaces)
                throw TemplateError(
                    file: file, line: error.context.lineNumber,
                    message: Self.explanation(error.error) + (source.isEmpty ? "" : ", in: \(source)"))
            }
            for tag in Self.tags(in: text) where tag.name.hasPrefix(">") || tag.name.hasPrefix("<") {
                let partial = tag.name.dropFirst().trimmingCharacters(in: .whitespaces)
                guard Self.templateNames.contains(partial) else {
                    throw TemplateError(file: file, line: tag.line, message: "{{\(tag.name)}} names no template; "
                        + "the templates are \(Self.templateNames.joined(separator: ", "))")
                }
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
                for tag in Self.tags(in: templates[name] ?? "") where tag.name.hasPrefix("t.") {
                    let key = String(tag.name.dropFirst(2))
                    do { _ = try table.text(key) } catch {
                        throw TemplateError(file: "\(folder)/\(name).mustache", line: tag.line, message: "{{\(tag.name)}}: \(error)")
                    }
                }
            }
        }
        try Self.checkPlaceholders(strings, languages: languages, folder: folder)
        self.library = library
        self.strings = strings.mapValues(InlineMath.expanding)
        self.languages = languages
    }

    /// A `{name}` placeholder is filled in by the tool, so a key must use the same placeholders in every
    /// language: a misspelt one (`{nn}`) would otherwise be drawn literally on the pages.
    static func checkPlaceholders(_ strings: [Language: StringTable], languages: [Language], folder: String) throws {
        guard let reference = languages.first, languages.count > 1 else { return }
        let referenceTable = strings[reference]!
        for language in languages.dropFirst() {
            let table = strings[language]!
            for key in table.strings.keys.sorted() {
                let own = StringTable.placeholders(in: table.strings[key]!)
                let expected = StringTable.placeholders(in: referenceTable.strings[key] ?? "")
                guard own != expected else { continue }
                let list = { (names: Set<String>) in names.isEmpty ? "none" : names.sorted().map { "{\($0)}" }.joined(separator: ", ") }
                throw TemplateError(
                    file: StringTable.path(templates: folder, language: language),
                    message: "'\(key)' uses the placeholders \(list(own)) here but \(list(expected)) in "
                        + "\(StringTable.path(templates: folder, language: reference)); "
                        + "the tool fills them in, so they must be the same in every language")
            }
        }
    }

    /// The tags of a template with their lines (from 1): what stands between `{{` and `}}` (or `{{{`
    /// and `}}}`), without the braces and the spaces around, such as `t.home.title` or `>figure`.
    static func tags(in template: String) -> [(name: String, line: Int)] {
        let bytes = Array(template.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), newline = UInt8(ascii: "\n")
        var tags: [(name: String, line: Int)] = []
        var line = 1
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == newline { line += 1 }
            guard bytes[index] == open, bytes[index + 1] == open else {
                index += 1
                continue
            }
            var start = index + 2
            while start < bytes.count, bytes[start] == open { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != close { end += 1 }
            tags.append((String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces), line))
            index = start
        }
        return tags
    }

    /// What a swift-mustache parser error means, in words.
    private static func explanation(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect:
            "this {{/…}} does not close the last section opened: a section above is not closed, or is closed with another name"
        case .unfinishedName: "a tag is not finished with }}"
        case .expectedSectionEnd: "a section ({{#…}}, {{^…}}, {{$…}} or {{<…}}) is never closed with {{/…}}"
        case .invalidSetDelimiter: "a set-delimiter tag {{=… …=}} is malformed"
        case .transformAppliedToInheritanceSection: "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "an inheritance section {{<…}} may only hold blocks {{$…}}"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: "a configuration tag {{%…}} is not understood"
        case nil: "does not parse (\(error))"
        }
    }

    /// The table of `language`.
    func table(_ language: Language) -> StringTable { strings[language]! }

    /// `model` rendered with the template `name`.
    func render(_ model: Any, template name: String) -> String {
        library.render(TemplateModel.prepared(model) ?? model, withTemplate: name) ?? ""
    }
}
