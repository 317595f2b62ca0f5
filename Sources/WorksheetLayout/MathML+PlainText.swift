import LessonMath

/// Formulas as one line of plain text with Unicode sub- and superscripts (z₁², ∂C/∂w₁₁³, e^(−0,35)),
/// for the worksheets, whose pages are drawn as scenes of text until formulas are typeset with Cairo.
extension MathML {
    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "(": "₍", ")": "₎", "j": "ⱼ", "k": "ₖ", "x": "ₓ", "a": "ₐ", ",": ",",
    ]
    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "(": "⁽", ")": "⁾", "l": "ˡ", "L": "ᴸ", "T": "ᵀ", "′": "′",
    ]
    /// Operators written with a space on each side.
    private static let spaced: Set<String> = ["=", "+", "−", "·", "←", "⊙", ">", "≤", "⊘"]

    /// The formula as plain text.
    public var plainText: String {
        switch self {
        case .identifier(let text), .upright(let text), .number(let text), .text(let text):
            return text
        case .keyed(_, let content):
            return content.plainText
        case .operator(let text):
            if text == "," || text == ";" { return text + " " }
            return Self.spaced.contains(text) ? " \(text) " : text
        case .row(let items):
            var text = ""
            for (index, item) in items.enumerated() {
                var piece = item.plainText
                // A function name such as ln or tanh stands apart from its argument and what precedes it.
                if case .identifier(let name) = item, name.count > 1 {
                    if !text.isEmpty, !text.hasSuffix(" "), !text.hasSuffix("(") { piece = " " + piece }
                    if index + 1 < items.count, !items[index + 1].plainText.hasPrefix("(") { piece += " " }
                }
                // One space between words, whatever spacing the formula asks for.
                if text.hasSuffix(" "), piece.hasPrefix(" ") { piece.removeFirst() }
                text += piece
            }
            // A leading minus is a sign, not a subtraction: no space after it.
            return text.hasPrefix(" − ") ? "−" + text.dropFirst(3) : text
        case .fraction(let numerator, let denominator):
            return Self.grouped(numerator) + "/" + Self.grouped(denominator)
        case .subscript(let base, let index):
            return base.plainText + Self.script(index, Self.subscripts, fallback: "_")
        case .superscript(let base, let exponent):
            return base.plainText + Self.script(exponent, Self.superscripts, fallback: "^")
        case .subSuperscript(let base, let index, let exponent):
            return base.plainText + Self.script(index, Self.subscripts, fallback: "_")
                + Self.script(exponent, Self.superscripts, fallback: "^")
        case .hat(let base):
            return base.plainText + "\u{302}"
        case .table(let rows):
            // A column vector reads (a; b), a matrix row by row, a piecewise definition case by case.
            return rows.map { $0.map(\.plainText).joined(separator: rows.allSatisfy { $0.count == 1 } ? "" : " ") }
                .joined(separator: "; ")
        case .space:
            return " "
        }
    }

    /// A numerator or denominator, in parentheses when it is more than one symbol or number.
    private static func grouped(_ part: MathML) -> String {
        let text = part.plainText
        switch part {
        case .identifier, .upright, .number, .subscript, .superscript, .subSuperscript, .hat: return text
        default: return text.contains(" ") || text.contains("/") ? "(\(text))" : text
        }
    }

    /// `script` in Unicode sub- or superscript characters when all of them have one; otherwise
    /// `fallback` and the text, in parentheses when longer than one character.
    private static func script(_ script: MathML, _ table: [Character: Character], fallback: String) -> String {
        let text = script.plainText.replacingOccurrences(of: " ", with: "")
        let mapped = text.compactMap { table[$0] }
        if mapped.count == text.count { return String(mapped) }
        return fallback + (text.count == 1 ? text : "(\(text))")
    }
}
