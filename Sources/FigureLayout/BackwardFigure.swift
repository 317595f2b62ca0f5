import BackpropEngine
import LessonFormatting
import LessonNotation

/// The `backward` figure: the error δ⁽ˡ⁾ in every neuron (BP1, BP2), ∂C/∂w on every connection (BP4),
/// the cost and ∇ₐC at the output, arrows pointing backward. For a batch every number is example 1's
/// own (its cost, its δ and its ∂C[1]/∂w = δ⁽ˡ⁾[1] (a⁽ˡ⁻¹⁾[1])ᵀ), never mixed with the batch's averages.
public struct BackwardFigure: Sendable {
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
        let backward = gradientStep.backwardPasses[0]
        let forward = gradientStep.forwardPasses[0]
        let m = walkthrough.examples.count
        let weightGradients = m > 1
            ? network.weights.indices.map { Matrix.outer(backward.errors[$0], forward.activationFeeding(layer: $0)) }
            : gradientStep.gradient.weights
        let cost = m > 1
            ? try context.text(.exampleCost, ["value": context.number(gradientStep.cost.perExample[0])])
            : try context.text(.cost, ["value": context.number(gradientStep.cost.total)])
        let outputs = backward.costGradient.indices.map { j in
            (j == 0 ? [TextLine(cost, FigureFont.name)] : [])
                + [TextLine("∂C/∂a = " + context.number(backward.costGradient[j]))]
        }
        let batchNote = m > 1 ? [try context.note(.batchGradient, ["m": String(m)])] : []
        let kept = context.keptNeurons(walkthrough, step: step)
        let selection = try EdgeLabelSelection(network, kept: kept, strength: { weightGradients[$0][$1, $2] }, context)
        var diagram = NetworkDiagram(
            layerSizes: network.layerSizes, stroke: context.theme.backwardStroke, direction: .backward,
            neuronLines: { column, neuron in
                guard column > 0 else { return [] }
                return [TextLine("δ = " + context.number(backward.errors[column - 1][neuron]))]
            },
            edgeLabel: { edge in selection.label(edge) { context.number(weightGradients[edge.parameterLayer][edge.row, edge.column]) } },
            outputLines: { outputs[$0] },
            headings: try context.layerHeadings(network, activations: false),
            elisionNotes: try context.elisionNotes(network),
            kept: kept,
            keys: [LegendKey(stroke: context.theme.backwardStroke, label: try context.text(.keyBackward))],
            notes: [try context.note(.backwardLegend)] + selection.notes + batchNote,
            title: try context.altText(context.text(.backwardAlt, [
                "sizes": network.sizesDescription,
                "delta": context.numbers.list(backward.errors[backward.errors.count - 1], context.number),
            ]), examples: walkthrough.examples.count))
        diagram.matrixName = { "∂C/∂" + Symbol(.weights, layer: $0 + 2).unicode }
        diagram.matrixEntry = { edge in
            context.number(weightGradients[edge.parameterLayer][edge.row, edge.column])
        }
        return diagram
    }
}
