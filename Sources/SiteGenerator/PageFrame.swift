import LessonFormatting

/// What the base layout needs on every page: language, title, description, the alternate-language
/// links and the switcher, and relative paths to the stylesheet and the home page.
struct PageFrame {
    struct Link {
        let lang: String
        let href: String
        let label: String
    }

    let lang: String
    let title: String
    let description: String
    let stylesheet: String
    let homeHref: String
    let alternates: [Link]
    let switcher: Link?

    /// The frame of the page at `path` (relative to the site root, under the language folder, e.g.
    /// "" for the language's home or "<id>/" for an example) in `language`.
    /// Alternates and the switcher name only the languages that have a string table (are built).
    init(path: String, language: Language, title: String, description: String, strings: [Language: StringTable]) throws {
        let depth = 1 + path.split(separator: "/").count
        let root = String(repeating: "../", count: depth)
        let built = Language.allCases.filter { strings[$0] != nil }
        lang = language.code
        self.title = title
        self.description = description
        stylesheet = root + "assets/style.css"
        homeHref = root + "\(language.code)/index.html"
        alternates = try built.map {
            Link(lang: $0.code, href: root + "\($0.code)/\(path)index.html", label: try strings[$0]!.text("language.name"))
        }
        switcher = try built.first { $0 != language }.map { other in
            Link(
                lang: other.code, href: root + "\(other.code)/\(path)index.html",
                label: try strings[other]!.text("language.switch"))
        }
    }

    /// The frame of the language chooser at the site root.
    init(chooserTitle: String, description: String, language: Language, strings: [Language: StringTable]) throws {
        lang = language.code
        title = chooserTitle
        self.description = description
        stylesheet = "assets/style.css"
        homeHref = "index.html"
        alternates = try Language.allCases.filter { strings[$0] != nil }.map {
            Link(lang: $0.code, href: "\($0.code)/index.html", label: try strings[$0]!.text("language.name"))
        }
        switcher = nil
    }
}
