/// How an SVG writes its text.
public enum SVGText: String, CaseIterable, Sendable {
    /// DejaVu Sans glyph outlines: the figure looks the same everywhere, with no font installed,
    /// but its text cannot be selected, searched, read aloud or edited as text.
    case outlines
    /// Real `<text>` elements in DejaVu Sans: selectable, searchable, read by screen readers and
    /// editable in Inkscape; drawn as designed where DejaVu Sans is installed (most Linux systems,
    /// or after installing it), with a fallback sans-serif font elsewhere.
    case text
}
