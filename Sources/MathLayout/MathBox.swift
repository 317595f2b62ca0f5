import FigureLayout

/// A typeset piece of a formula, TeX's box: an advance `width`, a `height` above the baseline and a
/// `depth` below it, and what it draws, in coordinates whose origin is the left end of its baseline
/// (y grows downwards, as in scenes).
public struct MathBox: Equatable, Sendable {
    /// One drawn part of a box.
    public enum Piece: Equatable, Sendable {
        /// Text of the math font at `size`, the left end of its baseline at `origin`; `ink` is its box.
        case glyphs(String, origin: Point, size: Double, ink: Rect)
        /// A filled rectangle: a fraction bar.
        case rule(Rect)
        /// A stroked line: a stretched bracket, parenthesis or brace.
        case stroke(start: Point, segments: [Path.Segment], width: Double)
    }

    public var width: Double
    public var height: Double
    public var depth: Double
    public var pieces: [Piece]

    public init(width: Double = 0, height: Double = 0, depth: Double = 0, pieces: [Piece] = []) {
        self.width = width
        self.height = height
        self.depth = depth
        self.pieces = pieces
    }

    /// An empty box `width` wide: a space.
    static func kern(_ width: Double) -> MathBox { MathBox(width: width) }

    /// The box's pieces moved by (`dx`, `dy`).
    func shiftedPieces(dx: Double, dy: Double) -> [Piece] {
        pieces.map { piece in
            switch piece {
            case .glyphs(let text, let origin, let size, let ink):
                .glyphs(text, origin: Point(x: origin.x + dx, y: origin.y + dy), size: size,
                        ink: Rect(x: ink.x + dx, y: ink.y + dy, width: ink.width, height: ink.height))
            case .rule(let rect): .rule(Rect(x: rect.x + dx, y: rect.y + dy, width: rect.width, height: rect.height))
            case .stroke(let start, let segments, let width):
                .stroke(start: Point(x: start.x + dx, y: start.y + dy), segments: segments.map { segment in
                    switch segment {
                    case .line(let to): .line(to: Point(x: to.x + dx, y: to.y + dy))
                    case .curve(let c1, let c2, let to):
                        .curve(control1: Point(x: c1.x + dx, y: c1.y + dy), control2: Point(x: c2.x + dx, y: c2.y + dy),
                               to: Point(x: to.x + dx, y: to.y + dy))
                    }
                }, width: width)
            }
        }
    }

    /// Appends `other` at horizontal position `x`, its baseline moved down by `shift` (up when negative),
    /// growing height and depth to hold it; the width is left to the caller.
    mutating func place(_ other: MathBox, x: Double, shift: Double = 0) {
        pieces += other.shiftedPieces(dx: x, dy: shift)
        height = max(height, other.height - shift)
        depth = max(depth, other.depth + shift)
    }

    /// The boxes side by side on one baseline.
    static func horizontal(_ boxes: [MathBox]) -> MathBox {
        var row = MathBox()
        for box in boxes {
            row.place(box, x: row.width)
            row.width += box.width
        }
        return row
    }

    /// The scene items that draw the box with the left end of its baseline at `origin`, in `color`.
    public func sceneItems(at origin: Point, color: Color) -> [SceneItem] {
        shiftedPieces(dx: origin.x, dy: origin.y).map { piece in
            switch piece {
            case .glyphs(let text, let origin, let size, let ink):
                .text(TextRun(text: text, origin: origin, font: FontStyle(size: size, family: .math), color: color, bounds: ink))
            case .rule(let rect): .box(Box(frame: rect, fill: color, stroke: nil))
            case .stroke(let start, let segments, let width):
                .path(Path(start: start, segments: segments, stroke: Stroke(color: color, width: width)))
            }
        }
    }
}
