import BackpropEngine
import LessonFormatting

extension ExerciseSet {
    /// How many practice examples are tried for one page before settling for the first.
    static let pageAttempts = 100

    /// The exercises at the end of an example's page: the example's own starting `network` and
    /// `settings`, but a new practice example drawn near `data` (so no answer can be copied from the
    /// worked passes above it), and neurons chosen so that every answer is worth computing. The same
    /// `seed` (see `seed(named:)`) always gives the same exercises.
    /// - Throws: `NonFiniteValue` when a number of the practice step overflows.
    public static func practice(
        network: Network, data: [TrainingExample], settings: TrainingSettings, format: NumberFormat, seed: UInt64
    ) throws(NonFiniteValue) -> ExerciseSet {
        var generator = SplitMix64(seed: seed)
        var first: PracticeProblem?
        for _ in 0..<pageAttempts {
            let problem = try PracticeProblem(
                network: network, example: PracticeExample.draw(near: data, using: &generator), settings: settings)
            if let choice = ExerciseChoice.fair(for: problem, format: format, using: &generator) {
                return ExerciseSet(problem: problem, choice: choice, format: format)
            }
            first = first ?? problem
        }
        // No draw where every answer shows a digit (a network whose ReLUs are all dead, say): the
        // first draw with its first neurons, still right, if dull.
        let problem = first!
        let output = problem.outputLayer
        return ExerciseSet(
            problem: problem,
            choice: ExerciseChoice(forwardNeuron: 0, outputNeuron: 0, hiddenNeuron: output > 0 ? 0 : nil, weightRow: 0, weightColumn: 0),
            format: format)
    }

    /// A seed from a name such as an example's id (64-bit FNV-1a of its UTF-8 bytes), so that each
    /// page has its own practice example and keeps it from build to build.
    public static func seed(named name: String) -> UInt64 {
        name.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}
