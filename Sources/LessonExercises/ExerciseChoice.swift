import BackpropEngine
import LessonFormatting

/// Which neurons and which weight the exercises ask about, drawn at random among those whose answer
/// is worth computing: no dead ReLU, no δ or gradient that shows fewer than two significant digits
/// at the shown precision (0,0012 but not 0,0004).
public struct ExerciseChoice: Equatable, Sendable {
    /// Neuron j (from 0) of the first non-input layer, whose zˡⱼ and aˡⱼ are asked.
    public let forwardNeuron: Int
    /// Output neuron j (from 0) of BP1.
    public let outputNeuron: Int
    /// Neuron j (from 0) of the last hidden layer for BP2; `nil` without hidden layers.
    public let hiddenNeuron: Int?
    /// Row j (output neuron) of the output-layer weight of the chain rule and the update.
    public let weightRow: Int
    /// Column k (neuron of the layer before) of that weight.
    public let weightColumn: Int

    public init(forwardNeuron: Int, outputNeuron: Int, hiddenNeuron: Int?, weightRow: Int, weightColumn: Int) {
        self.forwardNeuron = forwardNeuron
        self.outputNeuron = outputNeuron
        self.hiddenNeuron = hiddenNeuron
        self.weightRow = weightRow
        self.weightColumn = weightColumn
    }

    /// A choice for `problem` in which every answer shows a digit other than zero with `format` (two
    /// significant digits for δ and ∂C/∂w),
    /// each neuron drawn from `generator` among the fair ones; `nil` when some exercise has no fair
    /// neuron (every ReLU of a layer dead, every δ rounding to zero).
    public static func fair(
        for problem: PracticeProblem, format: NumberFormat, using generator: inout SplitMix64
    ) -> ExerciseChoice? {
        let forward = problem.forward, backward = problem.backward, step = problem.step
        let output = problem.outputLayer
        let visible = { (value: Double) in format.showsNonZero(value) }
        let significant = { (value: Double) in format.showsTwoSignificantDigits(value) }

        let forwardCandidates = (0..<problem.network.layerSizes[1]).filter {
            visible(forward.weightedInputs[0][$0]) && visible(forward.activations[0][$0])
        }
        let outputCandidates = (0..<problem.network.layerSizes.last!).filter { significant(backward.errors[output][$0]) }
        let hiddenCandidates: [Int]? = output == 0 ? nil
            : (0..<problem.network.layerSizes[output]).filter { significant(backward.errors[output - 1][$0]) }
        guard let forwardNeuron = forwardCandidates.drawn(using: &generator),
              let outputNeuron = outputCandidates.drawn(using: &generator)
        else { return nil }
        var hiddenNeuron: Int?
        if let hiddenCandidates {
            guard let neuron = hiddenCandidates.drawn(using: &generator) else { return nil }
            hiddenNeuron = neuron
        }
        // A weight of another output neuron than BP1's when there is one, so the chain is new work,
        // whose gradient and whose change η ∂C/∂w both show.
        let weights = step.gradient.weights[output]
        let eta = problem.settings.learningRate
        let allWeights = (0..<weights.rows).flatMap { j in (0..<weights.columns).map { (j, $0) } }
            .filter { significant(weights[$0.0, $0.1]) && visible(eta * weights[$0.0, $0.1]) }
        let otherNeuron = allWeights.filter { $0.0 != outputNeuron }
        guard let weight = (otherNeuron.isEmpty ? allWeights : otherNeuron).drawn(using: &generator) else { return nil }
        return ExerciseChoice(
            forwardNeuron: forwardNeuron, outputNeuron: outputNeuron, hiddenNeuron: hiddenNeuron,
            weightRow: weight.0, weightColumn: weight.1)
    }
}
