/// A formula as a plain value, shaped like MathML Core: built from the lesson's quantities, turned into
/// markup by the pages (`MathML+Markup` in SiteGenerator). Nothing here knows about numbers or
/// languages; see `MathML+Numbers` and `MathML+Notation` for those.
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
    /// `<mover accent="true">` with a circumflex: a hat over a symbol, as on the estimate ĝ.
    case hat(MathML)
    /// `<mtable>`: rows of cells, for matrices, vectors and piecewise definitions.
    case table([[MathML]])
    /// `<mspace>` of the given width in em.
    case space(Double)
    /// A number that is a quantity drawn in the figures (a weight on an edge, a value in a neuron),
    /// marked with that element's key (`QuantityKey`) so the page can link the two.
    case keyed(String, MathML)
}
