import LessonMath

extension Equation {
    /// The derivation as an amsmath `align*`: the quantity, then one line per stage, aligned on the
    /// relation; a line that goes on with the one before (`continues`), or the rest of a line too wide
    /// for a Beamer frame, is written a quad in, without a relation.
    public var latexAlign: String {
        let room = LaTeXLine.frameWidth - lhs.estimatedWidth
        let lines = lines.enumerated().flatMap { index, line -> [String] in
            let relation = index == 0 ? relation.latex : MathML.equals.latex
            let pieces = LaTeXLine(line.expression).broken(width: room)
            return pieces.enumerated().map { pieceIndex, piece in
                guard pieceIndex == 0, !line.continues else { return #"&\quad "# + piece }
                return (index == 0 ? lhs.latex + " " : "") + "&\(relation) \(piece)"
            }
        }
        return "\\begin{align*}\n  " + lines.joined(separator: " \\\\\n  ") + "\n\\end{align*}"
    }
}
