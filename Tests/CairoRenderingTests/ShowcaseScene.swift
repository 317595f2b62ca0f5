@testable import CairoRendering
import FigureLayout

/// A figure that uses every kind of scene item — neurons, rounded operation boxes, solid and
/// dashed curved arrows, labels with backdrops, Greek and maths glyphs — in a light or dark palette.
/// Render it with `RENDER_SHOWCASE_TO=/some/folder swift test --filter Showcase` to look at it.
struct ShowcaseScene {
    struct Palette {
        var name: String
        var background: Color
        var ink: Color
        var neuron: Color
        var forward: Color
        var backward: Color
        var box: Color
        var backdrop: Color
    }

    static let light = Palette(
        name: "light", background: Color(hex: 0xFFFFFF), ink: Color(hex: 0x1F2328), neuron: Color(hex: 0xDDEBFA),
        forward: Color(hex: 0x1F5FAF), backward: Color(hex: 0xC0392B), box: Color(hex: 0xF4F1E8),
        backdrop: Color(hex: 0xFFFFFF, alpha: 0.9))
    static let dark = Palette(
        name: "dark", background: Color(hex: 0x16181D), ink: Color(hex: 0xE6E6E6), neuron: Color(hex: 0x23395B),
        forward: Color(hex: 0x7FB2F0), backward: Color(hex: 0xF08A7E), box: Color(hex: 0x2A2D34),
        backdrop: Color(hex: 0x16181D, alpha: 0.9))

    let measurer: CairoTextMeasurer

    func scene(_ palette: Palette) -> Scene {
        var items: [SceneItem] = []
        let inputs = [Point(x: 90, y: 150), Point(x: 90, y: 330)]
        let hidden = [Point(x: 330, y: 150), Point(x: 330, y: 330)]
        let output = Point(x: 570, y: 240)
        let radius = 34.0
        let forward = Stroke(color: palette.forward, width: 2)
        let backward = Stroke(color: palette.backward, width: 1.5, dash: [6, 5])

        for (from, fromName) in zip(inputs, ["x₁", "x₂"]) {
            for (to, weight) in zip(hidden, ["w₁₁", "w₁₂"]) {
                items.append(.path(edge(from: from, to: to, radius: radius, stroke: forward)))
                let middle = from.interpolated(to: to, by: 0.35)
                items.append(.text(label("\(weight) \(fromName)", centeredAt: middle, size: 13, palette: palette, backdrop: true)))
            }
        }
        for from in hidden { items.append(.path(edge(from: from, to: output, radius: radius, stroke: forward))) }
        // Backward pass: dashed curves from the output back to the hidden neurons.
        for to in hidden {
            let start = Point(x: output.x - 10, y: output.y + (to.y < output.y ? -radius : radius))
            let end = Point(x: to.x + 12, y: to.y + (to.y < output.y ? -radius : radius))
            let bend = to.y < output.y ? -70.0 : 70.0
            items.append(.path(Path(
                id: "backward-\(Int(to.y))", start: start,
                segments: [.curve(
                    control1: Point(x: start.x - 40, y: start.y + bend), control2: Point(x: end.x + 60, y: end.y + bend),
                    to: end)],
                stroke: backward, arrowAtEnd: true)))
            items.append(.text(label("δ⁽²⁾ ⊙ σ′(z)", centeredAt: Point(x: 450, y: to.y + bend * 0.9), size: 14, palette: palette, backdrop: true, color: palette.backward)))
        }
        for (center, name) in zip(inputs + hidden + [output], ["x₁", "x₂", "a₁", "a₂", "ŷ"]) {
            items.append(.circle(Circle(center: center, radius: radius, fill: palette.neuron, stroke: Stroke(color: palette.ink, width: 1.5))))
            items.append(.text(label(name, centeredAt: center, size: 20, palette: palette, italic: true)))
        }
        items.append(.text(label("⋮", centeredAt: Point(x: 90, y: 240), size: 22, palette: palette)))

        // Operation nodes of a computational graph, with a solid arrow between them.
        let multiply = Box(frame: Rect(x: 660, y: 60, width: 90, height: 44), cornerRadius: 10, fill: palette.box, stroke: Stroke(color: palette.ink, width: 1.2))
        let add = Box(frame: Rect(x: 660, y: 170, width: 90, height: 44), cornerRadius: 22, fill: palette.box, stroke: Stroke(color: palette.forward, width: 2, dash: [2, 4]))
        items.append(.box(multiply))
        items.append(.box(add))
        items.append(.path(Path(start: Point(x: 705, y: 104), segments: [.line(to: Point(x: 705, y: 170))], stroke: Stroke(color: palette.ink, width: 1.2), arrowAtEnd: true)))
        items.append(.path(Path(start: Point(x: 750, y: 192), segments: [.line(to: Point(x: 790, y: 192)), .line(to: Point(x: 790, y: 82)), .line(to: Point(x: 752, y: 82))], stroke: Stroke(color: palette.backward, width: 3), arrowAtEnd: true)))
        items.append(.text(label("W·a", centeredAt: multiply.frame.center, size: 16, palette: palette, bold: true)))
        items.append(.text(label("+ b", centeredAt: add.frame.center, size: 16, palette: palette, bold: true)))
        items.append(.box(Box(frame: Rect(x: 840, y: 60, width: 40, height: 40), fill: palette.forward, stroke: nil)))

        let equations = [
            "BP1  δᴸ = ∇ₐC ⊙ σ′(zᴸ)",
            "BP2  δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)",
            "BP4  ∂C/∂W⁽²⁾ = δ⁽²⁾ (a⁽¹⁾)ᵀ   w₁₂ → w₂₁ ←",
            "W ← W − η ∂C/∂W,   C = (1/m) Σ Cₓ + (λ/2m) Σ W²",
        ]
        for (row, equation) in equations.enumerated() {
            items.append(.text(label(equation, left: 40, baseline: 420 + 22 * Double(row), size: 16, palette: palette, italic: row == 3)))
        }
        return Scene(width: 900, height: 500, background: palette.background, items: items, title: "Showcase (\(palette.name))")
    }

