import ArgumentParser
import BuiltInTemplates
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

    /// Checks the templates folder, and starts reading its string table for the figure's words (see
    /// `context(for:measurer:)`) unless it is the built-in one, which was parsed when the program was.
    func validate() throws {
        let source = try TemplateSource(option: templates)
        guard !source.isBuiltIn else { return }
        let language = language
        Self.pending.withLock { $0[Self.key(source, language)] = BackgroundLoad { try Self.strings(templates: source, language: language) } }
    }

    /// Makes the templates' math font (fonts/Asana-Math.otf, the built-in one by default) known to Cairo, for typeset equations.
    func registerMathFont() throws {
        let source = try TemplateSource(option: templates)
        try MathFont.register(reading: source.mathFontFile, with: source.read)
    }

    /// The figure context of `example`: its precision, its given numbers and the neurons it names.
    func context(for example: Example, measurer: any TextMeasuring) throws -> FigureContext {
        let source = try TemplateSource(option: templates)
        let started = Self.pending.withLock { $0.removeValue(forKey: Self.key(source, language)) }
        return FigureContext(
            strings: try started?.value() ?? Self.strings(templates: source, language: language), theme: theme.theme,
            precision: example.precision, measurer: measurer, givenValues: example.givenValues, shownNeurons: example.shownNeurons)
    }

    /// String tables being read since `validate()`, by folder and language: a 600-line YAML file
    /// takes 1–2 ms, which the other core spends while this one reads the example.
    private static let pending = LockedTables()

    private final class LockedTables: @unchecked Sendable {
        // An NSLock as in `CairoTextMeasurer` (ThreadSanitizer and Mutex on Linux).
        private let lock = NSLock()
        private var tables: [String: BackgroundLoad<StringTable>] = [:]

        func withLock<Result>(_ body: (inout [String: BackgroundLoad<StringTable>]) -> Result) -> Result {
            lock.withLock { body(&tables) }
        }
    }

    private static func key(_ source: TemplateSource, _ language: Language) -> String {
        "\(source.isBuiltIn ? "built-in" : source.folder)\n\(language.code)"
    }

    /// The table of `language` in `templates`; an unchanged copy of the built-in one is not parsed
    /// again (`BuiltInTemplates.parsedStringTable`).
    private static func strings(templates: TemplateSource, language: Language) throws -> StringTable {
        try StringTable.load(templates: templates.folder, language: language, read: templates.read) {
            BuiltInTemplates.parsedStringTable("strings/\(language.code).yaml", ifSameAs: $0)
        }
    }
}
