import BackpropEngine
import LessonFormatting
import LessonNotation

/// The `update` figure: every weight before → after W ← W − η ∂C/∂W (and the biases, when trained),
/// η, and the prediction and the cost before and after the step.
public struct UpdateFigure: Sendable {
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
        let before = gradientStep.network
        let after = gradientStep.updatedNetwork
        let settings = walkthrough.settings
        let target = walkthrough.examples[0].target
        // The first step starts from the teacher's network, written as given.
        let written = step == 0 ? context.numbers.given : context.number
        var outputs: [[TextLine]] = []
        for j in target.indices {
            outputs.append([
                TextLine(try context.text(.before, ["value": context.number(gradientStep.forwardPasses[0].output[j])])),
                TextLine(try context.text(.after, ["value": context.number(gradientStep.forwardPassesAfter[0].output[j])])),
                TextLine(try context.text(.target, ["value": context.numbers.given(target[j])]), role: .secondaryText),
            ])
        }
        let kept = context.keptNeurons(walkthrough, step: step)
        let selection = try EdgeLabelSelection(
            before, kept: kept, strength: { after.weights[$0][$1, $2] - before.weights[$0][$1, $2] }, context)
        var diagram = NetworkDiagram(
            layerSizes: before.layerSizes, stroke: context.theme.updateStroke, direction: .none,
            neuronLines: { column, neuron in
                guard settings.updateBiases, column > 0 else { return [] }
                return [
                    TextLine("b = " + written(before.biases[column - 1][neuron])),
                    TextLine("→ " + context.number(after.biases[column - 1][neuron])),
                ]
            },
            edgeLabel: { edge in
                selection.label(edge) {
                written(before.weights[edge.parameterLayer][edge.row, edge.column]) + " → "
                    + context.number(after.weights[edge.parameterLayer][edge.row, edge.column])
                }
            },
            outputLines: { outputs[$0] },
            headings: try context.layerHeadings(before, activations: false),
            elisionNotes: try context.elisionNotes(before),
            kept: kept,
            keys: [LegendKey(stroke: context.theme.updateStroke, label: try context.text(.keyUpdate), arrow: false)],
            notes: [
                try context.note(.updateLegend),
            ] + selection.notes + [
                try context.note(.learningRate, ["value": context.numbers.given(settings.learningRate)]),
                try context.note(.costChange, [
                    "before": context.number(gradientStep.cost.total), "after": context.number(gradientStep.costAfter.total),
                ]),
            ] + (try context.firstExampleNote(walkthrough.examples.count, .batchUpdate)),
            title: try context.text(.updateAlt, [
                "sizes": before.sizesDescription, "before": context.number(gradientStep.cost.total),
                "after": context.number(gradientStep.costAfter.total),
            ]))
        diagram.matrixName = { layer in
            let w = Symbol(.weights, layer: layer + 2).unicode
            return "\(w) ← \(w) − η ∂C/∂\(w)"
        }
        diagram.matrixEntry = { edge in
            written(before.weights[edge.parameterLayer][edge.row, edge.column]) + " → "
                + context.number(after.weights[edge.parameterLayer][edge.row, edge.column])
        }
        return diagram
    }
}
