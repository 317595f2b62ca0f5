import CBatchKernels
import Foundation
import Testing
@testable import BackpropEngine

/// The kernels' AVX2 and AVX-512 paths on the same inputs, each forced with `batch_path`: the
/// processor picks one at run time, so without this a machine only ever tests its own. Skipped where
/// the processor lacks AVX-512 (or AVX2); this project's machines have had either.
@Suite struct KernelPathTests {
    static let bothPaths = batch_path_available(batch_path_avx2) == 1 && batch_path_available(batch_path_avx512) == 1

    /// The shapes training multiplies (784-30-10 and 2-8-1 in blocks of 64 examples, forward, BP2 with
    /// Wᵀ read through strides, BP4) and awkward ones: one row, one column, sizes that leave every
    /// remainder of the 4-, 8- and 16-wide loops.
    static let shapes: [(rows: Int, inner: Int, columns: Int)] = [
        (30, 784, 64), (30, 64, 784), (10, 30, 64), (30, 10, 64), (10, 64, 30), (8, 2, 64), (1, 8, 64), (8, 64, 2),
        (1, 1, 1), (3, 5, 7), (7, 13, 37), (13, 100, 17), (33, 9, 48), (6, 31, 95), (4, 16, 16), (5, 3, 1),
    ]

    /// Products: every entry is the same multiply-adds in the same order on both paths, so the same bits.
    @Test(.enabled(if: bothPaths), arguments: 0..<shapes.count)
    func productsAreTheSameBitsOnBothPaths(shape index: Int) {
        let (rows, inner, columns) = Self.shapes[index]
        var generator = SplitMix64(seed: 900 + UInt64(index))
        let a = (0..<rows * inner).map { _ in generator.nextSymmetricUnit() * 3 }
        let b = (0..<inner * columns).map { _ in generator.nextSymmetricUnit() }
        let start = (0..<rows * columns).map { _ in generator.nextSymmetricUnit() }
        // A as stored (row-major), and A read transposed from its transpose (BP2's (Wˡ⁺¹)ᵀ).
        let aTransposed = (0..<inner * rows).map { a[($0 % rows) * inner + $0 / rows] }
        for (matrix, rowStride, columnStride) in [(a, inner, 1), (aTransposed, 1, rows)] {
            for accumulate: Int32 in [0, 1] {
                var results: [[Double]] = []
                for path in [batch_path_avx2, batch_path_avx512] {
                    var c = start
                    batch_multiply_on(path, rows, inner, columns, matrix, rowStride, columnStride, b, columns, &c, columns, accumulate)
                    results.append(c)
                }
                #expect(results[0].map(\.bitPattern) == results[1].map(\.bitPattern), "\(rows)×\(inner)×\(columns), strides \(rowStride), \(columnStride)")
            }
        }
        var g = [[Double]](repeating: start, count: 2)
        let bRows = (0..<columns * inner).map { _ in generator.nextSymmetricUnit() }
        for (slot, path) in [batch_path_avx2, batch_path_avx512].enumerated() {
            batch_multiply_transposed_on(path, rows, columns, inner, a, inner, bRows, inner, &g[slot], columns)
        }
        #expect(g[0].map(\.bitPattern) == g[1].map(\.bitPattern))
    }

    /// The elementwise functions run AVX2's code on the AVX-512 path too (glibc's AVX-512 vector
    /// functions round expm1, log and so tanh differently in the last bits): a lesson's numbers, and
    /// the committed site/, are then the same on every machine with AVX2.
    @Test(.enabled(if: bothPaths))
    func elementwiseFunctionsAreTheSameBitsOnBothPaths() {
        typealias Kernel = (batch_path, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void
        let functions: [(String, Kernel, ClosedRange<Double>)] = [
            ("exp", { batch_exp_on($0, $1, $2, $3) }, -700...700),
            ("expm1", { batch_expm1_on($0, $1, $2, $3) }, -40...40),
            ("log", { batch_log_on($0, $1, $2, $3) }, 1e-300...1e6),
            ("sigmoid", { batch_sigmoid_on($0, $1, $2, $3) }, -40...40),
            ("tanh", { batch_tanh_on($0, $1, $2, $3) }, -25...25),
            ("log1p_exp_minus_abs", { batch_log1p_exp_minus_abs_on($0, $1, $2, $3) }, -40...40),
        ]
        var generator = SplitMix64(seed: 901)
        for (name, kernel, range) in functions {
            let x = (0..<4_003).map { _ in
                let u = (generator.nextSymmetricUnit() + 1) / 2
                return name == "log" ? exp(log(range.lowerBound) + u * (log(range.upperBound) - log(range.lowerBound)))
                    : range.lowerBound + u * (range.upperBound - range.lowerBound)
            } + [0, -0.0, 1e-300, -1e-300, 1e-9, -1e-9, 1]
            var avx2 = [Double](repeating: 0, count: x.count), avx512 = avx2
            kernel(batch_path_avx2, x, &avx2, x.count)
            kernel(batch_path_avx512, x, &avx512, x.count)
            #expect(avx2.map(\.bitPattern) == avx512.map(\.bitPattern), "\(name)")
        }
    }
}
