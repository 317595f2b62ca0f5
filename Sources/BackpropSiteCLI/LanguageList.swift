import ArgumentParser
import Foundation
import LessonFormatting

/// The value of `--lang`: language codes separated by commas, such as `es,en`.
struct LanguageList: ExpressibleByArgument {
    let languages: [Language]

    init?(argument: String) {
        let codes = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let languages = codes.compactMap(Language.init(rawValue:))
        guard !codes.isEmpty, languages.count == codes.count, Set(languages).count == languages.count else { return nil }
        self.languages = Language.allCases.filter(languages.contains)
    }

    /// What `--help` shows as the default: the codes, as they are typed.
    var defaultValueDescription: String { languages.map(\.code).joined(separator: ",") }

    static var allValueStrings: [String] { Language.allCases.map(\.code) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
