/// A figure as plain geometry: a canvas size, a background and the items drawn in order.
/// Renderers draw scenes; layout code produces them; tests inspect them.
public struct Scene: Equatable, Sendable {
    public var width: Double
    public var height: Double
    /// `nil` for a transparent background.
    public var background: Color?
    public var items: [SceneItem]
    /// A short description of the figure in the page language, used as alt text and as the
    /// accessible title of SVG output.
    public var title: String

    public init(width: Double, height: Double, background: Color?, items: [SceneItem] = [], title: String = "") {
        self.width = width
        self.height = height
        self.background = background
        self.items = items
        self.title = title
    }

    /// The canvas as a rectangle.
    public var canvas: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Every text run of the scene.
    public var textRuns: [TextRun] {
        items.compactMap { if case .text(let run) = $0 { run } else { nil } }
    }
}
