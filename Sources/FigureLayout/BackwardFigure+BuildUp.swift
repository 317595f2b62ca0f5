import BackpropEngine
import LessonFormatting

extension BackwardFigure {
    /// The backward pass revealed the way a lecturer does with overlays, on one fixed layout: the
    /// error δ of the output layer, then δ of each hidden layer with the connections it travels
    /// back along (BP2), then ∂C/∂w on every connection (BP4), and last the update figure. Every
    /// frame but the last is the full backward figure with what is not yet revealed left out.
    public func buildUp(_ context: FigureContext) throws(StringTable.MissingKey) -> [Scene] {
        let full = try scene(context)
        let columns = walkthrough.steps[step].network.layerSizes.count
        func column(ofNeuron id: String) -> Int? {
            guard id.hasPrefix("neuron-") else { return nil }
            return Int(id.split(separator: "-")[1])
        }
        func parameterLayer(ofEdge id: String) -> Int? {
            guard id.hasPrefix("edge-") else { return nil }
            return Int(id.split(separator: "-")[1])
        }
        /// The figure with δ shown from column `deepest` on and edge labels when `gradients`.
        func frame(from deepest: Int, gradients: Bool) -> Scene {
            var scene = full
            scene.items = full.items.filter { item in
                switch item {
                case .path(let path):
                    // An edge of parameter layer i joins columns i and i + 1.
                    guard let id = path.id, let layer = parameterLayer(ofEdge: id) else { return true }
                    return layer >= deepest
                case .text(let run):
                    guard let owner = run.owner else { return true }
                    if let layer = parameterLayer(ofEdge: owner) { return gradients && layer >= deepest }
                    if let column = column(ofNeuron: owner), run.text.hasPrefix("δ") { return column >= deepest }
                    return true
                default:
                    return true
                }
            }
            return scene
        }
        var frames = stride(from: columns - 1, through: 1, by: -1).map { frame(from: $0, gradients: false) }
        frames.append(frame(from: 0, gradients: true))
        frames.append(try UpdateFigure(walkthrough: walkthrough, step: step).scene(context))
        return frames
    }
}
