extension Scene {
    /// The scene cut into parts no larger than `maxWidth` × `maxHeight`, left to right, then top to
    /// bottom, for a figure too large for one slide at a readable type size. Cuts run along gaps
    /// that no box, circle or label crosses where there is one. A part keeps the boxes, circles and
    /// labels that lie inside it, the paths that do not leave it and whose both ends sit on a kept
    /// shape (an edge cut in two would point nowhere), and a label only while the shape it belongs
    /// to is kept. Side by side parts overlap where that lets an edge cut off one part appear whole on the next
    /// (the figures run left to right, so that keeps every layer pair together). Each part is fitted to its content with `margin`.
    public func parts(maxWidth: Double, maxHeight: Double, margin: Double) -> [Scene] {
        guard let bounds = contentBounds else { return [self] }
        // A path that joins two shapes of the whole figure (an edge, not a key's sample).
        let allShapes = items.compactMap { item -> Rect? in
            switch item {
            case .circle(let circle): circle.bounds.insetBy(-2)
            case .box(let box): box.frame.insetBy(-2)
            default: nil
            }
        }
        func joinsShapes(_ path: Path) -> Bool {
            guard let end = path.segments.last?.end else { return false }
            return [path.start, end].allSatisfy { point in
                allShapes.contains { $0.contains(Rect(x: point.x, y: point.y, width: 0, height: 0)) }
            }
        }
        // What a cut must not cross: shapes and their labels. An edge's label may be crossed: it is
        // kept only with its edge, which is kept only by a part that holds it whole.
        let edgeIDs = Set(items.compactMap { item -> String? in if case .path(let path) = item { path.id } else { nil } })
        let blocks = items.compactMap { item -> Rect? in
            switch item {
            case .circle(let circle): circle.bounds
            case .box(let box): box.frame
            case .text(let run): run.owner.map(edgeIDs.contains) == true ? nil : run.bounds
            case .path: nil
            }
        }
        let paths = items.compactMap { item -> [Point]? in if case .path(let path) = item { path.polyline() } else { nil } }
        let columns = Self.cuts(
            from: bounds.minX, to: bounds.maxX, length: maxWidth - 2 * margin,
            spans: paths.map { ($0.map(\.x).min()!, $0.map(\.x).max()!) }
        ) { x in blocks.allSatisfy { $0.maxX <= x || $0.minX >= x } }
        // Rows of a layered figure whose layers are staggered (2 inputs beside 3 hidden neurons) may
        // have no free line at all: a shape the cut goes through then starts the next row whole.
        let rows = Self.cuts(
            from: bounds.minY, to: bounds.maxY, length: maxHeight - 2 * margin,
            spans: allShapes.map { ($0.minY, $0.maxY) }, shapesWhole: true
        ) { y in blocks.allSatisfy { $0.maxY <= y || $0.minY >= y } }
        guard columns.count > 1 || rows.count > 1 else { return [self] }
        var parts: [Scene] = []
        var previousShapes: Set<Rect>?
        for row in rows {
            for column in columns {
                let window = Rect(x: column.lowerBound, y: row.lowerBound, width: column.upperBound - column.lowerBound,
                                  height: row.upperBound - row.lowerBound).insetBy(-0.5)
                var kept = items.filter { item in
                    switch item {
                    case .circle(let circle): window.contains(circle.bounds)
                    case .box(let box): window.contains(box.frame)
                    case .path(let path): path.polyline().allSatisfy { window.contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) }
                    case .text(let run): window.contains(run.bounds)
                    }
                }
                // An edge stays only while the shapes at both of its ends stay.
                let shapes = kept.compactMap { item -> Rect? in
                    switch item {
                    case .circle(let circle): circle.bounds.insetBy(-2)
                    case .box(let box): box.frame.insetBy(-2)
                    default: nil
                    }
                }
                kept = kept.filter { item in
                    guard case .path(let path) = item, let end = path.segments.last?.end, joinsShapes(path) else { return true }
                    return [path.start, end].allSatisfy { point in
                        shapes.contains { $0.contains(Rect(x: point.x, y: point.y, width: 0, height: 0)) }
                    }
                }
                let ids = Set(kept.compactMap { item -> String? in
                    switch item {
                    case .circle(let circle): circle.id
                    case .box(let box): box.id
                    case .path(let path): path.id
                    case .text: nil
                    }
                })
                kept = kept.filter { item in
                    if case .text(let run) = item, let owner = run.owner { return ids.contains(owner) }
                    return true
                }
                guard kept.contains(where: { if case .text = $0 { false } else { true } }) else { continue }
                // A part whose shapes the part before it already shows adds nothing.
                let shown = Set(kept.compactMap { item -> Rect? in
                    switch item {
                    case .circle(let circle): circle.bounds
                    case .box(let box): box.frame
                    default: nil
                    }
                })
                if let previous = previousShapes, shown.isSubset(of: previous) { continue }
                previousShapes = shown
                parts.append(Scene(width: 0, height: 0, background: background, items: kept, title: title).fitted(margin: margin))
            }
        }
        return parts
    }

    /// The scene without its notes (the labels below every shape that belong to none), and the notes.
    public func separatingNotes() -> (body: Scene, notes: [TextRun]) {
        let shapeBottom = items.compactMap { item -> Double? in
            if case .text = item { return nil }
            return Scene(width: 0, height: 0, background: nil, items: [item]).contentBounds?.maxY
        }.max() ?? 0
        let notes = textRuns.filter { $0.owner == nil && $0.bounds.minY >= shapeBottom }
        var body = self
        body.items = items.filter { item in
            if case .text(let run) = item { return !notes.contains(run) }
            return true
        }
        return (body.fitted(margin: 8), notes)
    }

    /// Ranges from `start` to `end`, none longer than `length`, each ending at the furthest point
    /// where `isFree` holds (or at `length` if there is none). The next range starts early enough
    /// to hold whole every span (a path's or a shape's extent) cut by the previous end, where that
    /// still moves forward, so that an edge cut off one part is drawn whole on the next; with
    /// `shapesWhole`, it starts there even where no line is free, so that no shape falls between two
    /// ranges.
    private static func cuts(
        from start: Double, to end: Double, length: Double, spans: [(Double, Double)], shapesWhole: Bool = false,
        isFree: (Double) -> Bool
    ) -> [Range<Double>] {
        var ranges: [Range<Double>] = []
        var low = start
        let step = 2.0
        while end - low > length {
            var cut = low + length
            while cut > low + length / 4, !isFree(cut) { cut -= step }
            if !isFree(cut) { cut = low + length }
            ranges.append(low..<cut)
            let spanStart = spans.filter { $0.0 < cut && $0.1 > cut && $0.1 - $0.0 <= length }.map(\.0).min() ?? cut
            // A span starts on the edge of the shape it leaves: start left of that shape, so it is kept.
            var next = spanStart < cut ? spanStart - step : cut
            while next > low + length / 2, !isFree(next) { next -= step }
            if next > low + length / 2 && isFree(next) {
                low = next
            } else {
                low = shapesWhole && spanStart < cut && spanStart > low ? spanStart : cut
            }
        }
        ranges.append(low..<end)
        return ranges
    }
}
