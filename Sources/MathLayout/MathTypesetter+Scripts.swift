import LessonMath

/// Sub- and superscripts (The TeXbook, appendix G, rules 18a–f), and ∑ with its limit below.
extension MathTypesetter {
    func scripts(_ base: MathML, sub: MathML?, sup: MathML?, _ style: MathStyle) -> MathBox {
        if case .operator(let symbol) = base, MathAtomClass(operator: symbol) == .largeOperator, style.display, sup == nil,
           let sub {
            return limitBelow(symbol, sub, style)
        }
        let baseBox = atomBox(base, style)
        let scriptStyle = style.script
        let em = style.em, x = xHeight(style)
        let rule = ruleThickness(style)
        // Italic letters lean right: a superscript starts a little further out (italic correction).
        let italicCorrection: Double = if case .identifier(let name) = base, name.count == 1 { 0.06 * em } else { 0 }
        let baseIsSymbol: Bool = switch base {
        case .identifier, .upright, .number, .operator, .keyed(_, .number): true
        default: false
        }
        let supDrop = baseIsSymbol ? 0 : baseBox.height - 0.386 * scriptStyle.em
        let subDrop = baseIsSymbol ? 0 : baseBox.depth + 0.05 * scriptStyle.em

        var box = MathBox(width: baseBox.width)
        box.place(baseBox, x: 0)
        let supBox = sup.map { self.box($0, scriptStyle) }
        let subBox = sub.map { self.box($0, scriptStyle) }
        var up = 0.0, down = 0.0
        if let supBox {
            up = max(supDrop, (style.display ? 0.413 : 0.363) * em, supBox.depth + x / 4)
        }
        if let subBox {
            down = max(subDrop, (supBox == nil ? 0.15 : 0.247) * em, subBox.height - 0.8 * x)
        }
        if let supBox, let subBox {
            let gap = (up - supBox.depth) - (subBox.height - down)
            if gap < 4 * rule {
                down += 4 * rule - gap
                let lift = 0.8 * x - (up - supBox.depth)
                if lift > 0 { up += lift; down -= lift }
            }
        }
        let scriptSpace = 0.05 * em
        var width = baseBox.width
        if let supBox {
            box.place(supBox, x: baseBox.width + italicCorrection, shift: -up)
            width = max(width, baseBox.width + italicCorrection + supBox.width)
        }
        if let subBox {
            box.place(subBox, x: baseBox.width, shift: down)
            width = max(width, baseBox.width + subBox.width)
        }
        box.width = width + scriptSpace
        return box
    }

    /// A large operator with its limit centred under it (display style).
    private func limitBelow(_ symbol: String, _ limit: MathML, _ style: MathStyle) -> MathBox {
        let op = operatorBox(symbol, style)
        let limitBox = box(limit, style.script)
        let width = max(op.width, limitBox.width)
        var box = MathBox(width: width)
        box.place(op, x: (width - op.width) / 2)
        let gap = max(0.167 * style.em, 0.6 * style.em - limitBox.height)
        box.place(limitBox, x: (width - limitBox.width) / 2, shift: op.depth + gap + limitBox.height)
        return box
    }
}
