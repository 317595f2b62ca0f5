import BackpropEngine
import LessonFormatting

extension FigureKind {
    /// The layered figures (network, forward, backward, update) one layer pair at a time, each laid
    /// out for a slide's figure area `maxWidth` × `maxHeight` (in figure units) and headed "title (layer l−1 → layer l)";
    /// empty for the others (the graph has its own parts, the loss curve is one chart).
    func layerPairs(
        walkthrough: Walkthrough, step: Int, maxWidth: Double, maxHeight: Double, context: FigureContext
    ) throws(StringTable.MissingKey) -> [(title: String, scene: Scene)] {
        guard let diagram = try networkDiagram(walkthrough: walkthrough, step: step, context: context) else { return [] }
        return try layerPairs(of: diagram, maxWidth: maxWidth, maxHeight: maxHeight, context: context) { from, to throws(StringTable.MissingKey) in
            try context.text(.deckLayerPair, ["title": try context.text(titleKey), "from": from, "to": to])
        }
    }

    /// What a layered figure draws, before it is placed; nil for the graph and the loss curve.
    func networkDiagram(walkthrough: Walkthrough, step: Int, context: FigureContext) throws(StringTable.MissingKey) -> NetworkDiagram? {
        switch self {
        case .network: try NetworkFigure(walkthrough: walkthrough, step: step).diagram(context)
        case .forward: try ForwardFigure(walkthrough: walkthrough, step: step).diagram(context)
        case .backward: try BackwardFigure(walkthrough: walkthrough, step: step).diagram(context)
        case .update: try UpdateFigure(walkthrough: walkthrough, step: step).diagram(context)
        case .graph, .loss: nil
        }
    }

    /// The layer pairs of `diagram` laid out for `maxWidth` × `maxHeight`, each headed by
    /// `heading(from, to)` (the layers' numbers in the lessons), and by "(part i of n)" after it
    /// when a pair takes several parts; with `headingsOutside`, each row's heading sits above or
    /// under the pair rather than at its left.
    func layerPairs(
        of diagram: NetworkDiagram, maxWidth: Double, maxHeight: Double, headingsOutside: Bool = false, context: FigureContext,
        heading: (_ from: String, _ to: String) throws(StringTable.MissingKey) -> String
    ) throws(StringTable.MissingKey) -> [(title: String, scene: Scene)] {
        var pairs: [(title: String, scene: Scene)] = []
        for layer in 0..<(diagram.layerSizes.count - 1) {
            // Layers numbered as in the lessons: the input is layer 1.
            let title = try heading(String(layer + 1), String(layer + 2))
            var pair = LayerPairDiagram(
                diagram: diagram, parameterLayer: layer, maxWidth: maxWidth, maxHeight: maxHeight,
                matrixNote: try context.text(.deckMatrix))
            pair.headingsOutside = headingsOutside
            let whole = pair.scene(context)
            func fits(_ scene: Scene) -> Bool { scene.width <= maxWidth + 0.5 && scene.height <= maxHeight + 0.5 }
            if fits(whole) {
                pairs.append((title, whole))
                continue
            }
            // Too large even with its matrix: the lower layer's neurons in groups, each with every
            // connection into it, so that no connection is cut off a slide.
            let lower = NetworkLayout.drawnNeurons(
                ofLayerWith: diagram.layerSizes[layer + 1], keeping: layer + 1 < diagram.kept.count ? diagram.kept[layer + 1] : [])
            var groups = Self.fewestRuns(of: lower, whole: whole, fits: fits) { chunk in
                pair.lowerNeurons = chunk
                return pair.scene(context)
            }
            if groups.count == lower.count, !groups.allSatisfy(fits) {
                // A lone lower neuron still too large: its connections a few upper neurons at a time.
                let upper = NetworkLayout.drawnNeurons(
                    ofLayerWith: diagram.layerSizes[layer], keeping: layer < diagram.kept.count ? diagram.kept[layer] : [])
                groups = zip(lower, groups).flatMap { neuron, group -> [Scene] in
                    guard !fits(group) else { return [group] }
                    pair.lowerNeurons = [neuron]
                    let pieces = Self.fewestRuns(of: upper, whole: group, fits: fits) { chunk in
                        pair.upperNeurons = chunk
                        return pair.scene(context)
                    }
                    pair.upperNeurons = nil
                    return pieces
                }
            }
            for (number, group) in groups.enumerated() {
                pairs.append((groups.count == 1 ? title : try context.text(.deckPart, [
                    "title": title, "part": String(number + 1), "parts": String(groups.count),
                ]), group))
            }
        }
        return pairs
    }

    /// The scenes `scene` makes of `neurons` in the fewest runs of nearly equal length (2, 3, … up
    /// to one neuron each) that all `fit`, or of one neuron each if none do; `whole` if there is
    /// only one neuron.
    private static func fewestRuns(
        of neurons: [Int], whole: Scene, fits: (Scene) -> Bool, _ scene: ([Int]) -> Scene
    ) -> [Scene] {
        var parts = [whole]
        for count in 2..<max(neurons.count + 1, 2) {
            let size = (neurons.count + count - 1) / count
            parts = stride(from: 0, to: neurons.count, by: size).map { scene(Array(neurons[$0..<min($0 + size, neurons.count)])) }
            if parts.allSatisfy(fits) { break }
        }
        return parts
    }
}
