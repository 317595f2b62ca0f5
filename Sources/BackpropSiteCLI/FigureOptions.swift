import ArgumentParser
import Foundation
import ExampleFile
import FigureLayout
import CairoRendering
import LessonFormatting

/// The options every drawing command shares: the language of the figure's words and numbers, its
/// colours, and where the string tables are.
struct FigureOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "The language of the labels and numbers (es: decimal comma).")
    var language: Language = .spanish

    @Option(help: "The colours: dark for dark slides; transparent (light colours) or transparent-dark (dark colours) without a background, for slides with their own.")
    var theme: ThemeName = .light

    @Option(help: "The templates folder; its strings/<lang>.yaml holds the figures' words (default: ./Templates when it exists, else the built-in ones).")
    var templates: String?

    func validate() throws {
        _ = try TemplateSource(option: templates)
    }

    /// Makes the templates' math font (fonts/Asana-Math.otf, the built-in one by default) known to Cairo, for typeset equations.
    func registerMathFont() throws {
        try MathFont.register(at: TemplateSource(option: templates).mathFontFile())
    }

    /// The figure context of `example`: its precision, its given numbers and the neurons it names.
    func context(for example: Example, measurer: any TextMeasuring) throws -> FigureContext {
        FigureContext(
            strings: try Self.strings(templates: TemplateSource(option: templates), language: language), theme: theme.theme,
            precision: example.precision, measurer: measurer, givenValues: example.givenValues, shownNeurons: example.shownNeurons)
    }

    private static func strings(templates: TemplateSource, language: Language) throws -> StringTable {
        try StringTable.load(templates: templates.folder, language: language, read: templates.read)
    }
}
