extension TextRun {
    /// How far a backdrop reaches beyond the text's measured box, as fractions of the font size:
    /// wider at the sides, so that a line cut for a label stops clear of a leading minus sign.
    public static let backdropPadding = (horizontal: 0.35, vertical: 0.15)

    /// The rectangle a backdrop fills behind the text.
    public var backdropFrame: Rect {
        let dx = font.size * Self.backdropPadding.horizontal, dy = font.size * Self.backdropPadding.vertical
        return Rect(x: bounds.x - dx, y: bounds.y - dy, width: bounds.width + 2 * dx, height: bounds.height + 2 * dy)
    }
}
