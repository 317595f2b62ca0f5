import Foundation

/// A 128-bit content hash (two FNV-1a 64 hashes with different offsets, over the bytes of a text or
/// the eight-byte words of a file's data), to tell whether the inputs
/// of a figure or of the whole site changed since the last build. Not cryptographic: it guards a
/// cache, not a secret.
public struct Fingerprint: Equatable, Sendable {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x6C62_272E_07BB_0142

    public init() {}

    /// Mixes `bytes` in.
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { mix(UInt64(byte)) }
        separate()
    }

    /// Mixes `data` in eight bytes at a time (a site's files are 25 MB: byte by byte, hashing them was
    /// a fifth of a rebuild).
    public mutating func add(_ data: Data) {
        data.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * index, as: UInt64.self)))
            }
            for byte in raw[(8 * words)...] { mix(UInt64(byte)) }
        }
        separate()
    }

    private mutating func mix(_ value: UInt64) {
        first = (first ^ value) &* 0x0000_0100_0000_01B3
        second = (second ^ value) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
    }

    /// A separator, so that ("ab", "c") and ("a", "bc") differ.
    private mutating func separate() {
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
