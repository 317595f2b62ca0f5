import Foundation

/// Gives every h2 and h3 of a page an id made from its words and a link to itself, so a reader can
/// copy the address of any section or step ("…/xor/index.html#example-2").
enum HeadingAnchors {
    /// `page` with its h2 and h3 headings anchored; `label` is the links' accessible name
    /// ("Link to this section"). Ids are unique within the page, also against the ids it already has.
    static func add(to page: String, label: String) -> String {
        // Scanned as bytes: the page is long, and every tag looked for is ASCII.
        let bytes = Array(page.utf8)
        let quote = UInt8(ascii: "\"")
        var taken = Set<String>()
        var index = 0
        while let found = firstIndex(of: #"id=""#, in: bytes, from: index) {
            let start = found + 4
            guard let end = bytes[start...].firstIndex(of: quote) else { break }
            taken.insert(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end + 1
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 16)
        var copied = 0
        index = 0
        while let open = firstIndex(of: "<h", in: bytes, from: index) {
            index = open + 2
            guard open + 3 < bytes.count, bytes[open + 2] == UInt8(ascii: "2") || bytes[open + 2] == UInt8(ascii: "3"),
                  bytes[open + 3] == UInt8(ascii: ">") else { continue }
            let level = Character(UnicodeScalar(bytes[open + 2]))
            guard let close = firstIndex(of: "</h\(level)>", in: bytes, from: open + 4) else { continue }
            let words = String(decoding: bytes[(open + 4)..<close], as: UTF8.self)
            let base = slug(words)
            var id = base, n = 2
            while taken.contains(id) { (id, n) = ("\(base)-\(n)", n + 1) }
            taken.insert(id)
            result += bytes[copied..<open]
            result += "<h\(level) id=\"\(id)\">\(words) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(HTML.escape(label))\">#</a></h\(level)>".utf8
            copied = close + 5
            index = copied
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// Where `text` first occurs in `bytes` at or after `start`.
    private static func firstIndex(of text: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(text.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            guard let first = bytes[index...(bytes.count - pattern.count)].firstIndex(of: pattern[0]) else { return nil }
            if bytes[first..<(first + pattern.count)].elementsEqual(pattern) { return first }
            index = first + 1
        }
        return nil
    }

    /// Lowercase ASCII letters and digits of `words` (markup and accents removed), joined by hyphens.
    static func slug(_ words: String) -> String {
        let text = words.replacing(/<[^>]*>/, with: " ").replacing(/&[a-z]+;|&#[0-9]+;/, with: " ")
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let parts = plain.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return parts.isEmpty ? "section" : parts.joined(separator: "-")
    }
}
