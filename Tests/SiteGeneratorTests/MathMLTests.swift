import BackpropEngine
import LessonFormatting
import LessonMath
import SiteGenerator
import Testing

@Suite struct MathMLTests {
    @Test func matrixTimesVectorMatchesSnapshot() throws {
        let format = NumberFormat(precision: 2, language: .english)
        let weights = Matrix([[0.11, 0.21], [0.12, 0.08]])
        let input = [2.0, 3.0]
        let product = MathML.row([.matrix(weights, format), .columnVector(input, format), .equals, .columnVector(weights * input, format)])
        try expectSnapshot(product.blockMarkup + "\n", named: "matrix-times-vector.mathml")
    }

    @Test func bracketsWrapTheirOwnGroupSoTheyStretch() {
        let markup = MathML.columnVector([1, 2], NumberFormat(precision: 0, language: .english)).markup
        #expect(markup.hasPrefix("<mrow><mo>[</mo><mtable>"))
        #expect(markup.hasSuffix("</mtable><mo>]</mo></mrow>"))
    }

    /// `<math>`, `<mtd>` and a keyed `<mrow>` lay out their children as a row already: a row that is
    /// their whole content is written without its own `<mrow>` (fewer bytes, the same formula).
    @Test func aRowThatFillsARowLikeElementLosesItsOwnMrow() {
        let pair = MathML.row([.identifier("a"), .operator("+"), .identifier("b")])
        #expect(pair.inlineMarkup == "<math><mi>a</mi><mo>+</mo><mi>b</mi></math>")
        #expect(MathML.table([[pair, .row([])]]).markup == "<mtable><mtr><mtd><mi>a</mi><mo>+</mo><mi>b</mi></mtd><mtd></mtd></mtr></mtable>")
        #expect(MathML.keyed("edge-0-0-0", pair).markup == "<mrow data-q=\"edge-0-0-0\"><mi>a</mi><mo>+</mo><mi>b</mi></mrow>")
        #expect(MathML.row([pair, .identifier("c")]).markup == "<mrow><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mi>c</mi></mrow>",
                "a row inside a row keeps its group (brackets stretch to it)")
    }

    @Test func spanishUsesADecimalCommaAndARealMinus() {
        let markup = MathML.value(-0.809, NumberFormat(precision: 4, language: .spanish)).markup
        #expect(markup == "<mn>\u{2212}0,8090</mn>")
    }

    @Test func negativeFactorsAreParenthesized() {
        let format = NumberFormat(precision: 1, language: .english)
        #expect(MathML.factor(-0.3, format).markup == "<mrow><mo>(</mo><mn>\u{2212}0.3</mn><mo>)</mo></mrow>")
        #expect(MathML.factor(0.3, format).markup == "<mn>0.3</mn>")
    }

    /// The estimate ĝ is g with an accent over it: Asana Math has no precomposed ĝ.
    @Test func aHatIsAnAccentOverItsBase() {
        #expect(MathML.hat(.identifier("g")).markup == "<mover accent=\"true\"><mi>g</mi><mo>^</mo></mover>")
    }

    @Test func textIsEscaped() {
        #expect(MathML.text("a < b & \"c\"").markup == "<mtext>a &lt; b &amp; &quot;c&quot;</mtext>")
    }

    @Test func largeMatricesAreElided() {
        let big = Matrix(rows: 9, columns: 8, repeating: 1)
        let markup = MathML.matrix(big, NumberFormat(precision: 0, language: .english)).markup
        #expect(markup.components(separatedBy: "<mtr>").count - 1 == MathML.elisionLimit)
        #expect(markup.contains("⋮") && markup.contains("⋯") && markup.contains("⋱"))
    }
}
