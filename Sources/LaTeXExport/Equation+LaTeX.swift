import LessonMath

extension Equation {
    /// The derivation as an amsmath `align*`: the quantity, then one line per stage, aligned on the relation.
    public var latexAlign: String {
        let lines = lines.enumerated().map { index, line in
            let relation = index == 0 ? relation.latex : MathML.equals.latex
            return (index == 0 ? lhs.latex + " " : "") + "&\(relation) \(line.expression.latex)"
        }
        return "\\begin{align*}\n  " + lines.joined(separator: " \\\\\n  ") + "\n\\end{align*}"
    }
}
