import BackpropEngine
import LessonFormatting

/// The `backward` figure: the error δˡ in every neuron (BP1, BP2), ∂C/∂w on every connection (BP4),
/// the cost and ∇ₐC at the output, arrows pointing backward.
public struct BackwardFigure: Sendable {
    public let walkthrough: Walkthrough
    public let step: Int

    public init(walkthrough: Walkthrough, step: Int = 0) {
        self.walkthrough = walkthrough
        self.step = step
    }

    public func scene(_ context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        let gradientStep = walkthrough.steps[step]
        let network = gradientStep.network
        let backward = gradientStep.backwardPasses[0]
        let gradient = gradientStep.gradient
        let cost = try context.text(.cost, ["value": context.number(gradientStep.cost.total)])
        let outputs = backward.costGradient.indices.map { j in
            (j == 0 ? [TextLine(cost, FigureFont.name)] : [])
                + [TextLine("∂C/∂a = " + context.number(backward.costGradient[j]))]
        }
        let m = walkthrough.examples.count
        let batchNote = m > 1 ? [try context.note(.batchGradient, ["m": String(m)])] : []
        let kept = context.keptNeurons(walkthrough, step: step)
        let selection = try EdgeLabelSelection(network, kept: kept, strength: { gradient.weights[$0][$1, $2] }, context)
        let diagram = NetworkDiagram(
            layerSizes: network.layerSizes, stroke: context.theme.backwardStroke, direction: .backward,
            neuronLines: { column, neuron in
                guard column > 0 else { return [] }
                return [TextLine("δ = " + context.number(backward.errors[column - 1][neuron]))]
            },
            edgeLabel: { edge in selection.label(edge) { context.number(gradient.weights[edge.parameterLayer][edge.row, edge.column]) } },
            outputLines: { outputs[$0] },
            headings: try context.layerHeadings(network, activations: false),
            elisionNotes: try context.elisionNotes(network),
            kept: kept,
            keys: [LegendKey(stroke: context.theme.backwardStroke, label: try context.text(.keyBackward))],
            notes: [try context.note(.backwardLegend)] + selection.notes + batchNote,
            title: try context.text(.backwardAlt, ["sizes": network.sizesDescription]))
        return diagram.scene(context)
    }
}
