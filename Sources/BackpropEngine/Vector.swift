/// Element-wise arithmetic on plain `[Double]` vectors (activations, weighted inputs, errors δ).
extension Array where Element == Double {
    /// Hadamard product u ⊙ v, the ⊙ of BP1 and BP2.
    public func hadamard(_ other: [Double]) -> [Double] {
        precondition(count == other.count, "shape mismatch in ⊙")
        return zip(self, other).map { $0 * $1 }
    }

    /// Element-wise sum u + v.
    public func adding(_ other: [Double]) -> [Double] {
        precondition(count == other.count, "shape mismatch in +")
        return zip(self, other).map { $0 + $1 }
    }

    /// Element-wise difference u − v.
    public func subtracting(_ other: [Double]) -> [Double] {
        precondition(count == other.count, "shape mismatch in −")
        return zip(self, other).map { $0 - $1 }
    }

    /// Every element multiplied by `scalar`.
    public func scaled(by scalar: Double) -> [Double] { map { $0 * scalar } }
}
