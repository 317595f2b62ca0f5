import FigureLayout
import LessonMath
import Testing
@testable import MathLayout

/// Derivations: relation signs in one column, long lines broken before an operator, never smaller type.
@Suite struct DerivationLayoutTests {
    let typesetter = MathFixture.typesetter
    let style = MathStyle(size: 28, minimumSize: 18)

    /// The x of each row's relation sign (= or ←), for rows that have one.
    func relationXs(_ layout: DerivationLayout) -> [Double] {
        layout.rows.compactMap { row in
            MathFixture.glyphs(row.box).first { $0.text == "=" || $0.text == "←" }?.origin.x
        }
    }

    @Test func everyLineAlignsOnItsRelationSign() {
        let equation = Equation(
            .quantity("z", .number("2")), symbolic: [.row([.quantity("W", .number("2")), .identifier("x")])],
            numbers: [.row([.number("0,5"), .dot, .number("2")])], result: .number("1,0000"))
        let layout = DerivationLayout(equation, style: style, maxWidth: 1000, typesetter: typesetter)
        #expect(layout.rows.map(\.stage) == [.symbolic, .numbers, .result])
        let xs = relationXs(layout)
        #expect(xs.count == 3 && Set(xs.map { ($0 * 100).rounded() }).count == 1)
    }

    @Test func aLongSumBreaksBeforeAPlusAndContinuesIndented() {
        let terms = (1...12).flatMap { [MathML.plus, .number("0,\($0)234")] }.dropFirst()
        let equation = Equation(.cost, symbolic: [.row(Array(terms))])
        let layout = DerivationLayout(equation, style: style, maxWidth: 500, typesetter: typesetter)
        #expect(layout.rows.count > 1)
        #expect(layout.rows.allSatisfy { $0.box.width <= 500 })
        for row in layout.rows.dropFirst() {
            #expect(row.isContinuation)
            let glyphs = MathFixture.glyphs(row.box).sorted { $0.origin.x < $1.origin.x }
            #expect(glyphs.first?.text == "+")
            // Spaced as a binary operator: a medium space before the next number.
            #expect(glyphs[1].origin.x - glyphs[0].ink.maxX > 3 * style.mu)
            #expect(glyphs.allSatisfy { $0.size == 28 })
        }
        // Every number is still there, in order.
        let numbers = layout.rows.flatMap { MathFixture.glyphs($0.box).map(\.text) }.filter { $0 != "+" && $0 != "=" && $0 != "𝐶" }
        #expect(numbers == (1...12).map { "0,\($0)234" })
    }

    @Test func aBreakInsideBracketsKeepsTheBracketsTheirFullHeight() {
        let vector = MathML.columnVector([0.5, -0.25, 0.125], .init(precision: 4, decimalSeparator: "."))
        let terms = (0..<6).flatMap { _ in [MathML.plus, vector] }.dropFirst()
        let equation = Equation(.cost, symbolic: [.row([.reciprocal(.number("6")), .parenthesized(.row(Array(terms)))])])
        let layout = DerivationLayout(equation, style: style, maxWidth: 560, typesetter: typesetter)
        #expect(layout.rows.count > 1)
        #expect(layout.rows.allSatisfy { $0.box.width <= 560 })
    }
}
