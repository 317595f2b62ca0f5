import FigureLayout
import LessonMath
import Testing
@testable import MathLayout

/// How derivations taller than a slide continue on the next: never from the middle of a broken sum
/// when the sum fits a slide, never with a sum's last line alone, never a symbolic line alone.
@Suite struct EquationStackTests {
    let style = MathStyle(size: 28, minimumSize: 18)

    /// ∂C/∂b = Σ δ: the symbolic line, the numbers as a sum broken over `terms / 3` lines, the result.
    func derivation(terms: Int) -> DerivationLayout {
        let sum = (1...terms).flatMap { [MathML.plus, .number("0,\($0)234")] }.dropFirst()
        let equation = Equation(
            .cost, symbolic: [.row([.operator("∑"), .identifier("δ")])], numbers: [.row(Array(sum))], result: .number("1,234"))
        return DerivationLayout(equation, style: style, maxWidth: 420, typesetter: MathFixture.typesetter)
    }

    @Test(arguments: [6, 12, 24, 40])
    func pagesBreakBetweenStatements(terms: Int) {
        let layout = derivation(terms: terms)
        let statements = layout.statements
        #expect(statements.count == 3 && statements[1].count > 1, "the sum is broken")
        // Which statement each row belongs to, and its place in it.
        let place = statements.enumerated().flatMap { number, rows in rows.indices.map { (number, $0) } }
        let stack = EquationStack(equations: [], accent: .forward)
        let tallest = statements.map { layout.height(of: $0) }.max()!
        for height in stride(from: tallest * 0.4, through: layout.height * 1.1, by: tallest * 0.1) {
            let pages = stack.paginate([layout], size: style.size, height: height)
            #expect(pages.flatMap { $0 }.map(\.row) == layout.rows, "every row once, in order")
            var index = 0
            for (number, page) in pages.enumerated() {
                defer { index += page.count }
                let (statement, line) = place[index]
                let fitsAPage = layout.height(of: statements[statement]) <= height
                if number > 0, line > 0 {
                    #expect(!fitsAPage, "page \(number + 1) at height \(height) starts inside a statement that fits a page")
                    let lastTwo = layout.height(of: statements[statement].suffix(2)) <= height
                    #expect(line < statements[statement].count - 1 || !lastTwo, "page \(number + 1) starts with the last line of a sum alone")
                }
                let onlyTheFirst = page.count == statements[0].count && place[index].0 == 0 && pages.count > 1
                #expect(!(onlyTheFirst && layout.height(of: statements[0...1].joined()) <= height),
                        "the symbolic line alone on page \(number + 1) at height \(height)")
            }
        }
    }
}
