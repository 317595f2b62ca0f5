import FigureLayout

/// The filled triangle that ends an arrow: its tip at the end of the path, pointing along the
/// tangent of the last segment, sized from the stroke width so thick arrows get larger heads.
struct Arrowhead: Equatable {
    var tip: Point
    var left: Point
    var right: Point

    /// Half the base width, as a fraction of the length.
    static let halfWidthRatio = 0.42
    /// How far back from the tip the stroked line stops, as a fraction of the length, so its round
    /// cap stays hidden inside the head instead of blunting the tip.
    static let lineStopRatio = 0.75

    /// The head for `path`, or `nil` when the path ends without a direction (all points equal).
    init?(for path: Path) {
        guard let last = path.segments.last,
            let direction = path.endTangent.normalized
        else { return nil }
        let length = path.stroke.arrowheadLength
        let halfWidth = length * Self.halfWidthRatio
        let tip = last.end
        let base = Point(x: tip.x - direction.x * length, y: tip.y - direction.y * length)
        self.tip = tip
        self.left = Point(x: base.x + direction.y * halfWidth, y: base.y - direction.x * halfWidth)
        self.right = Point(x: base.x - direction.y * halfWidth, y: base.y + direction.x * halfWidth)
    }
}
