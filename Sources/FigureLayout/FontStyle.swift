/// The font of a text run. The family is fixed by the renderer (DejaVu Sans, which covers
/// δ ⊙ ′ − ∂ ᵀ and the sub- and superscript digits).
public struct FontStyle: Equatable, Hashable, Sendable {
    public var size: Double
    public var bold: Bool
    public var italic: Bool

    public init(size: Double, bold: Bool = false, italic: Bool = false) {
        self.size = size
        self.bold = bold
        self.italic = italic
    }
}

/// The measured extent of a line of text, in figure units.
public struct TextMetrics: Equatable, Sendable {
    /// Horizontal advance of the whole run.
    public var width: Double
    /// Height above the baseline.
    public var ascent: Double
    /// Depth below the baseline (positive).
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }
}

/// Measures text for layout. Layout only knows this protocol; the renderer provides the font.
public protocol TextMeasuring: Sendable {
    func measure(_ text: String, font: FontStyle) -> TextMetrics
}