    /// The lesson symbols in regular, bold, italic and bold italic, large, to check each glyph by eye.
    func glyphSheet(_ palette: Palette) -> Scene {
        let styles = [(false, false), (true, false), (false, true), (true, true)]
        let runs = styles.enumerated().map { row, style in
            let font = FontStyle(size: 28, bold: style.0, italic: style.1)
            let text = CairoTextMeasurerTests.lessonSymbols
            return run(
                text, font: font, metrics: measurer.measure(text, font: font), origin: Point(x: 20, y: 50 + 50 * Double(row)),
                palette: palette, backdrop: false, color: nil)
        }
        let width = (runs.map(\.bounds.maxX).max() ?? 0) + 20
        return Scene(width: width.rounded(.up), height: 230, background: palette.background, items: runs.map(SceneItem.text), title: "Glyphs (\(palette.name))")
    }

    /// A straight arrow between two neurons, from rim to rim.
    private func edge(from: Point, to: Point, radius: Double, stroke: Stroke) -> Path {
        let direction = Point(x: to.x - from.x, y: to.y - from.y).normalized!
        return Path(
            start: Point(x: from.x + direction.x * radius, y: from.y + direction.y * radius),
            segments: [.line(to: Point(x: to.x - direction.x * radius, y: to.y - direction.y * radius))],
            stroke: stroke, arrowAtEnd: true)
    }

    private func label(
        _ text: String, centeredAt center: Point, size: Double, palette: Palette, bold: Bool = false,
        italic: Bool = false, backdrop: Bool = false, color: Color? = nil
    ) -> TextRun {
        let font = FontStyle(size: size, bold: bold, italic: italic)
        let metrics = measurer.measure(text, font: font)
        let baseline = center.y + (metrics.ascent - metrics.descent) / 2
        return run(text, font: font, metrics: metrics, origin: Point(x: center.x - metrics.width / 2, y: baseline), palette: palette, backdrop: backdrop, color: color)
    }

    private func label(_ text: String, left: Double, baseline: Double, size: Double, palette: Palette, italic: Bool) -> TextRun {
        let font = FontStyle(size: size, italic: italic)
        return run(text, font: font, metrics: measurer.measure(text, font: font), origin: Point(x: left, y: baseline), palette: palette, backdrop: false, color: nil)
    }

    private func run(_ text: String, font: FontStyle, metrics: TextMetrics, origin: Point, palette: Palette, backdrop: Bool, color: Color?) -> TextRun {
        TextRun(
            text: text, origin: origin, font: font, color: color ?? palette.ink,
            bounds: Rect(x: origin.x, y: origin.y - metrics.ascent, width: metrics.width, height: metrics.ascent + metrics.descent),
            backdrop: backdrop ? palette.backdrop : nil)
    }
}
