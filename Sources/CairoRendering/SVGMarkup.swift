/// An SVG document as Cairo wrote it, with the edits that make it deterministic and accessible.
struct SVGMarkup {
    var bytes: [UInt8]

    /// Cairo numbers surfaces, glyphs and clip paths with counters that keep counting across
    /// documents in one process ("surface5", "glyph3-1"). This renames every defined id to its
    /// letter prefix and a counter in order of first appearance ("surface1", "glyph1"), and
    /// rewrites every reference (`#id`, `url(#id)`) to match, so a scene always gives the same bytes.
    func renumberingIdentifiers() -> SVGMarkup {
        let idAttribute = Array(#"id=""#.utf8)
        var defined = Set<ArraySlice<UInt8>>()
        var index = 0
        while let start = bytes.firstRange(of: idAttribute, from: index)?.upperBound {
            let end = identifierEnd(from: start)
            defined.insert(bytes[start..<end])
            index = end
        }

        var renamed: [ArraySlice<UInt8>: [UInt8]] = [:]
        var counters: [ArraySlice<UInt8>: Int] = [:]
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        index = 0
        while index < bytes.count {
            let byte = bytes[index]
            output.append(byte)
            index += 1
            let startsIdentifier = byte == UInt8(ascii: "#") || (byte == UInt8(ascii: "\"") && bytes[..<index].hasSuffix(idAttribute))
            guard startsIdentifier else { continue }
            let end = identifierEnd(from: index)
            let identifier = bytes[index..<end]
            guard defined.contains(identifier) else { continue }
            if renamed[identifier] == nil {
                let prefix = identifier.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
                counters[prefix, default: 0] += 1
                renamed[identifier] = Array(prefix) + Array(String(counters[prefix]!).utf8)
            }
            output.append(contentsOf: renamed[identifier]!)
            index = end
        }
        return SVGMarkup(bytes: output)
    }

    /// Adds `<title>` as the first child of the root element, so screen readers announce the figure.
    func insertingTitle(_ title: String) -> SVGMarkup {
        guard !title.isEmpty,
            let root = bytes.firstRange(of: Array("<svg".utf8), from: 0),
            let rootEnd = bytes[root.upperBound...].firstIndex(of: UInt8(ascii: ">"))
        else { return self }
        let escaped = title.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
        var output = bytes
        output.insert(contentsOf: Array("\n<title>\(escaped)</title>".utf8), at: rootEnd + 1)
        return SVGMarkup(bytes: output)
    }

    /// The index just past the id characters (letters, digits, `-`, `_`, `.`) starting at `start`.
    private func identifierEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, Self.isIdentifierByte(bytes[end]) { end += 1 }
        return end
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default: false
        }
    }
}

extension [UInt8] {
    fileprivate func firstRange(of pattern: [UInt8], from start: Int) -> Range<Int>? {
        guard pattern.count <= count else { return nil }
        var index = start
        while index + pattern.count <= count {
            if self[index] == pattern[0], self[index..<index + pattern.count].elementsEqual(pattern) {
                return index..<index + pattern.count
            }
            index += 1
        }
        return nil
    }
}

extension ArraySlice<UInt8> {
    fileprivate func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
