/// A 128-bit content hash (two FNV-1a 64 hashes with different offsets), to tell whether the inputs
/// of a figure or of the whole site changed since the last build. Not cryptographic: it guards a
/// cache, not a secret.
public struct Fingerprint: Equatable, Sendable {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x6C62_272E_07BB_0142

    public init() {}

    /// Mixes `bytes` in.
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        first = (first ^ 0xFF) &* 0x0000_0100_0000_01B3
        second = (second ^ 0xFE) &* 0x0000_0100_0000_01B3
    }

    /// Mixes the UTF-8 of `text` in.
    public mutating func add(_ text: String) { add(text.utf8) }

    /// 32 hexadecimal digits.
    public var hex: String {
        [first, second].map { value in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
