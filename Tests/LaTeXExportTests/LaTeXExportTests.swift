import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting
import LessonMath
import Testing
@testable import LaTeXExport

/// The LaTeX export writes the same formula trees as the pages, in amsmath.
@Suite struct LaTeXExportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func matricesAreBmatricesWithTheLessonsSeparator() {
        // Two significant digits, as the lesson writes computed values.
        let comma = NumberFormat(precision: 2, decimalSeparator: ",")
        let matrix = MathML.matrix(Matrix([[0.5, -1.25], [2, 0]]), comma)
        #expect(matrix.latex == #"\begin{bmatrix} 0{,}50 & -1{,}3 \\ 2{,}0 & 0 \end{bmatrix}"#)
    }

    @Test func theFourEquationsInSymbols() {
        #expect(Equation.bp1.latexAlign == "\\begin{align*}\n  \\delta^{(L)} &= \\nabla_{a} C \\odot  f^{\\prime } \\left( z^{(L)} \\right)\n\\end{align*}")
        #expect(Equation.bp4.lines[0].expression.latex == #"\delta^{(l)} {\left(a^{(l - 1)}\right)}^{\mathrm{T}}"#)
        #expect(MathML.partial(by: .quantity("W", .l)).latex == #"\frac{\partial  C}{\partial  W^{(l)}}"#)
    }

    @Test func piecewiseDefinitionsAreCases() throws {
        let relu = try #require(MathML.activationDerivativeDefinition(
            .relu, z: .quantity("z", .l), a: .quantity("a", .l), NumberFormat(precision: 2, decimalSeparator: ".")))
        #expect(relu.latex == #"\begin{cases} 1 & z^{(l)} > 0 \\ 0 & z^{(l)} \leq  0 \end{cases}"#)
    }

    @Test func everyEquationHasAPredictableName() throws {
        let example = try Example.load(from: Self.root.appendingPathComponent("Examples/paso-a-paso.yaml").path)
        let latex = LessonLaTeX(walkthrough: try example.walkthrough(), format: NumberFormat(precision: 4, language: .english), title: "t")
        let names = latex.entries.map(\.name)
        #expect(names.contains("bp1-layer3") && names.contains("bp2-layer2") && names.contains("bp4-layer3"))
        #expect(names.contains("forward-layer2-z") && names.contains("update-weights-layer2") && names.contains("after-cost"))
        #expect(Set(names).count == names.count)
        #expect(latex.document.contains(#"\expandafter\def\csname bpeq@bp1-layer3\endcsname{%"#))
    }
}

/// Long lines are broken for a Beamer frame, brackets balanced on every line.
@Suite struct LaTeXLineTests {
    @Test func aLongBracketedSumIsBrokenBeforeItsPlusSigns() {
        let format = NumberFormat(precision: 4, language: .english)
        let terms = [[0.0150, 0.0055], [1.0, 0.36], [-0.57, 0.25], [0.125, -2.5]].map {
            MathML.matrix(Matrix([$0, $0.map { -$0 }]), format)
        }
        let sum = MathML.parenthesized(.row(terms.flatMap { [$0, .plus] }.dropLast()))
        let pieces = LaTeXLine(.row([.fraction(.number("1"), .number("4")), sum])).broken(width: 24)
        #expect(pieces.count > 1)
        for (index, piece) in pieces.enumerated() {
            let opens = piece.components(separatedBy: #"\left"#).count - 1
            let closes = piece.components(separatedBy: #"\right"#).count - 1
            #expect(opens == closes, "\(piece)")
            if index > 0 { #expect(piece.hasPrefix(#"\left. {} +"#)) }
        }
        // Nothing lost: the pieces hold the same numbers as the unbroken line.
        let joined = pieces.joined(separator: " ")
        for number in ["0.01500", "0.005500", "-0.5700", "0.1250", "-2.500"] { #expect(joined.contains(number)) }
    }

    @Test func aBatchGradientIsWrittenOneExamplePerLine() throws {
        let example = try Example.load(from: LaTeXExportTests.root.appendingPathComponent("Examples/xor.yaml").path)
        let latex = LessonLaTeX(walkthrough: try example.walkthrough(), format: NumberFormat(precision: 4, language: .english), title: "t")
        let gradient = try #require(latex.entries.first { $0.name == "bp4-layer2" }).equation
        let continued = gradient.lines.filter(\.continues)
        // Examples 2 to 4 of the batch and the λ term.
        #expect(continued.count == 4)
        let align = gradient.latexAlign
        // Each example after the first on a line of its own, a quad in, with no relation sign.
        #expect(align.components(separatedBy: #"&\quad + "#).count - 1 == continued.count)
        #expect(!align.contains("&= +"))
        for line in continued { #expect(align.contains(line.expression.latex)) }
    }
}
