import LessonMath

/// A line of a derivation written as LaTeX and broken, like the slides, before a + or − when it would
/// be wider than a Beamer frame: widths are estimated in em from the formula (digits half an em,
/// matrices by their widest cells), since LaTeX itself is not run here. A break inside brackets ends
/// the line with `\right.` and opens the next with `\left.`.
struct LaTeXLine {
    /// The usable width of a 16:9 or 4:3 Beamer frame at 11 pt, in em, with room for the left-hand side.
    static let frameWidth = 26.0

    /// One piece of the line: an atom, or a bracket of a group that may be broken.
    enum Token {
        case atom(String, width: Double, breaksBefore: Bool)
        case open(String)
        case close(String)

        var width: Double {
            switch self {
            case .atom(_, let width, _): width
            case .open, .close: 0.4
            }
        }
    }

    let tokens: [Token]

    init(_ expression: MathML) {
        tokens = Self.tokens(expression)
    }

    /// The line's tokens: nested rows spliced, bracketed groups opened up, everything else whole.
    static func tokens(_ node: MathML) -> [Token] {
        if case .keyed(_, let content) = node { return tokens(content) }
        guard case .row(let items) = node else { return [.atom(node.latex, width: node.estimatedWidth, breaksBefore: false)] }
        if items.count == 3, case .operator(let open) = items[0], case .operator(let close) = items[2],
           let pair = MathML.fences[open], pair.close == close, !items[1].isTable {
            return [.open(pair.left)] + tokens(items[1]) + [.close(pair.right)]
        }
        if items.count == 2 || items.count == 3, case .operator = items[0], items[1].isTable {
            return [.atom(node.latex, width: node.estimatedWidth, breaksBefore: false)]
        }
        var result: [Token] = []
        for (index, item) in items.enumerated() {
            if case .operator(let symbol) = item, symbol == "+" || symbol == "−", index > 0 {
                result.append(.atom(item.latex, width: item.estimatedWidth, breaksBefore: true))
            } else {
                result += tokens(item)
            }
        }
        return result
    }

    /// The line as LaTeX pieces, one per visual line, each no wider than `width` em where a break allows.
    func broken(width: Double) -> [String] {
        var lines: [String] = []
        var current: [String] = []
        var used = 0.0
        // How many brackets are open at this point, and the \left. that reopen them on a new line.
        var open = 0
        var reopened: [String] = []
        for (index, token) in tokens.enumerated() {
            if case .atom(_, _, true) = token, used + Self.widthUntilNextBreak(tokens, from: index) > width, !current.isEmpty {
                lines.append((reopened + current + Array(repeating: #"\right."#, count: open)).joined(separator: " "))
                // {} keeps the + that starts the continued line binary, as amsmath's manual advises.
                reopened = Array(repeating: #"\left."#, count: open) + ["{}"]
                current = []
                used = 0
            }
            switch token {
            case .atom(let text, _, _): current.append(text)
            case .open(let left):
                current.append(#"\left"# + left)
                open += 1
            case .close(let right):
                current.append(#"\right"# + right)
                open -= 1
            }
            used += token.width
        }
        lines.append((reopened + current).joined(separator: " "))
        return lines
    }

    /// The width from `index` up to the next break point.
    static func widthUntilNextBreak(_ tokens: [Token], from index: Int) -> Double {
        var width = tokens[index].width
        for token in tokens[(index + 1)...] {
            if case .atom(_, _, true) = token { break }
            width += token.width
        }
        return width
    }
}

extension MathML {
    var isTable: Bool { if case .table = self { true } else { false } }

    /// About how wide the formula is set, in em.
    var estimatedWidth: Double {
        switch self {
        case .identifier(let name): name.count == 1 ? 0.6 : 0.5 * Double(name.count) + 0.2
        case .upright(let text), .text(let text): 0.5 * Double(text.count)
        case .number(let text): 0.5 * Double(text.count)
        case .operator(let symbol): ["+", "−", "⊙", "·", "×", "⊘"].contains(symbol) ? 1.0 : ["=", "←"].contains(symbol) ? 1.3 : 0.6
        case .row(let items): items.map(\.estimatedWidth).reduce(0, +)
        case .fraction(let numerator, let denominator): max(numerator.estimatedWidth, denominator.estimatedWidth) + 0.3
        case .subscript(let base, let script), .superscript(let base, let script):
            base.estimatedWidth + 0.7 * script.estimatedWidth
        case .subSuperscript(let base, let sub, let sup): base.estimatedWidth + 0.7 * max(sub.estimatedWidth, sup.estimatedWidth)
        case .hat(let base): base.estimatedWidth
        case .table(let rows): Self.estimatedWidth(ofTable: rows)
        case .space(let ems): ems
        case .keyed(_, let content): content.estimatedWidth
        }
    }

    /// The widest cell of each column, an em between columns, and the brackets.
    static func estimatedWidth(ofTable rows: [[MathML]]) -> Double {
        let columns = rows.map(\.count).max() ?? 0
        var width = 0.8 + Double(max(columns - 1, 0))
        for column in 0..<columns {
            let cells: [Double] = rows.map { column < $0.count ? $0[column].estimatedWidth : 0 }
            width += cells.max() ?? 0
        }
        return width
    }
}
