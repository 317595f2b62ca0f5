/// A piece of MathML Core as a plain value: built from the lesson's quantities, turned into markup
/// with `markup`. Nothing here knows about numbers or languages; see `MathML+Numbers` and
/// `MathML+Notation` for those.
public indirect enum MathML: Equatable, Sendable {
    /// `<mi>`: a variable such as W, a, z, δ. One letter is italic; longer names (ln, max) are upright.
    case identifier(String)
    /// `<mi mathvariant="normal">`: an upright symbol, such as the T of a transpose or Euler's e.
    case upright(String)
    /// `<mn>`: an already formatted number.
    case number(String)
    /// `<mo>`: =, +, −, ⊙, (, [, ←, Σ…
    case `operator`(String)
    /// `<mtext>`: words inside a formula.
    case text(String)
    /// `<mrow>`: a group; brackets inside one group stretch to its height.
    case row([MathML])
    /// `<mfrac>`: numerator over denominator.
    case fraction(MathML, MathML)
    /// `<msub>`
    case `subscript`(MathML, MathML)
    /// `<msup>`
    case superscript(MathML, MathML)
    /// `<msubsup>`
    case subSuperscript(MathML, MathML, MathML)
    /// `<mtable>`: rows of cells, for matrices, vectors and piecewise definitions.
    case table([[MathML]])
    /// `<mspace>` of the given width in em.
    case space(Double)

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
        case .table(let rows):
            "<mtable>"
                + rows.map { "<mtr>" + $0.map { "<mtd>\($0.markup)</mtd>" }.joined() + "</mtr>" }.joined()
                + "</mtable>"
        case .space(let width): "<mspace width=\"\(width)em\"></mspace>"
        }
    }

    /// An inline `<math>` element around this formula.
    public var inlineMarkup: String { "<math>\(markup)</math>" }

    /// A block `<math display="block">` element around this formula.
    public var blockMarkup: String { "<math display=\"block\">\(markup)</math>" }
}
