import FigureLayout
import LessonMath

/// One `Equation` typeset as a derivation, as amsmath's `align` sets it: the quantity on the left,
/// then one line per stage (symbolic, with numbers, result), every relation sign in one column. A
/// line wider than `maxWidth` is broken before a + or − (or after a relation), as a lecturer breaks
/// a long sum, and continues a quad right of the column; type is never made smaller for it.
public struct DerivationLayout: Equatable, Sendable {
    /// One visual line.
    public struct Row: Equatable, Sendable {
        /// The line's boxes with their x positions, on one baseline.
        public var box: MathBox
        /// The stage of the equation line it belongs to; pages and slides set results apart.
        public var stage: Equation.Stage
        /// Whether it continues the row before (a broken line, or a line that goes on with the one before).
        public var isContinuation: Bool
    }

    public var rows: [Row]
    /// Where the relation signs' column starts: derivations shown together align on it.
    public var relationColumn: Double
    /// The widest row.
    public var width: Double
    /// The vertical gap between rows, from one's depth to the next's height.
    public var rowGap: Double

    /// Lays out `equation` in `style`, no row wider than `maxWidth` when a break allows it.
    public init(_ equation: Equation, style: MathStyle, maxWidth: Double, typesetter: MathTypesetter) {
        let lhs = typesetter.box(equation.lhs, style)
        let relationGap = 5 * style.mu
        let firstRelation = typesetter.box(equation.relation, style)
        let equals = typesetter.box(.equals, style)
        let relationWidth = max(firstRelation.width, equals.width)
        // The relation column starts after the left side; every right side starts after it.
        let column = lhs.width + relationGap
        let rightStart = column + relationWidth + relationGap
        let indent = rightStart + style.em
        var rows: [Row] = []
        for (index, line) in equation.lines.enumerated() {
            let relation = index == 0 ? firstRelation : equals
            var first = MathBox()
            if index == 0 { first.place(lhs, x: 0) }
            // A line that goes on with the one before (a sum one term per line) has no relation sign
            // and starts indented, as a broken line does.
            if !line.continues { first.place(relation, x: column + (relationWidth - relation.width) / 2) }
            let lineStart = line.continues ? indent : rightStart
            let atoms = typesetter.atoms(line.expression, style)
            let pieces = Self.broken(atoms, style: style, typesetter: typesetter,
                                     firstWidth: maxWidth - lineStart, laterWidth: maxWidth - indent)
            for (pieceIndex, piece) in pieces.enumerated() {
                var box = pieceIndex == 0 ? first : MathBox()
                let start = pieceIndex == 0 ? lineStart : indent
                box.place(piece, x: start)
                box.width = start + piece.width
                rows.append(Row(box: box, stage: line.stage, isContinuation: pieceIndex > 0 || line.continues))
            }
        }
        self.rows = rows
        relationColumn = column
        width = rows.map(\.box.width).max() ?? 0
        rowGap = 0.55 * style.em
    }

    /// The total height of `rows` stacked with `rowGap`.
    public func height(of rows: some Collection<Row>) -> Double {
        rows.reduce(0) { $0 + $1.box.height + $1.box.depth } + rowGap * Double(max(rows.count - 1, 0))
    }

    public var height: Double { height(of: rows) }

    /// The rows grouped by statement: a line that starts with its relation sign, and the lines that
    /// continue it.
    public var statements: [[Row]] {
        rows.reduce(into: []) { groups, row in
            if row.isContinuation, !groups.isEmpty { groups[groups.count - 1].append(row) } else { groups.append([row]) }
        }
    }

    /// The atoms split into lines no wider than the widths where possible: each break goes before a
    /// binary operator or after a relation, preferring the shallowest bracket level and then the last
    /// that fits.
    static func broken(
        _ atoms: [MathTypesetter.Atom], style: MathStyle, typesetter: MathTypesetter, firstWidth: Double, laterWidth: Double
    ) -> [MathBox] {
        var lines: [MathBox] = []
        var rest = atoms[...]
        // A continued line starts with its operator, spaced as a binary one (amsmath's {} + c).
        func line(_ atoms: ArraySlice<MathTypesetter.Atom>) -> MathBox {
            let operand = lines.isEmpty ? [] : [MathTypesetter.Atom(box: MathBox(), kind: .ordinary)]
            return MathBox.horizontal(typesetter.spaced(operand + atoms, style))
        }
        while !rest.isEmpty {
            let limit = lines.isEmpty ? firstWidth : laterWidth
            let whole = line(rest)
            if whole.width <= limit {
                lines.append(whole)
                break
            }
            let kinds = MathTypesetter.resolvedClasses(rest.map(\.kind))
            var candidates: [(index: Int, nesting: Int)] = []
            for offset in 1..<rest.count {
                let index = rest.startIndex + offset
                let breaksBefore = kinds[offset] == .binary || kinds[offset - 1] == .relation
                guard breaksBefore else { continue }
                let width = line(rest[rest.startIndex..<index]).width
                if width <= limit { candidates.append((index, rest[index].nesting)) }
            }
            guard let chosen = candidates.min(by: { $0.nesting != $1.nesting ? $0.nesting < $1.nesting : $0.index > $1.index })
            else {
                lines.append(whole)
                break
            }
            lines.append(line(rest[rest.startIndex..<chosen.index]))
            rest = rest[chosen.index...]
        }
        return lines
    }
}
