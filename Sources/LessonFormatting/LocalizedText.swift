/// A piece of user text given in every site language, such as an example's title.
public struct LocalizedText: Equatable, Hashable, Sendable {
    public var spanish: String
    public var english: String

    public init(spanish: String, english: String) {
        self.spanish = spanish
        self.english = english
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .spanish: spanish
        case .english: english
        }
    }
}
