/// TeX's classes of math atoms, which decide the space between neighbours (The TeXbook, ch. 18).
enum MathAtomClass: Equatable, Sendable {
    case ordinary, largeOperator, binary, relation, opening, closing, punctuation, inner

    /// The class of an operator symbol as the lessons use them.
    init(operator symbol: String) {
        switch symbol {
        case "=", "←", "→", "≤", "≥", "<", ">", "≈", "≠", ":=": self = .relation
        case "+", "−", "-", "·", "×", "⊙", "⊘", "±", "∗": self = .binary
        case "(", "[", "{", "⟨": self = .opening
        case ")", "]", "}", "⟩": self = .closing
        case ",", ";": self = .punctuation
        case "∑", "∏": self = .largeOperator
        default: self = .ordinary
        }
    }

    /// The space between an atom of this class and a following one of class `next`, in mu
    /// (1/18 em): 3 thin, 4 medium, 5 thick. In scripts only the thin spaces remain.
    func space(before next: MathAtomClass, inScript: Bool) -> Double {
        let mu: Double = switch (self, next) {
        case (.ordinary, .largeOperator), (.largeOperator, .ordinary), (.largeOperator, .largeOperator),
             (.closing, .largeOperator), (.inner, .ordinary), (.inner, .largeOperator), (.inner, .opening),
             (.inner, .punctuation), (.inner, .inner), (.ordinary, .inner), (.largeOperator, .inner),
             (.closing, .inner), (.punctuation, _):
            3
        case (.binary, _), (_, .binary): 4
        case (.relation, .relation): 0
        case (.relation, _), (_, .relation): 5
        default: 0
        }
        guard inScript else { return mu }
        return mu == 3 && self != .punctuation ? 3 : 0
    }
}
