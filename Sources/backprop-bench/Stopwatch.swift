import Foundation

/// Wall-clock timing of repeated runs; benchmarks report the median.
enum Stopwatch {
    /// Seconds taken by one run of `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The median of `runs` timings of `body`, after `warmUp` untimed runs.
    static func median(runs: Int, warmUp: Int = 0, _ body: () throws -> Void) rethrows -> Double {
        for _ in 0..<warmUp { try body() }
        var timings: [Double] = []
        for _ in 0..<runs { timings.append(try seconds(body)) }
        return median(timings)
    }

    /// The medians of `runs` timings of each of `first` and `second`, run in turn (after one untimed
    /// run of each), so that both see the same moments of a machine whose load drifts.
    static func alternatingMedians(
        runs: Int, _ first: () throws -> Void, _ second: () throws -> Void
    ) rethrows -> (first: Double, second: Double) {
        try first()
        try second()
        var timings: ([Double], [Double]) = ([], [])
        for _ in 0..<runs {
            timings.0.append(try seconds(first))
            timings.1.append(try seconds(second))
        }
        return (median(timings.0), median(timings.1))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
