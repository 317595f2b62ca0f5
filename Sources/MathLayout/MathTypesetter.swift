import FigureLayout
import LessonMath

/// Typesets `MathML` formula trees, the same ones the pages write as MathML, into `MathBox`es with
/// TeX's rules: atoms spaced by class, fractions on the math axis, scripts raised and lowered from
/// their base, tables centred on the axis, brackets stretched to what they enclose, ∑ with its
/// limit below in display style. Measures glyphs in the math font through `measurer`.
public struct MathTypesetter: Sendable {
    public let measurer: any TextMeasuring

    public init(measurer: any TextMeasuring) {
        self.measurer = measurer
    }

    /// `formula` as one box in `style`.
    public func box(_ formula: MathML, _ style: MathStyle) -> MathBox {
        MathBox.horizontal(spaced(atoms(formula, style), style))
    }

    // MARK: Fonts and measures

    func font(_ style: MathStyle) -> FontStyle { FontStyle(size: style.size, family: .math) }

    /// The height of the math axis above the baseline, where fraction bars and the middle of
    /// brackets sit: the middle of the minus sign.
    func axis(_ style: MathStyle) -> Double {
        let minus = measurer.measureInk("\u{2212}", font: font(style))
        return (minus.ascent - minus.descent) / 2
    }

    /// The height of a lowercase x.
    func xHeight(_ style: MathStyle) -> Double {
        measurer.measureInk(MathAlphabet.italic("x"), font: font(style)).ascent
    }

    /// The thickness of a fraction bar and of drawn brackets.
    func ruleThickness(_ style: MathStyle) -> Double { max(style.em * 0.05, 1) }

    /// `text` in the math font as a box as wide as its advance and as tall and deep as its ink.
    func glyphs(_ text: String, _ style: MathStyle) -> MathBox {
        let ink = measurer.measureInk(text, font: font(style))
        let height = max(ink.ascent, 0), depth = max(ink.descent, 0)
        return MathBox(
            width: ink.width, height: height, depth: depth,
            pieces: [.glyphs(text, origin: Point(x: 0, y: 0), size: style.size,
                             ink: Rect(x: 0, y: -height, width: ink.width, height: height + depth))])
    }

    // MARK: Atoms

    /// One atom of a row: its box and the classes that space it from its neighbours.
    struct Atom {
        var box: MathBox
        var kind: MathAtomClass
        /// How many brackets enclose it in its row (0 at the top level), for choosing line breaks.
        var nesting = 0
    }

    /// The atoms of `formula`: nested rows are spliced into their parent (as MathML's inferred rows),
    /// a linked number (`keyed`) is its content, and each pair of brackets with what they enclose becomes a drawn bracket, the enclosed atoms
    /// and the closing bracket, sized to the enclosed content.
    func atoms(_ formula: MathML, _ style: MathStyle) -> [Atom] {
        var leaves: [MathML] = []
        func splice(_ node: MathML) {
            switch node {
            case .row(let items): items.forEach(splice)
            case .keyed(_, let content): splice(content)
            default: leaves.append(node)
            }
        }
        splice(formula)
        var index = 0
        return fencedAtoms(leaves, &index, style, nesting: 0, opening: nil)
    }

    /// Atoms from `leaves[index...]` until the bracket that closes `opening` (or the end); `opening` is
    /// `nil` outside brackets.
    private func fencedAtoms(_ leaves: [MathML], _ index: inout Int, _ style: MathStyle, nesting: Int, opening: String?) -> [Atom] {
        var atoms: [Atom] = []
        while index < leaves.count {
            let leaf = leaves[index]
            index += 1
            if case .operator(let symbol) = leaf {
                let kind = MathAtomClass(operator: symbol)
                if kind == .closing, opening != nil {
                    index -= 1
                    return atoms
                }
                // A bracket opened on an earlier line of a derivation closes here: as tall as what
                // precedes it on this line, as TeX sets \left. … \right).
                if kind == .closing {
                    let content = MathBox.horizontal(spaced(atoms, style))
                    atoms.append(Atom(box: delimiter(symbol, around: content, style), kind: .closing, nesting: nesting))
                    continue
                }
                if kind == .opening {
                    let inner = fencedAtoms(leaves, &index, style, nesting: nesting + 1, opening: symbol)
                    var closeSymbol: String?
                    if index < leaves.count, case .operator(let close) = leaves[index], MathAtomClass(operator: close) == .closing {
                        closeSymbol = close
                        index += 1
                    }
                    atoms += bracketed(inner, open: symbol, close: closeSymbol, style, nesting: nesting)
                    continue
                }
            }
            // The cases of a piecewise definition, after a brace.
            if case .table(let rows) = leaf, opening == "{" {
                atoms.append(Atom(box: table(rows, style, leftAligned: true), kind: .inner, nesting: nesting))
                continue
            }
            atoms.append(Atom(box: atomBox(leaf, style), kind: atomClass(leaf), nesting: nesting))
        }
        return atoms
    }

