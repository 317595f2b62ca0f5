extension Scene {
    /// The scene with every coordinate multiplied by `scale` and then moved by (`dx`, `dy`); type
    /// sizes, radii, line widths and dashes scale with it. The canvas is scaled, not moved.
    public func transformed(scale: Double, dx: Double = 0, dy: Double = 0) -> Scene {
        func point(_ p: Point) -> Point { Point(x: p.x * scale + dx, y: p.y * scale + dy) }
        func rect(_ r: Rect) -> Rect {
            Rect(x: r.x * scale + dx, y: r.y * scale + dy, width: r.width * scale, height: r.height * scale)
        }
        func stroke(_ s: Stroke) -> Stroke {
            Stroke(color: s.color, width: s.width * scale, dash: s.dash.map { $0 * scale })
        }
        let items = items.map { item -> SceneItem in
            switch item {
            case .circle(var circle):
                circle.center = point(circle.center)
                circle.radius *= scale
                circle.stroke = circle.stroke.map(stroke)
                return .circle(circle)
            case .box(var box):
                box.frame = rect(box.frame)
                box.cornerRadius *= scale
                box.stroke = box.stroke.map(stroke)
                return .box(box)
            case .path(var path):
                path.start = point(path.start)
                path.segments = path.segments.map { segment in
                    switch segment {
                    case .line(let to): .line(to: point(to))
                    case .curve(let c1, let c2, let to): .curve(control1: point(c1), control2: point(c2), to: point(to))
                    }
                }
                path.stroke = stroke(path.stroke)
                return .path(path)
            case .text(var run):
                run.origin = point(run.origin)
                run.bounds = rect(run.bounds)
                run.font.size *= scale
                return .text(run)
            }
        }
        return Scene(width: width * scale, height: height * scale, background: background, items: items, title: title)
    }

    /// The scene moved by (`dx`, `dy`) on the same canvas.
    public func translated(dx: Double, dy: Double) -> Scene { transformed(scale: 1, dx: dx, dy: dy) }

    /// The smallest rectangle holding every item (paths by their points, control points included),
    /// or `nil` for an empty scene.
    public var contentBounds: Rect? {
        items.map { item -> Rect in
            switch item {
            case .circle(let circle): return circle.bounds
            case .box(let box): return box.frame
            case .text(let run): return run.bounds
            case .path(let path):
                let xs = path.points.map(\.x), ys = path.points.map(\.y)
                let half = path.stroke.width / 2
                return Rect(
                    x: xs.min()! - half, y: ys.min()! - half,
                    width: xs.max()! - xs.min()! + 2 * half, height: ys.max()! - ys.min()! + 2 * half)
            }
        }.reduce(nil) { $0?.union($1) ?? $1 }
    }

    /// The scene moved so its content starts `margin` from the top left, on a canvas that fits it
    /// with `margin` on every side.
    public func fitted(margin: Double) -> Scene {
        guard let bounds = contentBounds else { return self }
        var scene = translated(dx: margin - bounds.minX, dy: margin - bounds.minY)
        scene.width = (bounds.width + 2 * margin).rounded(.up)
        scene.height = (bounds.height + 2 * margin).rounded(.up)
        return scene
    }
}
