import BackpropEngine
import ExampleFile
import LessonFormatting

/// The readable terminal report of `trace`: for each worked step, z and a per layer, the cost,
/// δ per layer, ∂C/∂W and ∂C/∂b, the new weights and biases, and the cost after the update.
struct TraceTable {
    let example: Example
    let walkthrough: Walkthrough

    private var number: NumberFormat {
        NumberFormat(precision: example.precision, decimalSeparator: ".", minusSign: "-")
    }

    var text: String {
        let network = example.network
        let settings = walkthrough.settings
        var lines = [
            "\(example.id): \(example.title.english)",
            "layers \(network.layerSizes.map(String.init).joined(separator: "-"))"
                + " · activations \(network.activations.map(\.rawValue).joined(separator: ", "))"
                + " · \(settings.loss.rawValue) · η = \(settings.learningRate) · λ = \(settings.regularization)"
                + " · m = \(walkthrough.examples.count)"
                + (settings.updateBiases ? "" : " · biases not updated"),
        ]
        for step in walkthrough.steps {
            lines += [""] + stepLines(step)
        }
        if let epoch = walkthrough.history.divergedAtEpoch {
            lines += ["", "Training diverged at epoch \(epoch): \(DivergenceText(history: walkthrough.history).reason)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func stepLines(_ step: GradientStep) -> [String] {
        var lines = ["Step \(step.index + 1)", "  Forward pass"]
        for (x, pass) in step.forwardPasses.enumerated() {
            let example = walkthrough.examples[x]
            lines.append("    example \(x + 1): x = \(vector(example.input)), y = \(vector(example.target))")
            for i in pass.weightedInputs.indices {
                lines.append("      layer \(layer(i))  z = \(vector(pass.weightedInputs[i]))  a = \(vector(pass.activations[i]))")
            }
        }
        lines.append("  Cost C = \(number.string(step.cost.total))"
            + (step.cost.regularization > 0
                ? " (mean of C_x \(number.string(step.cost.data)) + λ term \(number.string(step.cost.regularization)))"
                : ""))
        lines.append("  Backward pass")
        for (x, backward) in step.backwardPasses.enumerated() {
            lines.append("    example \(x + 1)")
            for i in backward.errors.indices.reversed() {
                let equation = i == backward.errors.count - 1 ? "BP1" : "BP2"
                lines.append("      layer \(layer(i))  δ = \(vector(backward.errors[i]))  (\(equation))")
            }
        }
        lines.append("  Gradients (averaged over m = \(walkthrough.examples.count))")
        for i in step.gradient.weights.indices.reversed() {
            lines.append("    layer \(layer(i))  ∂C/∂W = \(matrix(step.gradient.weights[i]))  ∂C/∂b = \(vector(step.gradient.biases[i]))")
        }
        lines.append("  Update W ← W − η ∂C/∂W" + (walkthrough.settings.updateBiases ? ", b ← b − η ∂C/∂b" : ""))
        for i in step.updatedNetwork.weights.indices {
            lines.append("    layer \(layer(i))  W = \(matrix(step.updatedNetwork.weights[i]))  b = \(vector(step.updatedNetwork.biases[i]))")
        }
        let predictions = step.forwardPassesAfter.map { vector($0.output) }.joined(separator: ", ")
        lines.append("  Cost after the update C = \(number.string(step.costAfter.total)) (prediction \(predictions))")
        return lines
    }

    private func layer(_ index: Int) -> Int { Network.layerNumber(ofParameterLayer: index) }

    private func vector(_ values: [Double]) -> String {
        "[" + values.map(number.string).joined(separator: ", ") + "]"
    }

    private func matrix(_ matrix: Matrix) -> String {
        "[" + matrix.rowArrays.map(vector).joined(separator: ", ") + "]"
    }
}
