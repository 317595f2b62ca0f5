extension String {
    /// The text without leading and trailing white space and line breaks: the characters of Foundation's
    /// `CharacterSet.whitespacesAndNewlines` (Unicode's Z* categories, tab, U+000A–U+000D, U+0085, and
    /// U+200B, which Foundation still counts), so strings read the same as with `trimmingCharacters(in:)`,
    /// without bridging each one through `NSString` while a command starts.
    var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isWhitespaceOrNewline($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isWhitespaceOrNewline($0) })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    private static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // U+200B was a space separator in older Unicode; Foundation still trims it.
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x200B: return true
        case ..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
