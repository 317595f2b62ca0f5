/// How a line is drawn: colour, width and an optional dash pattern (on, off, on, off … lengths).
public struct Stroke: Equatable, Hashable, Sendable {
    public var color: Color
    public var width: Double
    /// Empty for a solid line.
    public var dash: [Double]

    public init(color: Color, width: Double, dash: [Double] = []) {
        self.color = color
        self.width = width
        self.dash = dash
    }

    /// How long the arrowhead that ends a path of this stroke is, from its tip to its base: thick
    /// arrows get larger heads.
    public var arrowheadLength: Double { 5 + 3.5 * width }
}
