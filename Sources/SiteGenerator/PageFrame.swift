import Foundation
import LessonFormatting

/// What the base layout needs on every page: language, title, description, the alternate-language
/// links and the switcher, relative paths to the shared assets and the home page, and, when the
/// site's address is known, the canonical and alternate addresses search engines use.
struct PageFrame {
    struct Link {
        let lang: String
        let href: String
        let label: String
    }

    /// Search engines and link previews cut descriptions longer than this.
    static let descriptionLimit = 159

    let lang: String
    let title: String
    let description: String
    let stylesheet: String
    let script: String
    /// The math font, preloaded on pages with equations (all but the language chooser).
    let font: String?
    let favicon: String
    let homeHref: String
    /// The examples list of the language's home page.
    let examplesHref: String?
    /// The page's own absolute address, when the build has a base URL.
    let canonical: String?
    /// The language chooser's absolute address, for `hreflang="x-default"`, when the build has a base URL.
    let defaultAlternate: String?
    let alternates: [Link]
    let switcher: Link?
    /// Whether the header has links besides the site's name (stored: templates see stored properties only).
    let hasNavigation: Bool

    /// The frame of the page at `path` (relative to the language folder: "" for the language's home,
    /// "<id>/" for an example) in `language`. Alternates and the switcher name only the languages that
    /// have a string table (are built). With `baseURL` the alternates are absolute and the page has a
    /// canonical address.
    init(
        path: String, language: Language, title: String, description: String, strings: [Language: StringTable],
        baseURL: String? = nil
    ) throws {
        let root = String(repeating: "../", count: 1 + path.split(separator: "/").count)
        let built = Language.allCases.filter { strings[$0] != nil }
        let address = { (language: Language) in
            baseURL.map { "\($0)\(language.code)/\(path)" } ?? root + "\(language.code)/\(path)index.html"
        }
        lang = language.code
        self.title = title
        self.description = Self.shortened(description)
        (stylesheet, script, font, favicon) = Self.assets(root: root)
        homeHref = root + "\(language.code)/index.html"
        examplesHref = (path.isEmpty ? "" : homeHref) + "#examples"
        canonical = baseURL.map { "\($0)\(language.code)/\(path)" }
        defaultAlternate = baseURL
        alternates = try built.map { Link(lang: $0.code, href: address($0), label: try strings[$0]!.text("language.name")) }
        switcher = try built.first { $0 != language }.map { other in
            Link(
                lang: other.code, href: root + "\(other.code)/\(path)index.html",
                label: try strings[other]!.text("language.switch"))
        }
        hasNavigation = true
    }

    /// The frame of the language chooser at the site root.
    init(
        chooserTitle: String, description: String, language: Language, strings: [Language: StringTable],
        baseURL: String? = nil
    ) throws {
        lang = language.code
        title = chooserTitle
        self.description = Self.shortened(description)
        (stylesheet, script, _, favicon) = Self.assets(root: "")
        font = nil
        homeHref = "index.html"
        examplesHref = nil
        canonical = baseURL
        defaultAlternate = baseURL
        alternates = try Language.allCases.filter { strings[$0] != nil }.map { language in
            Link(lang: language.code, href: baseURL.map { "\($0)\(language.code)/" } ?? "\(language.code)/index.html",
                 label: try strings[language]!.text("language.name"))
        }
        switcher = nil
        hasNavigation = false
    }

    private static func assets(root: String) -> (String, String, String, String) {
        let folder = root + SiteBuild.assetsFolder + "/"
        return (folder + "style.css", folder + "page.js", folder + "fonts/Asana-Math.woff2", folder + "favicon.svg")
    }

    /// `text` whole when it fits `descriptionLimit`, else cut at the last word that fits, with "…".
    static func shortened(_ text: String) -> String {
        guard text.count > descriptionLimit else { return text }
        let cut = text.prefix(descriptionLimit - 1)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
