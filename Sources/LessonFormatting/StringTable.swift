import Foundation

/// The interface strings of one language, by key (for example `figure.layer.input`), loaded from
/// Templates/strings/<code>.yaml. A missing key is an error naming the key and the language.
public struct StringTable: Equatable, Sendable {
    /// A key the table does not have.
    public struct MissingKey: Error, Equatable, Sendable, CustomStringConvertible {
        public let key: String
        public let language: Language
        public var description: String {
            "missing string '\(key)' in Templates/strings/\(language.code).yaml"
        }
    }

    public let language: Language
    public let strings: [String: String]

    public init(language: Language, strings: [String: String]) {
        self.language = language
        self.strings = strings
    }

    /// The string for `key`.
    public func text(_ key: String) throws(MissingKey) -> String {
        guard let text = strings[key] else { throw MissingKey(key: key, language: language) }
        return text
    }

    /// The string for `key` with each `{name}` placeholder replaced by its value.
    public func text(_ key: String, _ values: [String: String]) throws(MissingKey) -> String {
        var result = try text(key)
        for (name, value) in values { result = result.replacingEvery("{\(name)}", with: value) }
        return result
    }

    /// The singular or plural form of `key` for `count`: `key.one` when `count` is 1, `key.other`
    /// otherwise (both languages put 0 in the plural), with `{count}` and each of `values` filled in.
    public func text(_ key: String, count: Int, _ values: [String: String] = [:]) throws(MissingKey) -> String {
        try text(key + (count == 1 ? ".one" : ".other"), values.merging(["count": String(count)]) { own, _ in own })
    }
}
