import BackpropEngine
import Foundation
import LessonFormatting

/// What `check` prints for one example file: the verdict, every parameter that disagrees or sits at a
/// kink with both derivatives, the training curve's first and last cost, and whether training diverges.
struct CheckReport {
    let file: String
    let check: GradientCheck
    let history: TrainingHistory

    private static let number = NumberFormat(precision: 10, decimalSeparator: ".", minusSign: "-")
    /// Parameters next to or at a kink listed by name; the rest are counted.
    static let kinkLinesShown = 10

    var text: String {
        let summary = "worst relative error \(Self.scientific(check.worstRelativeError)) over "
            + Counted.phrase(check.entries.count, "parameter", "parameters")
        var lines: [String] = []
        if check.passed {
            lines.append("ok    \(file): gradient check passed, \(summary)")
        } else {
            let count = check.disagreements.count
            lines.append("FAIL  \(file): \(Counted.phrase(count, "parameter disagrees", "parameters disagree")), \(summary)")
        }
        for entry in check.disagreements {
            lines.append("      \(entry.parameter): backpropagation \(Self.number.string(entry.backpropagation)), "
                + "finite differences \(Self.number.string(entry.numerical)), relative error \(Self.scientific(entry.relativeError))")
        }
        var kinkLines: [String] = []
        for entry in check.entries {
            switch entry.method {
            case .atKink(let kink):
                kinkLines.append("      \(entry.parameter): at a kink, not comparable (backpropagation \(Self.number.string(entry.backpropagation)); \(kink))")
            case .leftSided, .rightSided:
                let side = entry.method == .leftSided ? "left" : "right"
                kinkLines.append("      \(entry.parameter): next to a kink, checked with \(side)-sided differences: "
                    + "backpropagation \(Self.number.string(entry.backpropagation)), finite differences \(Self.number.string(entry.numerical))")
            case .central:
                break
            }
        }
        lines += kinkLines.prefix(Self.kinkLinesShown)
        if kinkLines.count > Self.kinkLinesShown {
            lines.append("      … and \(Counted.phrase(kinkLines.count - Self.kinkLinesShown, "more parameter", "more parameters")) next to or at a kink")
        }
        if let first = history.costs.first, let last = history.costs.last {
            // To 12 significant digits: what the benchmark compares with NumPy.
            let epochs = history.costs.count - 1
            lines.append(String(format: "      training: cost %.12g → %.12g", locale: nil, first, last)
                + " after " + Counted.phrase(epochs, "epoch", "epochs"))
        }
        if let epoch = history.divergedAtEpoch {
            lines.append("      note: training diverged at epoch \(epoch) (\(DivergenceText(history: history).reason))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func scientific(_ value: Double) -> String {
        String(format: "%.1e", locale: nil, value)
    }
}
