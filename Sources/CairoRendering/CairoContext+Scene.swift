import FigureLayout

extension CairoContext {

    /// Draws the scene's background (none when transparent) and its items in order.
    func draw(_ scene: Scene) {
        if let background = scene.background {
            setColor(background)
            paint()
        }
        for item in scene.items {
            switch item {
            case .circle(let circle): draw(circle)
            case .box(let box): draw(box)
            case .path(let path): draw(path)
            case .text(let run): draw(run)
            }
        }
    }

    private func draw(_ circle: Circle) {
        addCircle(center: circle.center, radius: circle.radius)
        fillAndStroke(fill: circle.fill, stroke: circle.stroke)
    }

    private func draw(_ box: Box) {
        addRectangle(box.frame, cornerRadius: box.cornerRadius)
        fillAndStroke(fill: box.fill, stroke: box.stroke)
    }

    private func draw(_ path: Path) {
        let arrowhead = path.arrowAtEnd ? Arrowhead(for: path) : nil
        let line =
            arrowhead == nil
            ? path
            : path.trimmingEnd(by: path.stroke.arrowheadLength * Arrowhead.lineStopRatio)
        move(to: line.start)
        for segment in line.segments {
            switch segment {
            case .line(let to): self.line(to: to)
            case .curve(let control1, let control2, let to): curve(to: to, control1: control1, control2: control2)
            }
        }
        stroke(line.stroke)
        if let arrowhead {
            move(to: arrowhead.tip)
            self.line(to: arrowhead.left)
            self.line(to: arrowhead.right)
            closePath()
            setColor(path.stroke.color)
            fill()
        }
    }

    private func draw(_ run: TextRun) {
        if let backdrop = run.backdrop {
            // A halo in the backdrop colour around the glyphs, under them.
            selectFont(run.font)
            addTextPath(run.text, at: run.origin)
            stroke(Stroke(color: backdrop, width: run.font.size * TextRun.haloWidth))
        }
        selectFont(run.font)
        setColor(run.color)
        showText(run.text, at: run.origin)
    }

    private func fillAndStroke(fill: Color?, stroke: Stroke?) {
        if let fill {
            setColor(fill)
            if stroke == nil { self.fill() } else { fillPreserve() }
        }
        if let stroke { self.stroke(stroke) } else if fill == nil { newPath() }
    }
}
