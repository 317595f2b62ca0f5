import Foundation
import Yams

extension StringTable {
    /// A string file that is not a tree of keys with text at the leaves.
    public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "\(file): \(message)" }
    }

    /// The table of `language` from the YAML text of Templates/strings/<code>.yaml. Nested keys are
    /// joined with dots: `home: {cycle: {title: …}}` is `home.cycle.title`.
    public static func parse(yaml: String, language: Language) throws -> StringTable {
        let file = "Templates/strings/\(language.code).yaml"
        if let tree = PlainStringTree(yaml: yaml) {
            return try checked(StringTable(language: language, strings: tree.leaves.mapValues(\.trimmedOfWhitespace)), file: file)
        }
        return try parseResolvingTags(yaml: yaml, language: language)
    }

    /// `parse(yaml:language:)` the general way: every plain scalar typed by YAML's default resolver, so a
    /// number leaf is its digits and `yes`, `null` or a float is reported as not text.
    static func parseResolvingTags(yaml: String, language: Language) throws -> StringTable {
        let file = "Templates/strings/\(language.code).yaml"
        let root: Any?
        do { root = try Yams.load(yaml: yaml) } catch { throw FormatError(file: file, message: "not valid YAML: \(error)") }
        var strings: [String: String] = [:]
        func collect(_ node: Any?, prefix: String) throws {
            switch node {
            case let map as [String: Any]:
                for (key, value) in map { try collect(value, prefix: prefix.isEmpty ? key : "\(prefix).\(key)") }
            case let text as String:
                strings[prefix] = text.trimmedOfWhitespace
            case let number as Int:
                strings[prefix] = String(number)
            default:
                throw FormatError(file: file, message: "'\(prefix)' must be text or a map of keys, found \(String(describing: node))")
            }
        }
        try collect(root, prefix: "")
        return try checked(StringTable(language: language, strings: strings), file: file)
    }

    /// `table`, if its decimal separator (when it sets one) is one the number formats know.
    private static func checked(_ table: StringTable, file: String) throws -> StringTable {
        if let separator = table.strings[NumberFormat.separatorKey], !NumberFormat.decimalSeparators.contains(separator) {
            throw FormatError(
                file: file,
                message: "'\(NumberFormat.separatorKey)' is \"\(separator)\", but a decimal separator must be "
                    + NumberFormat.decimalSeparators.map { "\"\($0)\"" }.joined(separator: " or "))
        }
        return table
    }

    /// The `{name}` placeholders of `text` (a name is letters and digits).
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.insert(String(name)) }
            rest = after
        }
        return names
    }
}
