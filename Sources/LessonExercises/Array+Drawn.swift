import BackpropEngine

extension Array {
    /// An element drawn from `generator` (modulo the count, the same on every platform and Swift
    /// version, unlike `randomElement(using:)`); `nil` when empty.
    func drawn(using generator: inout SplitMix64) -> Element? {
        isEmpty ? nil : self[Int(generator.next() % UInt64(count))]
    }
}
