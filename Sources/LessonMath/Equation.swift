/// One equation as the lessons show it: the left-hand side, then a chain of right-hand sides —
/// symbolic first, then with the example's numbers, then the result — one line each, aligned on
/// the relation sign.
public struct Equation: Equatable, Sendable {
    /// What a line of the chain shows; pages style the result apart.
    public enum Stage: String, Equatable, Sendable {
        case symbolic, numbers, result
    }

    /// One right-hand side of the chain.
    public struct Line: Equatable, Sendable {
        public var stage: Stage
        public var expression: MathML
        /// Whether the line goes on with the one before it (a long sum broken after a term, one
        /// term per line as a textbook writes it), so it has no relation sign of its own.
        public var continues = false
    }

    /// The quantity defined, such as z⁽²⁾ or W⁽²⁾ in W⁽²⁾ ← ….
    public var lhs: MathML
    /// The first line's relation: = for most, ← for the update rule.
    public var relation: MathML
    public var lines: [Line]

    /// `lhs relation symbolic… = numbers… = result`; a definition has only symbolic lines. A numbers
    /// entry given as several lines (`MathML.sumLines`) is one line continued on the next ones.
    public init(
        _ lhs: MathML, relation: MathML = .equals, symbolic: [MathML], numbers: [MathML] = [],
        continuedNumbers: [[MathML]] = [], result: MathML? = nil
    ) {
        self.lhs = lhs
        self.relation = relation
        lines = symbolic.map { Line(stage: .symbolic, expression: $0) }
            + (numbers.map { [$0] } + continuedNumbers).flatMap { pieces in
                pieces.enumerated().map { Line(stage: .numbers, expression: $0.element, continues: $0.offset > 0) }
            }
            + (result.map { [Line(stage: .result, expression: $0)] } ?? [])
    }
}
