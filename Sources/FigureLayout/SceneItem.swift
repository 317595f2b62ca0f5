/// A circle, e.g. a neuron.
public struct Circle: Equatable, Sendable {
    public var center: Point
    public var radius: Double
    public var fill: Color?
    public var stroke: Stroke?
    /// An identifier that labels can name as their owner, e.g. "neuron-1-0"; its labels sit inside it.
    public var id: String?

    public init(center: Point, radius: Double, fill: Color?, stroke: Stroke?, id: String? = nil) {
        self.center = center
        self.radius = radius
        self.fill = fill
        self.stroke = stroke
        self.id = id
    }

    public var bounds: Rect { Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius) }
}

/// A rectangle with optionally rounded corners, e.g. an operation node of the computational graph.
public struct Box: Equatable, Sendable {
    public var frame: Rect
    public var cornerRadius: Double
    public var fill: Color?
    public var stroke: Stroke?
    /// An identifier that labels can name as their owner, e.g. "node-3"; its labels sit inside it.
    public var id: String?

    public init(frame: Rect, cornerRadius: Double = 0, fill: Color?, stroke: Stroke?, id: String? = nil) {
        self.frame = frame
        self.cornerRadius = cornerRadius
        self.fill = fill
        self.stroke = stroke
        self.id = id
    }
}

/// A stroked open path of straight and cubic Bézier segments, with optional arrowheads.
public struct Path: Equatable, Sendable {
    public enum Segment: Equatable, Sendable {
        case line(to: Point)
        case curve(control1: Point, control2: Point, to: Point)

        public var end: Point {
            switch self {
            case .line(let to): to
            case .curve(_, _, let to): to
            }
        }
    }

    /// An identifier that labels can name as their owner, e.g. "edge-2-1-0".
    public var id: String?
    public var start: Point
    public var segments: [Segment]
    public var stroke: Stroke
    /// Whether a filled arrowhead ends the path (pointing along its last segment).
    public var arrowAtEnd: Bool

    public init(id: String? = nil, start: Point, segments: [Segment], stroke: Stroke, arrowAtEnd: Bool = false) {
        self.id = id
        self.start = start
        self.segments = segments
        self.stroke = stroke
        self.arrowAtEnd = arrowAtEnd
    }

    /// The path's points (start, control points and ends): their hull contains the path.
    public var points: [Point] {
        [start] + segments.flatMap { segment -> [Point] in
            switch segment {
            case .line(let to): [to]
            case .curve(let c1, let c2, let to): [c1, c2, to]
            }
        }
    }
}

/// A line of text placed by its baseline's left end, with its measured box.
public struct TextRun: Equatable, Sendable {
    public var text: String
    /// The left end of the baseline.
    public var origin: Point
    public var font: FontStyle
    public var color: Color
    /// The measured box (from the ascent to the descent, over the advance width).
    public var bounds: Rect
    /// The id of the path or shape this label belongs to, if any; it may sit on that path.
    public var owner: String?
    /// An optional filled backdrop behind the text, to keep it readable over lines.
    public var backdrop: Color?

    public init(text: String, origin: Point, font: FontStyle, color: Color, bounds: Rect, owner: String? = nil, backdrop: Color? = nil) {
        self.text = text
        self.origin = origin
        self.font = font
        self.color = color
        self.bounds = bounds
        self.owner = owner
        self.backdrop = backdrop
    }
}

/// One drawable element of a scene, drawn in order.
public enum SceneItem: Equatable, Sendable {
    case circle(Circle)
    case box(Box)
    case path(Path)
    case text(TextRun)
}
