import BackpropEngine
import ExampleFile
import LessonFormatting
import LessonNotation

/// The readable terminal report of `trace`: for each worked step, z and a per layer, the cost,
/// δ per layer, ∂C/∂W and ∂C/∂b, the new weights and biases, and the cost after the update, in the
/// lessons' notation (z⁽²⁾, δ⁽³⁾, x[1]) and number rule (significant digits, given values as written),
/// with a decimal point and a hyphen minus for terminals.
struct TraceTable {
    let example: Example
    let walkthrough: Walkthrough

    private var number: NumberFormat {
        NumberFormat(precision: example.precision, decimalSeparator: ".", minusSign: "-", givenValues: example.givenValues)
    }

    var text: String {
        let network = example.network
        let settings = walkthrough.settings
        var lines = [
            "\(example.id): \(example.title.english)",
            "layers \(network.layerSizes.map(String.init).joined(separator: "-"))"
                + " · activations \(network.activations.map { "\($0.rawValue) (\($0.symbol))" }.joined(separator: ", "))"
                + " · \(settings.loss.rawValue) · η = \(number.given(settings.learningRate)) · λ = \(number.given(settings.regularization))"
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
            let mark = walkthrough.examples.count > 1 ? "[\(x + 1)]" : ""
            lines.append("    example \(x + 1): x\(mark) = \(vector(example.input, given: true)), y\(mark) = \(vector(example.target, given: true))")
            for i in pass.weightedInputs.indices {
                lines.append("      layer \(layer(i))  z\(symbol(i)) = \(vector(pass.weightedInputs[i]))  a\(symbol(i)) = \(vector(pass.activations[i]))")
            }
        }
        lines.append("  Cost C = \(number.string(step.cost.total))"
            + (step.cost.regularization > 0
                ? " (mean of the C[i] \(number.string(step.cost.data)) + λ term \(number.string(step.cost.regularization)))"
                : ""))
        lines.append("  Backward pass")
        for (x, backward) in step.backwardPasses.enumerated() {
            lines.append("    example \(x + 1)")
            for i in backward.errors.indices.reversed() {
                let equation = i == backward.errors.count - 1 ? "BP1" : "BP2"
                lines.append("      layer \(layer(i))  δ\(symbol(i)) = \(vector(backward.errors[i]))  (\(equation))")
            }
        }
        lines.append("  Gradients (averaged over m = \(walkthrough.examples.count))")
        for i in step.gradient.weights.indices.reversed() {
            lines.append("    layer \(layer(i))  ∂C/∂W\(symbol(i)) = \(matrix(step.gradient.weights[i]))  ∂C/∂b\(symbol(i)) = \(vector(step.gradient.biases[i]))")
        }
        lines.append("  Update W ← W − η ∂C/∂W" + (walkthrough.settings.updateBiases ? ", b ← b − η ∂C/∂b" : ""))
        for i in step.updatedNetwork.weights.indices {
            lines.append("    layer \(layer(i))  W\(symbol(i)) = \(matrix(step.updatedNetwork.weights[i]))  b\(symbol(i)) = \(vector(step.updatedNetwork.biases[i]))")
        }
        let predictions = step.forwardPassesAfter.map { vector($0.output) }.joined(separator: ", ")
        lines.append("  Cost after the update C = \(number.string(step.costAfter.total)) (prediction \(predictions))")
        return lines
    }

    private func layer(_ index: Int) -> Int { Network.layerNumber(ofParameterLayer: index) }

    /// ⁽ˡ⁾ of the layer at `index`.
    private func symbol(_ index: Int) -> String { Symbol.layerMark(layer(index)) }

    private func vector(_ values: [Double], given: Bool = false) -> String {
        "[" + values.map(given ? number.given : number.string).joined(separator: ", ") + "]"
    }

    private func matrix(_ matrix: Matrix) -> String {
        "[" + matrix.rowArrays.map { vector($0) }.joined(separator: ", ") + "]"
    }
}
