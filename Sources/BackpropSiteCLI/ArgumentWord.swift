import ArgumentParser

/// An option's value that is one of a fixed set of words, each the raw value of a case
/// (`--figure graph`, `--theme dark`). Its words are listed here with plain closures: swift-argument-
/// parser's own listing reads them through generic key paths and string interpolation, which the
/// runtime builds anew every time a command line is parsed (about 7 % of a `render`).
protocol ArgumentWord: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentWord {
    public var defaultValueDescription: String { rawValue }

    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }

    /// None: a word is its own description.
    public static var allValueDescriptions: [String: String] { [:] }

    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
