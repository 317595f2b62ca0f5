import Foundation

/// Gives every h2 and h3 of a page an id made from its words and a link to itself, so a reader can
/// copy the address of any section or step ("…/xor/index.html#example-2").
enum HeadingAnchors {
    /// `page` with its h2 and h3 headings anchored; `label` is the links' accessible name
    /// ("Link to this section"). Ids are unique within the page, also against the ids it already has.
    static func add(to page: String, label: String) -> String {
        var taken = Set(page.matches(of: /id="([^"]*)"/).map { String($0.1) })
        return page.replacing(/<h([23])>(.*?)<\/h\1>/.dotMatchesNewlines()) { match in
            let words = String(match.2)
            let base = slug(words)
            var id = base, n = 2
            while taken.contains(id) { (id, n) = ("\(base)-\(n)", n + 1) }
            taken.insert(id)
            return "<h\(match.1) id=\"\(id)\">\(words) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(HTML.escape(label))\">#</a></h\(match.1)>"
        }
    }

    /// Lowercase ASCII letters and digits of `words` (markup and accents removed), joined by hyphens.
    static func slug(_ words: String) -> String {
        let text = words.replacing(/<[^>]*>/, with: " ").replacing(/&[a-z]+;|&#[0-9]+;/, with: " ")
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let parts = plain.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return parts.isEmpty ? "section" : parts.joined(separator: "-")
    }
}
