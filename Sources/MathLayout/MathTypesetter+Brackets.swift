import FigureLayout

/// Brackets that grow with what they enclose (TeX's \left and \right): the font's glyph when the
/// content is no taller than a line, otherwise drawn to the content's height, centred on the axis.
extension MathTypesetter {
    /// The opening bracket, the enclosed atoms one level deeper, and the closing bracket (if any).
    func bracketed(_ inner: [Atom], open: String, close: String?, _ style: MathStyle, nesting: Int) -> [Atom] {
        let content = MathBox.horizontal(spaced(inner, style))
        var atoms = [Atom(box: delimiter(open, around: content, style), kind: .opening, nesting: nesting)]
        atoms += inner.map { var atom = $0; atom.nesting = max(atom.nesting, nesting + 1); return atom }
        if let close { atoms.append(Atom(box: delimiter(close, around: content, style), kind: .closing, nesting: nesting)) }
        return atoms
    }

    /// `symbol` as tall as `content` needs: the font's glyph for a line's height, otherwise drawn a
    /// little past the content, as amsmath's matrix brackets are.
    func delimiter(_ symbol: String, around content: MathBox, _ style: MathStyle) -> MathBox {
        let axis = axis(style)
        let halfExtent = max(content.height - axis, content.depth + axis)
        let needed = max(2 * halfExtent * 0.901, 2 * halfExtent - 0.5 * style.em)
        let glyph = glyphs(symbol, style)
        guard needed > (glyph.height + glyph.depth) * 1.4 else { return glyph }
        return drawnBracket(symbol, size: 2 * halfExtent + 0.1 * style.em, style)
    }

    /// A bracket `size` tall centred on the axis, drawn with strokes as thin as the fraction bar.
    func drawnBracket(_ symbol: String, size: Double, _ style: MathStyle) -> MathBox {
        let em = style.em, stroke = ruleThickness(style) * 1.1
        let middle = -axis(style), top = middle - size / 2, bottom = middle + size / 2
        let mirrored = [")", "]", "}"].contains(symbol)
        let bearing = 0.14 * em
        let reach: Double
        var start: Point
        var segments: [Path.Segment]
        switch symbol {
        case "(", ")":
            reach = min(0.42 * em, max(0.26 * em, size * 0.09))
            start = Point(x: bearing + reach, y: top)
            segments = [.curve(control1: Point(x: bearing - reach * 0.15, y: top + size * 0.2),
                               control2: Point(x: bearing - reach * 0.15, y: bottom - size * 0.2),
                               to: Point(x: bearing + reach, y: bottom))]
        case "{", "}":
            reach = 0.4 * em
            let stem = bearing + reach / 2, tip = bearing, curl = min(0.25 * em, size / 8)
            start = Point(x: bearing + reach, y: top)
            segments = [
                .curve(control1: Point(x: stem, y: top), control2: Point(x: stem, y: top), to: Point(x: stem, y: top + curl)),
                .line(to: Point(x: stem, y: middle - curl)),
                .curve(control1: Point(x: stem, y: middle), control2: Point(x: stem, y: middle), to: Point(x: tip, y: middle)),
                .curve(control1: Point(x: stem, y: middle), control2: Point(x: stem, y: middle), to: Point(x: stem, y: middle + curl)),
                .line(to: Point(x: stem, y: bottom - curl)),
                .curve(control1: Point(x: stem, y: bottom), control2: Point(x: stem, y: bottom), to: Point(x: bearing + reach, y: bottom)),
            ]
        default:
            reach = 0.3 * em
            start = Point(x: bearing + reach, y: top)
            segments = [.line(to: Point(x: bearing, y: top)), .line(to: Point(x: bearing, y: bottom)),
                        .line(to: Point(x: bearing + reach, y: bottom))]
        }
        let width = 2 * bearing + reach
        if mirrored {
            func flip(_ p: Point) -> Point { Point(x: width - p.x, y: p.y) }
            start = flip(start)
            segments = segments.map { segment in
                switch segment {
                case .line(let to): .line(to: flip(to))
                case .curve(let c1, let c2, let to): .curve(control1: flip(c1), control2: flip(c2), to: flip(to))
                }
            }
        }
        return MathBox(width: width, height: -top + stroke / 2, depth: bottom + stroke / 2,
                       pieces: [.stroke(start: start, segments: segments, width: stroke)])
    }
}
