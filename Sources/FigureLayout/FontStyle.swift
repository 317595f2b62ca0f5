/// The typeface of a text run; the renderer maps each to a font.
public enum FontFamily: String, Equatable, Hashable, Sendable {
    /// DejaVu Sans, the figures' face, which covers δ ⊙ ′ − ∂ ᵀ and the sub- and superscript digits.
    case sans
    /// Asana Math, the site's OpenType math face (Templates/fonts), for typeset equations: math
    /// italic letters are its Mathematical Alphanumeric Symbols (𝑎, 𝛿), not a slanted style.
    case math
}

/// The font of a text run.
public struct FontStyle: Equatable, Hashable, Sendable {
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var family: FontFamily

    public init(size: Double, bold: Bool = false, italic: Bool = false, family: FontFamily = .sans) {
        self.size = size
        self.bold = bold
        self.italic = italic
        self.family = family
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
    /// The advance width of `text` and the height and depth of its ink (what its glyphs cover),
    /// which typesetting needs to stack scripts and fractions tightly. By default the font's.
    func measureInk(_ text: String, font: FontStyle) -> TextMetrics
}

extension TextMeasuring {
    public func measureInk(_ text: String, font: FontStyle) -> TextMetrics { measure(text, font: font) }
}
