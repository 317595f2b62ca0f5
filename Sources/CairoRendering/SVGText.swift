/// How an SVG writes its text.
public enum SVGText: String, CaseIterable, Sendable {
    /// DejaVu Sans glyph outlines: the figure looks the same everywhere, with no font installed,
    /// but its text cannot be selected, searched, read aloud or edited as text.
    case outlines
    /// Real `<text>` elements in DejaVu Sans: selectable, searchable, read by screen readers and
    /// editable in Inkscape. The glyphs they use are embedded as a WOFF subset per style, so
    /// browsers draw them as designed, at the places the outlines would take, and a figure is about
    /// half the size of its outlines; a program that ignores embedded fonts (Inkscape, librsvg) uses
    /// an installed DejaVu Sans, or another sans-serif face. The site's figures are written so.
    case text
}
