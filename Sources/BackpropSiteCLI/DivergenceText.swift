import BackpropEngine
import LessonFormatting

/// Why training diverged, in a sentence for the terminal (`trace` and `check`).
struct DivergenceText {
    let history: TrainingHistory

    private static let number = NumberFormat(precision: 4, decimalSeparator: ".", minusSign: "-")

    /// What went wrong, or "" when training did not diverge.
    var reason: String {
        switch history.divergence {
        case .notFinite(let value)?:
            "\(value.quantity) is not a finite number"
        case .costExploded(let cost, let limit)?:
            "the cost reached \(Self.number.string(cost)), above \(Self.number.string(limit)) = "
                + "\(Int(TrainingHistory.divergenceFactor)) × max(C₀, 1); try a smaller learning rate η"
        case nil:
            ""
        }
    }
}
