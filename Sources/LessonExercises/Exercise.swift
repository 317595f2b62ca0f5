import LessonFormatting
import LessonMath

/// One exercise: what to compute, what is given, and the answer with its working, every number
/// from the engine. The words live in the string tables (`exercises.<kind>.prompt`), so the same
/// exercise reads in every language.
public struct Exercise: Equatable, Sendable {
    /// What the exercise practises, in lesson order.
    public enum Kind: String, CaseIterable, Sendable {
        /// zˡⱼ and aˡⱼ of one neuron.
        case forward
        /// The cost of the practice example.
        case cost
        /// BP1: δᴸⱼ of one output neuron.
        case outputError
        /// BP2: δˡⱼ of one hidden neuron.
        case hiddenError
        /// ∂C/∂wᴸⱼₖ of one weight as a chain of factors.
        case weightGradient
        /// wᴸⱼₖ after one gradient-descent step.
        case weightUpdate
    }

    /// A quantity asked, with the engine's value.
    public struct Answer: Equatable, Sendable {
        public let quantity: MathML
        public let value: Double
    }

    public let kind: Kind
    /// The prompt's placeholders: the quantities asked, such as {z}, {a} or {delta}.
    public let symbols: [String: MathML]
    /// The prompt's whole-number placeholders: {j}, the neuron (from 1), and {l}, the lessons' layer.
    public let indices: [String: Int]
    /// What is given: lines of `symbol = value` pairs, each pair a row of its own (so that a page can
    /// break a long line between pairs).
    public let given: [[MathML]]
    /// The working of the answer: each quantity symbolic → with the numbers → result.
    public let working: [Equation]
    public let answers: [Answer]
    /// Whether the prompt has a variant: the cost without the λ term (`exercises.cost.promptRegularized`).
    public let promptVariant: String?

    /// What separates two given pairs: a comma, or a semicolon where the decimal separator is a comma,
    /// so that x₁ = 0,3; x₂ = 0,5 reads unambiguously.
    public static func pairSeparator(_ format: NumberFormat) -> String { format.decimalSeparator == "," ? ";" : "," }

    /// A line of given pairs as one row: `x₁ = 0.3, x₂ = 0.5`.
    public static func line(_ pairs: [MathML], format: NumberFormat) -> MathML {
        .row(pairs.enumerated().flatMap { index, pair in
            index == 0 ? [pair] : [.operator(pairSeparator(format)), .space(0.5), pair]
        })
    }

    /// The string-table key of the prompt.
    public var promptKey: String { "exercises.\(kind.rawValue).\(promptVariant ?? "prompt")" }
    /// The string-table key of the title.
    public var titleKey: String { "exercises.\(kind.rawValue).title" }
}
