import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting
import MathLayout

/// What the math tests share: the project's folders, the math font registered, a typesetter that
/// measures with Cairo, and the shipped examples.
enum MathFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let measurer: CairoTextMeasurer = {
        try! MathFont.register(at: root.appendingPathComponent("Templates/fonts/\(MathFont.fileName)").path)
        return try! CairoTextMeasurer()
    }()

    static var typesetter: MathTypesetter { MathTypesetter(measurer: measurer) }

    static let shippedExamples = ["paso-a-paso", "sigmoide-con-sesgos", "xor", "clasificador-softmax", "red-profunda"]

    static func example(_ name: String) throws -> Example {
        try Example.load(from: root.appendingPathComponent("Examples/\(name).yaml").path)
    }

    static func strings(_ language: Language) throws -> StringTable {
        try StringTable.load(templates: root.appendingPathComponent("Templates").path, language: language)
    }

    static func context(
        _ language: Language, precision: Int = 4, theme: Theme = .light, givenValues: [Double: String] = [:]
    ) throws -> FigureContext {
        FigureContext(strings: try strings(language), theme: theme, precision: precision, measurer: measurer, givenValues: givenValues)
    }

    /// Every glyph run of `box`, with its ink box, in box coordinates.
    static func glyphs(_ box: MathBox) -> [(text: String, origin: Point, size: Double, ink: Rect)] {
        box.pieces.compactMap { if case .glyphs(let text, let origin, let size, let ink) = $0 { (text, origin, size, ink) } else { nil } }
    }
}
