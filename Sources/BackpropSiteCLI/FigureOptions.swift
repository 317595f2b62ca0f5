import ArgumentParser
import Foundation
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

    @Option(help: "The templates folder; its strings/<lang>.yaml holds the figures' words.")
    var templates = "Templates"

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(
                "--templates \(templates): no such folder; run backprop-site from the project folder or pass --templates PATH.")
        }
    }

    /// Makes the templates' math font (fonts/Asana-Math.otf) known to Cairo, for typeset equations.
    func registerMathFont() throws {
        try MathFont.register(at: "\(templates)/fonts/\(MathFont.fileName)")
    }

    /// The figure context of an example written with `precision` significant digits and its given numbers.
    func context(precision: Int, measurer: any TextMeasuring, givenValues: [Double: String] = [:]) throws -> FigureContext {
        FigureContext(
            strings: try StringTable.load(templates: templates, language: language), theme: theme.theme,
            precision: precision, measurer: measurer, givenValues: givenValues)
    }
}
