import BackpropEngine
import LessonFormatting
import LessonMath

/// The exercises of one practice problem, in lesson order: z and a of one neuron, the cost, BP1, BP2
/// (when there is a hidden layer), ∂C/∂w of one weight as a chain of factors, and that weight after
/// the update. Every given value and every answer is the engine's; numbers are written with `format`.
public struct ExerciseSet: Equatable, Sendable {
    public let problem: PracticeProblem
    public let choice: ExerciseChoice
    public let exercises: [Exercise]

    public init(problem: PracticeProblem, choice: ExerciseChoice, format: NumberFormat) {
        self.problem = problem
        self.choice = choice
        let writer = ExerciseWriter(problem: problem, format: format)
        exercises = [
            writer.forward(neuron: choice.forwardNeuron),
            writer.cost(),
            writer.outputError(neuron: choice.outputNeuron),
            choice.hiddenNeuron.map { writer.hiddenError(neuron: $0) },
            writer.weightGradient(row: choice.weightRow, column: choice.weightColumn),
            writer.weightUpdate(row: choice.weightRow, column: choice.weightColumn),
        ].compactMap { $0 }
    }

    /// x = (…) and y = (…) of the practice example, with no more decimals than they have.
    public func exampleStatement(_ format: NumberFormat) -> MathML {
        let example = problem.example
        return .row([
            .identifier("x"), .equals, .columnVector(example.input, format.shortest(for: example.input)), .operator(","), .space(1),
            .identifier("y"), .equals, .columnVector(example.target, format.shortest(for: example.target)),
        ])
    }
}
