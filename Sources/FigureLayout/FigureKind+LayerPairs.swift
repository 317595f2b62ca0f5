import BackpropEngine
import LessonFormatting

extension FigureKind {
    /// The layered figures (network, forward, backward, update) one layer pair at a time, each laid
    /// out for a slide's figure area `maxWidth` × `maxHeight` (in figure units) and headed "title (layer l−1 → layer l)";
    /// empty for the others (the graph has its own parts, the loss curve is one chart).
    func layerPairs(
        walkthrough: Walkthrough, step: Int, maxWidth: Double, maxHeight: Double, context: FigureContext
    ) throws(StringTable.MissingKey) -> [(title: String, scene: Scene)] {
        let diagram: NetworkDiagram
        switch self {
        case .network: diagram = try NetworkFigure(walkthrough: walkthrough, step: step).diagram(context)
        case .forward: diagram = try ForwardFigure(walkthrough: walkthrough, step: step).diagram(context)
        case .backward: diagram = try BackwardFigure(walkthrough: walkthrough, step: step).diagram(context)
        case .update: diagram = try UpdateFigure(walkthrough: walkthrough, step: step).diagram(context)
        case .graph, .loss: return []
        }
        var pairs: [(title: String, scene: Scene)] = []
        for layer in 0..<(diagram.layerSizes.count - 1) {
            // Layers numbered as in the lessons: the input is layer 1.
            let title = try context.text(.deckLayerPair, [
                "title": try context.text(titleKey), "from": String(layer + 1), "to": String(layer + 2),
            ])
            let pair = LayerPairDiagram(
                diagram: diagram, parameterLayer: layer, maxWidth: maxWidth, maxHeight: maxHeight,
                matrixNote: try context.text(.deckMatrix))
            pairs.append((title, pair.scene(context)))
        }
        return pairs
    }
}
