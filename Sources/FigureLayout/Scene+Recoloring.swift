extension Scene {
    /// This scene, laid out in `theme`, in the colours of `other`: each of `theme`'s colours (its
    /// background and every role's) becomes the same role's colour in `other`. Layouts depend on a
    /// theme only through its colours, so this is the scene laid out in `other`, without laying it
    /// out again. nil when the scene has a colour that is none of `theme`'s, or when two roles share
    /// a colour in `theme` that `other` tells apart.
    public func recolored(from theme: Theme, to other: Theme) -> Scene? {
        var colors: [Color: Color] = [:]
        for (from, to) in Theme.Role.allCases.map({ (theme.color($0), other.color($0)) }) + [(theme.background, other.background)] {
            guard let from else { continue }
            guard let to, colors[from, default: to] == to else { return nil }
            colors[from] = to
        }
        var unknown = false
        func mapped(_ color: Color) -> Color {
            guard let mapped = colors[color] else {
                unknown = true
                return color
            }
            return mapped
        }
        func mapped(_ stroke: Stroke) -> Stroke {
            var stroke = stroke
            stroke.color = mapped(stroke.color)
            return stroke
        }
        var scene = self
        scene.background = background.map(mapped)
        scene.items = items.map { item in
            switch item {
            case .circle(var circle):
                (circle.fill, circle.stroke) = (circle.fill.map(mapped), circle.stroke.map(mapped))
                return .circle(circle)
            case .box(var box):
                (box.fill, box.stroke) = (box.fill.map(mapped), box.stroke.map(mapped))
                return .box(box)
            case .path(var path):
                path.stroke = mapped(path.stroke)
                return .path(path)
            case .text(var run):
                (run.color, run.backdrop) = (mapped(run.color), run.backdrop.map(mapped))
                return .text(run)
            }
        }
        return unknown ? nil : scene
    }
}
