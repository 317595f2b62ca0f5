import LessonFormatting

/// What every figure needs besides the numbers: the page language's strings, the colours, how
/// numbers are written, and how text is measured.
public struct FigureContext: Sendable {
    /// The figure strings of the page language (keys in `FigureString`).
    public var strings: StringTable
    public var theme: Theme
    /// Significant digits, separator and minus sign of every number drawn.
    public var numbers: NumberFormat
    public var measurer: any TextMeasuring
    /// The neurons (numbered from 0, one list per layer, input layer first) that a figure eliding a
    /// large layer draws before any other: the example file's `show`.
    public var shownNeurons: [[Int]]

    /// A context for `strings.language`, with the example's `precision`, the numbers its file gave
    /// (`givenValues`, written as in the file) and the neurons it asks figures to show.
    public init(
        strings: StringTable, theme: Theme, precision: Int, measurer: any TextMeasuring, givenValues: [Double: String] = [:],
        shownNeurons: [[Int]] = []
    ) {
        self.strings = strings
        self.theme = theme
        self.numbers = NumberFormat(precision: precision, strings: strings).giving(givenValues)
        self.measurer = measurer
        self.shownNeurons = shownNeurons
    }

    public var language: Language { strings.language }

    /// The string for `key` with its placeholders filled.
    func text(_ key: FigureString, _ values: [String: String] = [:]) throws(StringTable.MissingKey) -> String {
        try strings.text(key.rawValue, values)
    }

    /// `value` as the figures write numbers.
    func number(_ value: Double) -> String { numbers.string(value) }

    /// The measured box of `text`.
    func measure(_ text: String, _ font: FontStyle) -> TextMetrics { measurer.measure(text, font: font) }
}
