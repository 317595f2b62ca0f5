import LessonMath

extension MathML {
    /// The element's markup, with every text escaped.
    public var markup: String {
        switch self {
        case .identifier(let name): "<mi>\(HTML.escape(name))</mi>"
        case .upright(let name): "<mi mathvariant=\"normal\">\(HTML.escape(name))</mi>"
        case .number(let digits): "<mn>\(HTML.escape(digits))</mn>"
        case .operator(let symbol): "<mo>\(HTML.escape(symbol))</mo>"
        case .text(let words): "<mtext>\(HTML.escape(words))</mtext>"
        case .row(let items): "<mrow>\(items.map(\.markup).joined())</mrow>"
        case .fraction(let numerator, let denominator): "<mfrac>\(numerator.markup)\(denominator.markup)</mfrac>"
        case .subscript(let base, let index): "<msub>\(base.markup)\(index.markup)</msub>"
        case .superscript(let base, let exponent): "<msup>\(base.markup)\(exponent.markup)</msup>"
        case .subSuperscript(let base, let index, let exponent):
            "<msubsup>\(base.markup)\(index.markup)\(exponent.markup)</msubsup>"
        case .hat(let base): "<mover accent=\"true\">\(base.markup)<mo>^</mo></mover>"
        case .table(let rows):
            "<mtable>"
                + rows.map { "<mtr>" + $0.map { "<mtd>\($0.contentMarkup)</mtd>" }.joined() + "</mtr>" }.joined()
                + "</mtable>"
        case .space(let width): "<mspace width=\"\(width)em\"></mspace>"
        case .keyed(let key, .number(let digits)): "<mn data-q=\"\(HTML.escape(key))\">\(HTML.escape(digits))</mn>"
        case .keyed(let key, let content): "<mrow data-q=\"\(HTML.escape(key))\">\(content.contentMarkup)</mrow>"
        }
    }

    /// The markup of this formula as the content of an element that already lays out its children
    /// as a row (`<math>`, `<mtd>`, a keyed `<mrow>`): a row's items without their own `<mrow>`,
    /// which would change nothing a reader sees or hears (MathML Core treats those elements as an
    /// inferred row, and brackets stretch to it alike).
    public var contentMarkup: String {
        if case .row(let items) = self { items.map(\.markup).joined() } else { markup }
    }

    /// An inline `<math>` element around this formula.
    public var inlineMarkup: String { "<math>\(contentMarkup)</math>" }

    /// A block `<math display="block">` element around this formula.
    public var blockMarkup: String { "<math display=\"block\">\(contentMarkup)</math>" }
}
