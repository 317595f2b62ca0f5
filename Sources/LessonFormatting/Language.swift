/// A language the site is written in.
public enum Language: String, CaseIterable, Sendable, Codable, Comparable {
    case spanish = "es"
    case english = "en"

    /// The BCP 47 code, used in `<html lang>`, folder names and string-table file names.
    public var code: String { rawValue }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
