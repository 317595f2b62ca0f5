import FigureLayout
import LessonMath
import Testing
@testable import MathLayout

/// The typesetting rules, checked on the geometry of the boxes (Asana Math measured by Cairo).
@Suite struct MathTypesetterTests {
    let typesetter = MathFixture.typesetter
    let style = MathStyle(size: 30, minimumSize: 18)

    @Test func theFontIsAsanaMathWithItalicVariables() {
        // A registered font draws 𝑊 (U+1D44A); DejaVu Sans would leave it an empty box.
        #expect(MathFixture.measurer.missingCharacters(in: "𝑊𝑎𝛿𝜎ℎ∑⊙−", font: FontStyle(size: 30, family: .math)) == [])
        let box = typesetter.box(.quantity("W", .l), style)
        // The layer in parentheses above, as the lesson's notation writes it.
        #expect(MathFixture.glyphs(box).map(\.text) == ["𝑊", "(", "𝑙", ")"])
    }

    @Test func aFractionBarSitsOnTheMathAxisBetweenNumeratorAndDenominator() throws {
        let box = typesetter.box(.partial(by: .quantity("W", .number("3"))), style)
        let bar = try #require(box.pieces.compactMap { if case .rule(let r) = $0 { r } else { nil } }.first)
        let axis = typesetter.axis(style)
        #expect(abs(bar.center.y + axis) < 0.01)
        let glyphs = MathFixture.glyphs(box)
        let numerator = glyphs.filter { $0.origin.y < bar.minY }, denominator = glyphs.filter { $0.origin.y > bar.maxY }
        #expect(numerator.map(\.text).joined() == "∂𝐶")
        #expect(denominator.map(\.text).joined() == "∂𝑊(3)")
        // Ink clears the bar (3 rule thicknesses in display style).
        #expect(numerator.allSatisfy { $0.ink.maxY <= bar.minY - 2 * bar.height })
        #expect(denominator.filter { !["(", "3", ")"].contains($0.text) }.allSatisfy { $0.ink.minY >= bar.maxY + 2 * bar.height })
    }

    @Test func scriptsAreSmallerAndRaisedOrLoweredButNotBelowTheMinimum() {
        let box = typesetter.box(.subSuperscript(.identifier("δ"), .x, .l), style)
        let glyphs = MathFixture.glyphs(box)
        #expect(glyphs.map(\.text) == ["𝛿", "𝑙", "𝑥"])
        #expect(glyphs[1].size == 21 && glyphs[2].size == 21)
        #expect(glyphs[1].origin.y < -8 && glyphs[2].origin.y > 3)
        // The superscript's ink stays above the subscript's.
        #expect(glyphs[1].ink.maxY < glyphs[2].ink.minY)
        let nested = typesetter.box(.superscript(.identifier("a"), .superscript(.identifier("b"), .identifier("c"))), style)
        #expect(MathFixture.glyphs(nested).map(\.size) == [30, 21, 18])
    }

    @Test func binaryOperatorsGetMediumSpaceAndALeadingMinusNone() {
        let sum = typesetter.box(.row([.identifier("a"), .plus, .identifier("b")]), style)
        let glyphs = MathFixture.glyphs(sum)
        let a = MathFixture.measurer.measureInk("𝑎", font: FontStyle(size: 30, family: .math))
        #expect(abs(glyphs[1].origin.x - (a.width + 4 * style.mu)) < 0.01)
        let negative = typesetter.box(.row([.minus, .identifier("a")]), style)
        #expect(MathFixture.glyphs(negative)[1].origin.x == MathFixture.measurer.measureInk("−", font: FontStyle(size: 30, family: .math)).width)
        let relation = typesetter.box(.row([.identifier("a"), .equals, .identifier("b")]), style)
        #expect(abs(MathFixture.glyphs(relation)[1].origin.x - (a.width + 5 * style.mu)) < 0.01)
    }

    @Test func bracketsStretchOverAMatrixAndCentreItOnTheAxis() throws {
        let matrix = MathML.fenced(.table([[.number("1"), .number("2")], [.number("3"), .number("4")], [.number("5"), .number("6")]]),
                                   open: "[", close: "]")
        let box = typesetter.box(matrix, style)
        let strokes = box.pieces.compactMap { piece -> [Point]? in
            guard case .stroke(let start, let segments, _) = piece else { return nil }
            return [start] + segments.map(\.end)
        }
        #expect(strokes.count == 2)
        let cells = MathFixture.glyphs(box)
        let top = cells.map(\.ink.minY).min()!, bottom = cells.map(\.ink.maxY).max()!
        for points in strokes {
            #expect(points.map(\.y).min()! < top && points.map(\.y).max()! > bottom)
        }
        let middle = (strokes[0].map(\.y).min()! + strokes[0].map(\.y).max()!) / 2
        #expect(abs(middle + typesetter.axis(style)) < 0.5)
        // Columns: 1, 3, 5 share a centre; rows are evenly spaced.
        let firstColumn = cells.filter { ["1", "3", "5"].contains($0.text) }
        #expect(Set(firstColumn.map { ($0.ink.center.x * 10).rounded() }).count == 1)
        let baselines = firstColumn.map(\.origin.y)
        #expect(abs((baselines[1] - baselines[0]) - (baselines[2] - baselines[1])) < 0.01)
        // Parentheses around one line of text stay the font's glyphs.
        let plain = typesetter.box(.apply(.sigma, .quantity("z", .number("2"))), style)
        #expect(MathFixture.glyphs(plain).map(\.text) == ["𝜎", "(", "𝑧", "(", "2", ")", ")"])
    }

    @Test func aDisplayedSumHasItsIndexBelow() {
        let box = typesetter.box(.row([.sum(over: .x), .subscript(.cost, .x)]), style)
        let glyphs = MathFixture.glyphs(box)
        #expect(glyphs.map(\.text) == ["∑", "𝑥", "𝐶", "𝑥"])
        #expect(glyphs[0].size > 30)
        #expect(glyphs[1].ink.minY > glyphs[0].ink.maxY)
        #expect(abs(glyphs[1].ink.center.x - glyphs[0].ink.center.x) < 2)
        // Inline (in a fraction's numerator) it stays a subscript.
        var inline = style
        inline.display = false
        let small = MathFixture.glyphs(typesetter.box(.sum(over: .x), inline))
        #expect(small[0].size == 30 && small[1].origin.x > small[0].ink.maxX - 1)
    }

    @Test func casesAreLeftAlignedAfterADrawnBrace() throws {
        let relu = try #require(MathML.activationDerivativeDefinition(
            .relu, z: .quantity("z", .l), a: .quantity("a", .l), .init(precision: 2, decimalSeparator: ",")))
        let box = typesetter.box(relu, style)
        let glyphs = MathFixture.glyphs(box)
        let rows = Dictionary(grouping: glyphs.filter { $0.size == 30 }, by: { ($0.origin.y * 10).rounded() })
        #expect(rows.count == 2)
        let starts = rows.values.map { $0.map(\.origin.x).min()! }
        #expect(abs(starts[0] - starts[1]) < 0.01)
        #expect(box.pieces.contains { if case .stroke = $0 { true } else { false } })
    }
}
