import FigureLayout
import LessonMath

/// Fractions (The TeXbook, appendix G, rule 15): numerator and denominator centred over and under a
/// bar on the math axis, far enough from it.
extension MathTypesetter {
    func fraction(_ numerator: MathML, _ denominator: MathML, _ style: MathStyle) -> MathBox {
        let partStyle = style.fractionPart
        let top = box(numerator, partStyle), bottom = box(denominator, partStyle)
        let em = style.em, rule = ruleThickness(style), axis = axis(style)
        let clearance = style.display ? 3 * rule : rule
        var up = (style.display ? 0.677 : 0.394) * em
        var down = (style.display ? 0.686 : 0.345) * em
        up += max(0, clearance - ((up - top.depth) - (axis + rule / 2)))
        down = max(down, clearance + bottom.height - axis + rule / 2)
        let padding = 0.12 * em
        let width = max(top.width, bottom.width) + 2 * padding
        var box = MathBox(width: width)
        box.place(top, x: (width - top.width) / 2, shift: -up)
        box.place(bottom, x: (width - bottom.width) / 2, shift: down)
        let bar = Rect(x: padding / 2, y: -axis - rule / 2, width: width - padding, height: rule)
        box.pieces.append(.rule(bar))
        box.height = max(box.height, axis + rule / 2)
        return box
    }
}
