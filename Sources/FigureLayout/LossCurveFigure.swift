import BackpropEngine
import LessonFormatting

/// The `loss` figure: the cost C after each epoch of training (`TrainingHistory.costs`), on real
/// axes with nice ticks, the worked steps marked. When training diverged, or the cost leaves the
/// scale (above ten times its start), the curve stops there and a note says where.
public struct LossCurveFigure: Sendable {
    /// The canvas of the figure on the site.
    public static let width = 720.0
    public static let height = 420.0
    /// The curve stops where the cost exceeds this multiple of its starting value.
    public static let scaleLimit = 10.0

    public let walkthrough: Walkthrough
    /// The canvas; a slide asks for a smaller one so that its text can be drawn larger.
    public let width: Double
    public let height: Double

    public init(walkthrough: Walkthrough, width: Double = LossCurveFigure.width, height: Double = LossCurveFigure.height) {
        self.walkthrough = walkthrough
        self.width = width
        self.height = height
    }

    public func scene(_ context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        let theme = context.theme
        let history = walkthrough.history
        let costs = history.costs
        let limit = (costs.first ?? 0) > 0 ? Self.scaleLimit * costs[0] : .infinity
        let offScale = costs.firstIndex { $0 > limit }
        let shown = Array(costs.prefix(offScale ?? costs.count))
        let margin = 14.0
        var placer = LabelPlacer(context: context, canvas: Rect(x: 0, y: 0, width: width, height: height))

        // The legend of the worked-step markers: a marker like them, then its text.
        let markerRadius = 4.0
        let legend = try context.note(.workedSteps)
        let legendHeight = placer.size(of: legend).height
        let legendMarker = Circle(
            center: Point(x: margin + markerRadius, y: margin + legendHeight / 2), radius: markerRadius,
            fill: theme.color(.marker), stroke: Stroke(color: theme.color(.axis), width: 1), id: "legend-worked-steps")
        placer.insist(legend, at: .init(point: Point(x: margin + 2 * markerRadius + 6, y: margin + legendHeight / 2), alignment: .leading))
        var notes: [[TextLine]] = []
        if let epoch = history.divergedAtEpoch {
            notes.append([TextLine(try context.text(.diverged, ["epoch": String(epoch)]), FigureFont.name, role: .backward)])
        } else if let offScale {
            notes.append([TextLine(
                try context.text(.offScale, ["value": context.number(limit), "epoch": String(offScale)]),
                FigureFont.name, role: .backward)])
        }
        var top = margin + legendHeight + 4
        for lines in notes {
            let height = placer.size(of: lines).height
            placer.insist(lines, at: .init(point: Point(x: margin, y: top + height / 2), alignment: .leading))
            top += height + 4
        }

        let lastEpoch = max(costs.count - 1, history.divergedAtEpoch ?? 0, 1)
        let yScale = AxisScale(covering: min(0, shown.min() ?? 0), shown.max() ?? 0, tickCount: 5, integral: false)
        let tickFont = FigureFont.label
        let yLabels = yScale.ticks.map { context.numbers.tick($0, decimals: yScale.decimals) }
        let yLabelWidth = yLabels.map { context.measure($0, tickFont).width }.max() ?? 0
        let lineHeight = placer.size(of: [TextLine("0", tickFont)]).height
        let axisTitleHeight = placer.size(of: [TextLine("0", FigureFont.heading)]).height
        let plot = (
            left: margin + yLabelWidth + 10, top: top + axisTitleHeight + 14,
            right: width - margin - 24, bottom: height - margin - axisTitleHeight - lineHeight - 16)

        var xScale = AxisScale(covering: 0, Double(lastEpoch), tickCount: 8, integral: true)
        func xLabelsFit(_ scale: AxisScale) -> Bool {
            let spacing = (plot.right - plot.left) / Double(scale.ticks.count - 1)
            let widest = scale.ticks.map { context.measure(String(Int($0)), tickFont).width }.max() ?? 0
            return widest + 10 < spacing
        }
        // A single interval is the coarsest axis; huge cost labels may leave no room even for that.
        while !xLabelsFit(xScale) && xScale.ticks.count > 2 { xScale = xScale.coarser() }
        func x(_ epoch: Double) -> Double { xScale.position(epoch, from: plot.left, to: plot.right) }
        func y(_ cost: Double) -> Double { yScale.position(cost, from: plot.bottom, to: plot.top) }

        var shapes: [SceneItem] = []
        let grid = Stroke(color: theme.color(.grid), width: 1)
        let axis = Stroke(color: theme.color(.axis), width: 1.2)
        for (tick, label) in zip(yScale.ticks, yLabels) {
            let at = y(tick)
            shapes.append(.path(Path(
                id: "grid-y-\(label)", start: Point(x: plot.left, y: at), segments: [.line(to: Point(x: plot.right, y: at))],
                stroke: grid)))
            shapes.append(.path(Path(start: Point(x: plot.left - 4, y: at), segments: [.line(to: Point(x: plot.left, y: at))], stroke: axis)))
            placer.insist(
                [TextLine(label, tickFont, role: .secondaryText)], at: .init(point: Point(x: plot.left - 7, y: at), alignment: .trailing))
        }
        for tick in xScale.ticks {
            let at = x(tick)
            shapes.append(.path(Path(
                start: Point(x: at, y: plot.bottom), segments: [.line(to: Point(x: at, y: plot.bottom + 4))], stroke: axis)))
            placer.insist(
                [TextLine(String(Int(tick)), tickFont, role: .secondaryText)],
                at: .init(point: Point(x: at, y: plot.bottom + 7 + lineHeight / 2)))
        }
        shapes.append(.path(Path(
            id: "axes", start: Point(x: plot.left, y: plot.top),
            segments: [.line(to: Point(x: plot.left, y: plot.bottom)), .line(to: Point(x: plot.right, y: plot.bottom))],
            stroke: axis)))
        placer.insist(
            [TextLine(try context.text(.axisCost), FigureFont.heading)],
            at: .init(point: Point(x: margin, y: plot.top - 8 - axisTitleHeight / 2), alignment: .leading))
        placer.insist(
            [TextLine(try context.text(.axisEpoch), FigureFont.heading)],
            at: .init(point: Point(x: (plot.left + plot.right) / 2, y: plot.bottom + 12 + lineHeight + axisTitleHeight / 2)))

        if let epoch = history.divergedAtEpoch {
            shapes.append(.path(Path(
                id: "divergence", start: Point(x: x(Double(epoch)), y: plot.top),
                segments: [.line(to: Point(x: x(Double(epoch)), y: plot.bottom))], stroke: theme.backwardStroke)))
        }
        if shown.count > 1 {
            let points = shown.enumerated().map { Point(x: x(Double($0.offset)), y: y($0.element)) }
            shapes.append(.path(Path(
                id: "loss-curve", start: points[0], segments: points.dropFirst().map { .line(to: $0) },
                stroke: Stroke(color: theme.color(.forward), width: 2))))
        }
        for epoch in 0...walkthrough.steps.count where epoch < shown.count {
            shapes.append(.circle(Circle(
                center: Point(x: x(Double(epoch)), y: y(shown[epoch])), radius: markerRadius, fill: theme.color(.marker),
                stroke: Stroke(color: theme.color(.axis), width: 1), id: "worked-step-\(epoch)")))
        }
        return Scene(
            width: width, height: height, background: theme.background,
            items: shapes + [.circle(legendMarker)] + placer.runs.map(SceneItem.text),
            title: try context.text(.lossAlt, [
                "epochs": String(costs.count - 1), "first": context.number(costs.first ?? 0),
                "last": context.number(shown.last ?? 0),
            ]))
    }
}