    /// The class of one leaf.
    func atomClass(_ leaf: MathML) -> MathAtomClass {
        switch leaf {
        case .operator(let symbol): MathAtomClass(operator: symbol)
        case .identifier(let name) where name.count > 1: .largeOperator
        case .subscript(.operator(let symbol), _), .superscript(.operator(let symbol), _),
             .subSuperscript(.operator(let symbol), _, _):
            MathAtomClass(operator: symbol) == .largeOperator ? .largeOperator : .ordinary
        case .fraction, .table: .inner
        case .keyed(_, let content): atomClass(content)
        default: .ordinary
        }
    }

    /// The box of one leaf.
    func atomBox(_ leaf: MathML, _ style: MathStyle) -> MathBox {
        switch leaf {
        case .identifier(let name): glyphs(name.count == 1 ? MathAlphabet.italic(name) : name, style)
        case .upright(let text), .number(let text), .text(let text): glyphs(text, style)
        case .operator(let symbol): operatorBox(symbol, style)
        case .row: box(leaf, style)
        case .fraction(let numerator, let denominator): fraction(numerator, denominator, style)
        case .subscript(let base, let sub): scripts(base, sub: sub, sup: nil, style)
        case .superscript(let base, let sup): scripts(base, sub: nil, sup: sup, style)
        case .subSuperscript(let base, let sub, let sup): scripts(base, sub: sub, sup: sup, style)
        case .hat(let base): hat(base, style)
        case .table(let rows): table(rows, style, leftAligned: false)
        case .space(let ems): .kern(ems * style.em)
        // The key links a number on a page to its figure; on a slide only the number shows.
        case .keyed(_, let content): atomBox(content, style)
        }
    }

    /// `base` with a circumflex centred a little above its ink.
    func hat(_ base: MathML, _ style: MathStyle) -> MathBox {
        let body = atomBox(base, style), mark = glyphs("^", style)
        // The caret's ink starts −descent above its own baseline: lift it to start 0.08 em above the base.
        let lift = body.height + 0.08 * style.em + measurer.measureInk("^", font: font(style)).descent
        var box = MathBox(width: body.width)
        box.place(body, x: 0)
        box.place(mark, x: (body.width - mark.width) / 2, shift: -lift)
        return box
    }

    /// An operator's glyph; ∑ is larger in display style and centred on the axis.
    func operatorBox(_ symbol: String, _ style: MathStyle) -> MathBox {
        guard MathAtomClass(operator: symbol) == .largeOperator else { return glyphs(symbol, style) }
        var large = style
        if style.display { large.size *= 1.4 }
        let glyph = glyphs(symbol, large)
        let shift = (glyph.height - glyph.depth) / 2 - axis(style)
        var box = MathBox(width: glyph.width)
        box.place(glyph, x: 0, shift: shift)
        return box
    }

    /// The atoms with TeX's spaces between them; a binary operator with no operand before it
    /// (a leading minus) counts as ordinary.
    func spaced(_ atoms: [Atom], _ style: MathStyle) -> [MathBox] {
        let kinds = Self.resolvedClasses(atoms.map(\.kind))
        var boxes: [MathBox] = []
        for (index, atom) in atoms.enumerated() {
            if index > 0 {
                let space = kinds[index - 1].space(before: kinds[index], inScript: style.inScript) * style.mu
                if space > 0 { boxes.append(.kern(space)) }
            }
            boxes.append(atom.box)
        }
        return boxes
    }

    /// TeX's rule: a binary operator at the start, or after an operator, relation, opening or
    /// punctuation, or before a relation, closing or punctuation, is ordinary.
    static func resolvedClasses(_ kinds: [MathAtomClass]) -> [MathAtomClass] {
        var kinds = kinds
        for index in kinds.indices where kinds[index] == .binary {
            let previous = index == 0 ? nil : kinds[index - 1]
            let next = index + 1 < kinds.count ? kinds[index + 1] : nil
            let noLeftOperand = previous.map { [.binary, .largeOperator, .relation, .opening, .punctuation].contains($0) } ?? true
            let noRightOperand = next.map { [.relation, .closing, .punctuation].contains($0) } ?? false
            if noLeftOperand || noRightOperand { kinds[index] = .ordinary }
        }
        return kinds
    }
}
