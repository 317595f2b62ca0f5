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
        guard let smallest = sizes.last else { return ([], 0) }
        func fits(_ layouts: [DerivationLayout], _ size: Double) -> Bool {
            groupWidth(layouts) <= width && stackHeight(layouts, size: size) <= height
        }
        // All on one page at the largest size that allows it; otherwise one derivation (or more) per
        // page at the largest size where each fits a page alone; otherwise the smallest, lines split.
        let candidates = sizes.map { (self.layouts(size: $0, width: width, typesetter: typesetter), $0) }
        let (layouts, size) = candidates.first { fits($0.0, $0.1) }
            ?? candidates.first { candidate in candidate.0.allSatisfy { fits([$0], candidate.1) } }
            ?? candidates.last ?? ([], smallest)
        let column = layouts.map(\.relationColumn).max() ?? 0
        let left = max(0, (width - groupWidth(layouts)) / 2)
        typealias Line = (derivation: Int, row: DerivationLayout.Row, gapBefore: Double)
        var pages: [[Line]] = [[]]
        var used = 0.0
        func newPage() {
            if !pages[pages.count - 1].isEmpty { pages.append([]) }
            used = 0
        }
        func add(_ derivation: Int, _ row: DerivationLayout.Row, first: Bool) {
            let gap = pages[pages.count - 1].isEmpty ? 0 : (first ? Self.derivationGap * size : layouts[derivation].rowGap)
            pages[pages.count - 1].append((derivation, row, gap))
            used += gap + row.box.height + row.box.depth
        }
        for (index, layout) in layouts.enumerated() {
            let gap = pages[pages.count - 1].isEmpty ? 0 : Self.derivationGap * size
            if used + gap + layout.height > height { newPage() }
            // A derivation taller than a page is split between rows, leaving at least two on the last page.
            var remaining = layout.rows[...]
            while let row = remaining.first {
                let rowHeight = (pages[pages.count - 1].isEmpty ? 0 : layout.rowGap) + row.box.height + row.box.depth
                let wouldOrphan = remaining.count == 2 && layout.height(of: remaining) > height - used
                if (used + rowHeight > height || wouldOrphan) && !pages[pages.count - 1].isEmpty { newPage() }
                add(index, row, first: remaining.startIndex == layout.rows.startIndex)
                remaining = remaining.dropFirst()
            }
        }
        let items = pages.map { rows -> [SceneItem] in
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

    func stackHeight(_ layouts: [DerivationLayout], size: Double) -> Double {
        layouts.reduce(0) { $0 + $1.height } + Self.derivationGap * size * Double(max(layouts.count - 1, 0))
    }
}
