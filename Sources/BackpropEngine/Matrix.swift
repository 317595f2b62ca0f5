/// A dense matrix of `Double`, stored row by row.
///
/// Weight matrices follow the convention of the lessons: entry (j, k) of Wˡ, written wˡⱼₖ, connects
/// neuron k of layer l−1 to neuron j of layer l, so `Wˡ aˡ⁻¹` is the weighted input of layer l.
public struct Matrix: Equatable, Hashable, Sendable {
    /// Number of rows (neurons of the layer this matrix feeds).
    public let rows: Int
    /// Number of columns (neurons of the layer before).
    public let columns: Int
    /// The entries, row after row.
    public private(set) var entries: [Double]

    /// A matrix of the given shape with every entry equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        self.entries = Array(repeating: value, count: rows * columns)
    }

    /// A matrix from its rows; every row must have the same length.
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "ragged matrix")
        self.rows = rowArrays.count
        self.columns = columns
        self.entries = rowArrays.flatMap { $0 }
    }

    /// The entry in row `row`, column `column`.
    public subscript(row: Int, column: Int) -> Double {
        get { entries[row * columns + column] }
        set { entries[row * columns + column] = newValue }
    }

    /// The matrix as an array of rows.
    public var rowArrays: [[Double]] {
        (0..<rows).map { Array(entries[$0 * columns..<($0 + 1) * columns]) }
    }

    /// The transpose, (Mᵀ)ₖⱼ = Mⱼₖ.
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for j in 0..<rows {
            for k in 0..<columns { result[k, j] = self[j, k] }
        }
        return result
    }

    /// The sum of the squares of every entry, Σ w².
    public var sumOfSquares: Double { entries.reduce(0) { $0 + $1 * $1 } }

    /// Matrix–vector product `M v`.
    public static func * (matrix: Matrix, vector: [Double]) -> [Double] {
        precondition(vector.count == matrix.columns, "shape mismatch in M v")
        var result = [Double](repeating: 0, count: matrix.rows)
        matrix.entries.withUnsafeBufferPointer { m in
            vector.withUnsafeBufferPointer { v in
                for j in 0..<matrix.rows {
                    var sum = 0.0
                    let rowStart = j * matrix.columns
                    for k in 0..<matrix.columns { sum += m[rowStart + k] * v[k] }
                    result[j] = sum
                }
            }
        }
        return result
    }

    /// The outer product `u vᵀ`, as in BP4: δˡ (aˡ⁻¹)ᵀ.
    public static func outer(_ u: [Double], _ v: [Double]) -> Matrix {
        var result = Matrix(rows: u.count, columns: v.count)
        for j in u.indices {
            for k in v.indices { result[j, k] = u[j] * v[k] }
        }
        return result
    }

    /// Entry-by-entry sum.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "shape mismatch in +")
        var result = lhs
        for i in result.entries.indices { result.entries[i] += rhs.entries[i] }
        return result
    }

    /// Entry-by-entry difference.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        lhs + (-1) * rhs
    }

    /// Every entry multiplied by `scalar`.
    public static func * (scalar: Double, matrix: Matrix) -> Matrix {
        var result = matrix
        for i in result.entries.indices { result.entries[i] *= scalar }
        return result
    }
}
