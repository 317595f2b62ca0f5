import BackpropEngine
import LessonFormatting
import LessonNotation

/// The `network` figure: the architecture of the network a step starts from, every weight on its
/// connection, every bias in its neuron, layer names and activations.
public struct NetworkFigure: Sendable {
    public let walkthrough: Walkthrough
    /// Which worked step's starting network (0 for the initial one).
    public let step: Int

    public init(walkthrough: Walkthrough, step: Int = 0) {
        self.walkthrough = walkthrough
        self.step = step
    }

    public func scene(_ context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        try diagram(context).scene(context)
    }

    /// What the figure draws, before it is placed: also the source of its layer-pair slides.
    func diagram(_ context: FigureContext) throws(StringTable.MissingKey) -> NetworkDiagram {
        let network = walkthrough.steps[step].network
        let biases = network.showsBiases(walkthrough.settings)
        let kept = context.keptNeurons(walkthrough, step: step)
        let selection = try EdgeLabelSelection(network, kept: kept, strength: { network.weights[$0][$1, $2] }, context)
        var diagram = NetworkDiagram(
            layerSizes: network.layerSizes, stroke: context.theme.edgeStroke, direction: .none,
            neuronLines: { column, neuron in
                guard biases, column > 0 else { return [] }
                return [TextLine("b = " + context.numbers.given(network.biases[column - 1][neuron]))]
            },
            edgeLabel: { edge in selection.label(edge) { context.numbers.given(network.weights[edge.parameterLayer][edge.row, edge.column]) } },
            outputLines: { _ in [] },
            headings: try context.layerHeadings(network, activations: true),
            elisionNotes: try context.elisionNotes(network),
            kept: kept,
            notes: [try context.note(biases ? .networkLegend : .networkLegendWithoutBiases)] + selection.notes,
            title: try context.text(biases ? .networkAlt : .networkAltWithoutBiases, ["sizes": network.sizesDescription]))
        diagram.matrixName = { Symbol(.weights, layer: $0 + 2).unicode }
        diagram.matrixEntry = { edge in
            context.numbers.given(network.weights[edge.parameterLayer][edge.row, edge.column])
        }
        return diagram
    }
}
