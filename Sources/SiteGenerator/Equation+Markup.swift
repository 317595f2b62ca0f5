import LessonMath

extension Equation {
    /// A block `<math>` whose table has one row per line: lhs, relation, expression (a continued
    /// line has neither lhs nor relation).
    public var markup: String {
        let rows = lines.enumerated().map { index, line in
            let cells: [MathML] = index == 0 ? [lhs, relation, line.expression]
                : line.continues ? [.row([]), .row([]), .row([.space(1), line.expression])] : [.row([]), .equals, line.expression]
            return "<mtr class=\"\(line.stage.rawValue)\(line.continues ? " continued" : "")\">" + cells.map { "<mtd>\($0.contentMarkup)</mtd>" }.joined() + "</mtr>"
        }
        return "<math display=\"block\" class=\"equation\"><mtable>\(rows.joined())</mtable></math>"
    }
}
