import BackpropEngine
import LessonFormatting
import LessonNotation

/// The `forward` figure: the first example flowing through the network, zˡ and aˡ in every neuron,
/// the input on the left, the prediction and the target on the right, arrows pointing forward.
public struct ForwardFigure: Sendable {
    public let walkthrough: Walkthrough
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
        let gradientStep = walkthrough.steps[step]
        let network = gradientStep.network
        let pass = gradientStep.forwardPasses[0]
        let target = walkthrough.examples[0].target
        var outputs: [[TextLine]] = []
        for j in target.indices {
            outputs.append([
                TextLine(try context.text(.prediction, ["value": context.number(pass.output[j])])),
                TextLine(try context.text(.target, ["value": context.numbers.given(target[j])])),
            ])
        }
        let kept = context.keptNeurons(walkthrough, step: step)
        let selection = try EdgeLabelSelection(network, kept: kept, strength: { network.weights[$0][$1, $2] }, context)
        var diagram = NetworkDiagram(
            layerSizes: network.layerSizes, stroke: context.theme.forwardStroke, direction: .forward,
            neuronLines: { column, neuron in
                guard column > 0 else { return [TextLine(context.numbers.given(pass.input[neuron]))] }
                return [
                    TextLine("z = " + context.number(pass.weightedInputs[column - 1][neuron])),
                    TextLine("a = " + context.number(pass.activations[column - 1][neuron])),
                ]
            },
            // The first step starts from the teacher's weights, written as given.
            edgeLabel: { edge in
                selection.label(edge) { (step == 0 ? context.numbers.given : context.number)(network.weights[edge.parameterLayer][edge.row, edge.column]) }
            },
            outputLines: { outputs[$0] },
            headings: try context.layerHeadings(network, activations: false),
            elisionNotes: try context.elisionNotes(network),
            kept: kept,
            keys: [LegendKey(stroke: context.theme.forwardStroke, label: try context.text(.keyForward))],
            notes: [try context.note(network.showsBiases(walkthrough.settings) ? .forwardLegend : .forwardLegendWithoutBiases)]
                + selection.notes + (try context.firstExampleNote(walkthrough.examples.count)),
            title: try context.altText(context.text(.forwardAlt, [
                "sizes": network.sizesDescription, "prediction": context.numbers.list(pass.output, context.number),
                "target": context.numbers.list(target, context.numbers.given),
            ]), examples: walkthrough.examples.count))
        diagram.matrixName = { Symbol(.weights, layer: $0 + 2).unicode }
        diagram.matrixEntry = { edge in
            (step == 0 ? context.numbers.given : context.number)(network.weights[edge.parameterLayer][edge.row, edge.column])
        }
        return diagram
    }
}
