import CairoRendering
import FigureLayout
import Testing

@Suite struct CairoTextMeasurerTests {
    let measurer: CairoTextMeasurer

    init() throws { measurer = try CairoTextMeasurer() }

    @Test func longerTextIsWider() {
        let font = FontStyle(size: 16)
        #expect(measurer.measure("δ⁽²⁾ ⊙ σ′(z⁽²⁾)", font: font).width > measurer.measure("δ⁽²⁾", font: font).width)
        #expect(measurer.measure("", font: font).width == 0)
    }

    @Test(arguments: ["W ← W − η ∂C/∂W", "Backpropagation", "w₁₂"])
    func boldIsAtLeastAsWideAsRegular(text: String) {
        let regular = measurer.measure(text, font: FontStyle(size: 14))
        let bold = measurer.measure(text, font: FontStyle(size: 14, bold: true))
        #expect(bold.width >= regular.width)
    }

    @Test(arguments: [8.0, 13.0, 24.0, 72.0])
    func metricsScaleLinearlyWithSize(size: Double) {
        let text = "C = (1/m) Σ Cₓ + (λ/2m) Σ W²"
        let base = measurer.measure(text, font: FontStyle(size: 10))
        let scaled = measurer.measure(text, font: FontStyle(size: size))
        let factor = size / 10
        #expect(abs(scaled.width - base.width * factor) < 1e-6 * scaled.width)
        #expect(abs(scaled.ascent - base.ascent * factor) < 1e-6 * scaled.ascent)
        #expect(abs(scaled.descent - base.descent * factor) < 1e-6 * scaled.descent)
    }

    @Test func ascentAndDescentAreThoseOfTheFont() {
        let metrics = measurer.measure("x", font: FontStyle(size: 100))
        // DejaVu Sans: ascender 1901 and descender 483 per 2048 units of em.
        #expect(abs(metrics.ascent - 100 * 1901 / 2048) < 0.5)
        #expect(abs(metrics.descent - 100 * 483 / 2048) < 0.5)
        #expect(measurer.measure("g", font: FontStyle(size: 100)).ascent == metrics.ascent)
    }

    @Test func measuresTheSameFromManyThreads() async throws {
        let font = FontStyle(size: 15, italic: true)
        let texts = (0..<64).map { "∂C/∂w\($0)" }
        let sequential = try CairoTextMeasurer()
        let expected = texts.map { sequential.measure($0, font: font) }
        let measured = await withTaskGroup(of: (Int, TextMetrics).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { [measurer] in (index, measurer.measure(text, font: font)) }
            }
            var results = [TextMetrics?](repeating: nil, count: texts.count)
            for await (index, metrics) in group { results[index] = metrics }
            return results
        }
        #expect(measured == expected)
    }

    /// Every symbol the lessons write, in every style the figures use.
    static let lessonSymbols = "δ ⊙ ′ − ∂ ᵀ ⁽²⁾ ₁₂ → ← η λ Σ ⋮ σ ∇ₐ ᴸ ˡ ⁺¹ ₓ ² · ŷ ≈ × ∑"

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func everyLessonSymbolHasAGlyph(bold: Bool, italic: Bool) {
        #expect(measurer.missingCharacters(in: Self.lessonSymbols, font: FontStyle(size: 12, bold: bold, italic: italic)) == [])
    }

    @Test func reportsCharactersTheFontCannotDraw() {
        #expect(measurer.missingCharacters(in: "a漢b漢🙂", font: FontStyle(size: 12)) == ["漢", "🙂"])
    }
}

extension CairoTextMeasurerTests {
    /// The site draws figures on every core: measurers on several threads, each asking for the
    /// faces at once, all get DejaVu Sans.
    @Test func measuringOnSeveralThreadsAtOnce() async throws {
        let ascents = try await withThrowingTaskGroup(of: Double.self) { group in
            for _ in 0..<4 {
                group.addTask { try CairoTextMeasurer().measure("x", font: FontStyle(size: 100)).ascent }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(ascents.count == 4 && ascents.allSatisfy { abs($0 - 100 * 1901 / 2048) < 0.5 })
    }
}
