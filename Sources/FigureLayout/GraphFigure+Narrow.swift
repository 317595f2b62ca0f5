import LessonFormatting

extension GraphFigure {
    /// The graph laid out for a phone's column (`FigureKind.narrowWidth`): its parts (see `parts`)
    /// one under the other, numbered, then its key and notes. (A neuron's part of the scalar graph is
    /// still about twice that width.)
    public func narrowScene(_ context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        let whole = try diagram(context)
        // Each part without its key (the figure's comes once, at the bottom) or its notes, its ids
        // made its own: a part numbers its nodes from 0, and a reader pointing at a node must light
        // only that node.
        let parts = try parts(context) { $0.width <= FigureKind.narrowWidth - 1 }.enumerated().map { number, part in
            var body = part
            body.items.removeAll { item in
                if case .path(let path) = item { path.id?.hasPrefix(LegendKey.idPrefix) == true } else { false }
            }
            return body.separatingNotes().body.withIDs(prefixed: "part-\(number + 1)-")
        }
        var headed: [(title: String, scene: Scene)] = []
        for (number, part) in parts.enumerated() {
            headed.append((try context.text(.narrowPart, ["part": String(number + 1), "parts": String(parts.count)]), part))
        }
        return FigureKind.stacked(headed, keys: whole.keys, notes: whole.notes, title: whole.title, context)
    }
}

private extension Scene {
    /// The scene with every id, and every label's owner, starting with `prefix`.
    func withIDs(prefixed prefix: String) -> Scene {
        var scene = self
        scene.items = items.map { item in
            switch item {
            case .circle(var circle): circle.id = circle.id.map { prefix + $0 }; return .circle(circle)
            case .box(var box): box.id = box.id.map { prefix + $0 }; return .box(box)
            case .path(var path): path.id = path.id.map { prefix + $0 }; return .path(path)
            case .text(var run): run.owner = run.owner.map { prefix + $0 }; return .text(run)
            }
        }
        return scene
    }
}
