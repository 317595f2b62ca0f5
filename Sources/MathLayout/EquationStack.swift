import FigureLayout
import LessonMath

/// Equations set one under another in a region, each derivation centred like a displayed equation,
/// at the largest slide size at which all of them fit; when even the smallest does not fit, the
/// lines continue on further pages (never smaller type).
public struct EquationStack: Sendable {
    /// The type sizes tried, largest first, in points on a 1280 × 720 slide.
    public static let sizes: [Double] = [36, 34, 32, 30, 28]
    /// No type smaller than this.
    public static let minimumSize = 18.0

    public let equations: [Equation]
    /// The colour role of result lines.
    public let accent: Theme.Role

    public init(equations: [Equation], accent: Theme.Role) {
        self.equations = equations
        self.accent = accent
    }

    /// The vertical space between two derivations, in em.
    static let derivationGap = 0.9

    /// One scene item list per page, each laid out in a region `width` × `height` with its origin at
    /// the top left (centred vertically when `centered`); the chosen type size.
    public func pages(
        width: Double, height: Double, sizes: [Double] = Self.sizes, centered: Bool = true, theme: Theme,
        typesetter: MathTypesetter
    ) -> (pages: [[SceneItem]], size: Double) {
        // No line wider than the region if a size allows it, then the fewest pages, then the largest
        // size: everything on one page when some size allows it, otherwise whole derivations per page,
        // lines split between pages only when one derivation is taller than a page.
        var best: (layouts: [DerivationLayout], size: Double, pages: [[Line]], cost: [Int])?
        for size in sizes {
            let layouts = self.layouts(size: size, width: width, typesetter: typesetter)
            let pages = paginate(layouts, size: size, height: height)
            let cost = [groupWidth(layouts) > width ? 1 : 0, pages.count]
            if best == nil || cost.lexicographicallyPrecedes(best!.cost) { best = (layouts, size, pages, cost) }
        }
        guard let (layouts, size, pages, _) = best else { return ([], 0) }
        let items = pages.map { rows -> [SceneItem] in
            // The derivations of a page share its relation column, and are centred together.
            let shown = Set(rows.map(\.derivation)).sorted().map { layouts[$0] }
            let column = shown.map(\.relationColumn).max() ?? 0
            let left = max(0, (width - groupWidth(shown)) / 2)
            let total = rows.reduce(0) { $0 + $1.gapBefore + $1.row.box.height + $1.row.box.depth }
            var y = centered ? max(0, (height - total) / 2) : 0
            return rows.flatMap { entry -> [SceneItem] in
                y += entry.gapBefore + entry.row.box.height
                let x = left + column - layouts[entry.derivation].relationColumn
                let color = theme.color(entry.row.stage == .result ? accent : .text)
                let items = entry.row.box.sceneItems(at: Point(x: x, y: y), color: color)
                y += entry.row.box.depth
                return items
            }
        }
        return (items, size)
    }

    /// One line of a page: a row of a derivation and the space above it.
    typealias Line = (derivation: Int, row: DerivationLayout.Row, gapBefore: Double)

    /// The rows of `layouts` on pages `height` high: a derivation starts a new page when it does not fit
    /// on the current one; one taller than a page is split between statements (a line with its relation
    /// sign and the lines that continue it), at least two statements on its last page, so that no page
    /// starts in the middle of a broken sum. A first statement alone on a page goes along with the next
    /// when the two fit on one. Only a statement taller than a page is split between lines, never
    /// leaving its last line alone at the top of a page.
    func paginate(_ layouts: [DerivationLayout], size: Double, height pageHeight: Double) -> [[Line]] {
        // Heights summed row by row and as a whole differ in the last bits.
        let height = pageHeight + 1e-6
        var pages: [[Line]] = [[]]
        var used = 0.0
        var pageIsEmpty: Bool { pages[pages.count - 1].isEmpty }
        func newPage() {
            if !pageIsEmpty { pages.append([]) }
            used = 0
        }
        /// Appends `row`, `gap` below the last line (no gap at the top of a page).
        func place(_ row: DerivationLayout.Row, of derivation: Int, gap: Double) {
            let gap = pageIsEmpty ? 0 : gap
            pages[pages.count - 1].append((derivation, row, gap))
            used += gap + row.box.height + row.box.depth
        }
        for (index, layout) in layouts.enumerated() {
            if used + (pageIsEmpty ? 0 : Self.derivationGap * size) + layout.height > height { newPage() }
            let statements = layout.statements
            for (number, statement) in statements.enumerated() {
                let gap = pageIsEmpty ? 0 : (number == 0 ? Self.derivationGap * size : layout.rowGap)
                let rest = layout.height(of: statements[number...].joined())
                let wouldOrphan = statements.count - number == 2 && gap + rest > height - used && rest <= height
                // A statement taller than a page is split between its lines where it stands.
                let statementHeight = layout.height(of: statement)
                if (used + gap + statementHeight > height && statementHeight <= height || wouldOrphan) && !pageIsEmpty {
                    let page = pages[pages.count - 1]
                    let lone = number == 1 && page.last?.derivation == index
                        && page.filter { $0.derivation == index }.count == statements[0].count
                        && layout.height(of: statements[0...1].joined()) <= height
                    let moved = lone ? page.suffix(statements[0].count) : []
                    pages[pages.count - 1].removeLast(moved.count)
                    newPage()
                    for line in moved { place(line.row, of: line.derivation, gap: layout.rowGap) }
                }
                for (offset, row) in statement.enumerated() {
                    let gap = number == 0 && offset == 0 ? Self.derivationGap * size : layout.rowGap
                    let gapHere = pageIsEmpty ? 0 : gap
                    let widow = offset == statement.count - 2 && gapHere + layout.height(of: statement[offset...]) > height - used
                    if (used + gapHere + row.box.height + row.box.depth > height || widow) && !pageIsEmpty { newPage() }
                    place(row, of: index, gap: gap)
                }
            }
        }
        return pages
    }

    /// The derivations set at `size`.
    func layouts(size: Double, width: Double, typesetter: MathTypesetter) -> [DerivationLayout] {
        let style = MathStyle(size: size, minimumSize: Self.minimumSize)
        let first = equations.map { DerivationLayout($0, style: style, maxWidth: width, typesetter: typesetter) }
        // Aligned on the widest left side, a derivation starts further right: break its lines for what is left.
        let column = first.map(\.relationColumn).max() ?? 0
        return zip(equations, first).map { equation, layout in
            guard layout.relationColumn < column else { return layout }
            return DerivationLayout(
                equation, style: style, maxWidth: width - (column - layout.relationColumn), typesetter: typesetter)
        }
    }

    /// The width of the derivations aligned on their relation column.
    func groupWidth(_ layouts: [DerivationLayout]) -> Double {
        let column = layouts.map(\.relationColumn).max() ?? 0
        return layouts.map { column - $0.relationColumn + $0.width }.max() ?? 0
    }
}
