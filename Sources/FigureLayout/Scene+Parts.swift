extension Scene {
    /// The scene cut into parts no larger than `maxWidth` × `maxHeight`, left to right, then top to
    /// bottom, for a figure too large for one slide at a readable type size. Cuts run along gaps
    /// that no box, circle or label crosses where there is one. A part keeps the boxes, circles and
    /// labels that lie inside it and the paths that do not leave it (an edge cut in two would point
    /// nowhere), and a label only while the shape it belongs to is kept. The notes under the figure
    /// (labels below everything else that belong to no shape) go under every part. Each part is
    /// fitted to its content with `margin`.
    func parts(maxWidth: Double, maxHeight: Double, margin: Double) -> [Scene] {
        let shapeBottom = items.compactMap { item -> Double? in
            if case .text = item { return nil }
            return Scene(width: 0, height: 0, background: nil, items: [item]).contentBounds?.maxY
        }.max() ?? 0
        let notes = textRuns.filter { $0.owner == nil && $0.bounds.minY >= shapeBottom }
        let body = items.filter { item in
            if case .text(let run) = item { return !notes.contains(run) }
            return true
        }
        guard let bounds = Scene(width: 0, height: 0, background: nil, items: body).contentBounds else { return [self] }
        let blocks = body.compactMap { item -> Rect? in
            switch item {
            case .circle(let circle): circle.bounds
            case .box(let box): box.frame
            case .text(let run): run.bounds
            case .path: nil
            }
        }
        let notesHeight = notes.isEmpty ? 0 : (notes.map(\.bounds.maxY).max()! - shapeBottom)
        let columns = Self.cuts(from: bounds.minX, to: bounds.maxX, length: maxWidth - 2 * margin) {
            x in blocks.allSatisfy { $0.maxX <= x || $0.minX >= x }
        }
        let rows = Self.cuts(from: bounds.minY, to: bounds.maxY, length: maxHeight - 2 * margin - notesHeight) {
            y in blocks.allSatisfy { $0.maxY <= y || $0.minY >= y }
        }
        guard columns.count > 1 || rows.count > 1 else { return [self] }
        var parts: [Scene] = []
        for row in rows {
            for column in columns {
                let window = Rect(x: column.lowerBound, y: row.lowerBound, width: column.upperBound - column.lowerBound,
                                  height: row.upperBound - row.lowerBound).insetBy(-0.5)
                var kept = body.filter { item in
                    switch item {
                    case .circle(let circle): window.contains(circle.bounds)
                    case .box(let box): window.contains(box.frame)
                    case .path(let path): path.polyline().allSatisfy { window.contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) }
                    case .text(let run): window.contains(run.bounds)
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
                let partBounds = Scene(width: 0, height: 0, background: nil, items: kept).contentBounds!
                let placedNotes = notes.map { run -> SceneItem in
                    var run = run
                    let dx = partBounds.minX - bounds.minX, dy = partBounds.maxY - shapeBottom
                    run.origin = Point(x: run.origin.x + dx, y: run.origin.y + dy)
                    run.bounds = Rect(x: run.bounds.x + dx, y: run.bounds.y + dy, width: run.bounds.width, height: run.bounds.height)
                    return .text(run)
                }
                parts.append(Scene(width: 0, height: 0, background: background, items: kept + placedNotes, title: title)
                    .fitted(margin: margin))
            }
        }
        return parts
    }

    /// Ranges from `start` to `end`, none longer than `length`, each ending at the furthest point
    /// where `isFree` holds (or at `length` if there is none).
    private static func cuts(from start: Double, to end: Double, length: Double, isFree: (Double) -> Bool) -> [Range<Double>] {
        var ranges: [Range<Double>] = []
        var low = start
        while end - low > length {
            let step = 2.0
            var cut = low + length
            while cut > low + length / 4, !isFree(cut) { cut -= step }
            if !isFree(cut) { cut = low + length }
            ranges.append(low..<cut)
            low = cut
        }
        ranges.append(low..<end)
        return ranges
    }
}
