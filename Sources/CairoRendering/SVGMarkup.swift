/// An SVG document as Cairo wrote it, with the edits that make it deterministic and accessible.
struct SVGMarkup {
    var bytes: [UInt8]

    /// Cairo numbers surfaces, glyphs and clip paths with counters that keep counting across
    /// documents in one process ("surface5", "glyph3-1"). This renames every defined id to its
    /// letter prefix and a counter in order of first appearance ("surface1", "glyph1"), and
    /// rewrites every reference (`#id`, `url(#id)`) to match, so a scene always gives the same bytes.
    func renumberingIdentifiers() -> SVGMarkup {
        bytes.withUnsafeBufferPointer { bytes in
            var defined = Set<ArraySlice<UInt8>>()
            var index = 0
            while let start = Self.identifierStart(in: bytes, from: index, definitionsOnly: true) {
                let end = Self.identifierEnd(in: bytes, from: start)
                defined.insert(ArraySlice(bytes[start..<end]))
                index = end
            }

            var renamed: [ArraySlice<UInt8>: [UInt8]] = [:]
            var counters: [ArraySlice<UInt8>: Int] = [:]
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            index = 0
            // Runs of bytes without identifiers are copied whole, so the scan stays one pass over bytes.
            while let start = Self.identifierStart(in: bytes, from: index, definitionsOnly: false) {
                let end = Self.identifierEnd(in: bytes, from: start)
                index = end
                let identifier = ArraySlice(bytes[start..<end])
                guard defined.contains(identifier) else { continue }
                if renamed[identifier] == nil {
                    let prefix = identifier.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
                    counters[prefix, default: 0] += 1
                    renamed[identifier] = Array(prefix) + Array(String(counters[prefix]!).utf8)
                }
                output.append(contentsOf: bytes[copied..<start])
                output.append(contentsOf: renamed[identifier]!)
                copied = end
            }
            output.append(contentsOf: bytes[copied...])
            return SVGMarkup(bytes: output)
        }
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

    /// Where the next identifier starts at or after `start`: just after `id="`, or, unless
    /// `definitionsOnly`, just after a `#` (a reference such as `#glyph1` or `url(#clip1)`).
    private static func identifierStart(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, definitionsOnly: Bool) -> Int? {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "#") where !definitionsOnly:
                return index + 1
            case UInt8(ascii: "\""):
                if index >= 3, bytes[index - 1] == UInt8(ascii: "="), bytes[index - 2] == UInt8(ascii: "d"),
                    bytes[index - 3] == UInt8(ascii: "i")
                {
                    return index + 1
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The index just past the id characters (letters, digits, `-`, `_`, `.`) starting at `start`.
    private static func identifierEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
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
