extension TextRun {
    /// How far the space kept clear around a label on a line reaches beyond the text's measured
    /// box, as fractions of the font size: wider at the sides, so that a line stops clear of a
    /// leading minus sign.
    public static let backdropPadding = (horizontal: 0.35, vertical: 0.15)
    /// The width of the halo drawn around a label's glyphs in its backdrop colour, as a fraction
    /// of the font size: it cuts the lines under the label without an opaque box, so the label
    /// blends with whatever the slide's background is.
    public static let haloWidth = 0.5

    /// The rectangle kept clear of foreign lines around a label that has a backdrop.
    public var backdropFrame: Rect {
        let dx = font.size * Self.backdropPadding.horizontal, dy = font.size * Self.backdropPadding.vertical
        return Rect(x: bounds.x - dx, y: bounds.y - dy, width: bounds.width + 2 * dx, height: bounds.height + 2 * dy)
    }
}
