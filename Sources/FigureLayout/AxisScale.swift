import Foundation

/// A chart axis with "nice" ticks: steps of 1, 2 or 5 times a power of ten, covering a range.
struct AxisScale: Equatable {
    let step: Double
    /// The first and last tick: the axis runs from one to the other.
    let lower: Double
    let upper: Double

    /// An axis covering `low…high` with about `tickCount` intervals. A flat range is widened so the
    /// curve sits inside the axis; `integral` keeps steps whole (epochs).
    init(covering low: Double, _ high: Double, tickCount: Int, integral: Bool) {
        var low = low, high = high
        if high - low <= 1e-12 * max(abs(high), 1) {
            let pad = low == 0 ? 1 : abs(low) * 0.5
            (low, high) = low >= 0 && low - pad < 0 ? (0, low + pad) : (low - pad, high + pad)
        }
        var step = Self.niceStep((high - low) / Double(max(tickCount, 1)))
        if integral { step = max(step.rounded(), 1) }
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        let power = pow(10, (log10(rough)).rounded(.down))
        let fraction = rough / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// The same range with the next larger nice step, for when tick labels do not fit.
    func coarser() -> AxisScale {
        AxisScale(step: Self.niceStep(step * 1.01), covering: lower, upper)
    }

    private init(step: Double, covering low: Double, _ high: Double) {
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// Every tick value, as whole multiples of the step so that no rounding drift appears.
    var ticks: [Double] {
        let first = Int((lower / step).rounded()), last = Int((upper / step).rounded())
        return (first...last).map { Double($0) * step }
    }

    /// Decimals needed to write the ticks exactly.
    var decimals: Int { max(0, Int((-log10(step) - 1e-9).rounded(.up))) }

    /// Where `value` falls between `start` (at `lower`) and `end` (at `upper`).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }
}
