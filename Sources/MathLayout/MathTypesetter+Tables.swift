import LessonMath

/// Tables: matrices, vectors and the cases of a piecewise definition, centred on the math axis.
extension MathTypesetter {
    /// `rows` of cells set inline; columns centred (a matrix) or left-aligned (cases).
    func table(_ rows: [[MathML]], _ style: MathStyle, leftAligned: Bool) -> MathBox {
        let cellStyle = style.inline
        let cells = rows.map { $0.map { self.box($0, cellStyle) } }
        let columns = cells.map(\.count).max() ?? 0
        let em = style.em
        let columnWidths = (0..<columns).map { column in
            cells.map { column < $0.count ? $0[column].width : 0 }.max() ?? 0
        }
        let columnGap = (leftAligned ? 1.2 : 0.9) * em
        // Every row at least as tall and deep as a line of text, so rows of digits are evenly spaced.
        let rowHeights = cells.map { row in max(0.72 * em, row.map(\.height).max() ?? 0) }
        let rowDepths = cells.map { row in max(0.26 * em, row.map(\.depth).max() ?? 0) }
        let rowGap = 0.32 * em
        var baselines: [Double] = []
        var y = 0.0
        for index in cells.indices {
            y += index == 0 ? rowHeights[0] : rowDepths[index - 1] + rowGap + rowHeights[index]
            baselines.append(y)
        }
        let total = (baselines.last ?? 0) + (rowDepths.last ?? 0)
        let top = -(axis(style) + total / 2)
        let outerPadding = 0.15 * em
        var box = MathBox()
        for (rowIndex, row) in cells.enumerated() {
            var x = outerPadding
            for (column, cell) in row.enumerated() {
                let offset = leftAligned ? 0 : (columnWidths[column] - cell.width) / 2
                box.place(cell, x: x + offset, shift: top + baselines[rowIndex])
                x += columnWidths[column] + columnGap
            }
        }
        box.width = columnWidths.reduce(0, +) + columnGap * Double(max(columns - 1, 0)) + 2 * outerPadding
        box.height = max(box.height, -top)
        box.depth = max(box.depth, top + total)
        return box
    }
}
