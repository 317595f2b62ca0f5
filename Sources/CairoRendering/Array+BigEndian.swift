extension Collection<UInt8> where Index == Int {
    /// The big-endian unsigned 16-bit number at `offset`.
    func uint16(at offset: Int) -> Int { Int(self[offset]) << 8 | Int(self[offset + 1]) }

    /// The big-endian signed 16-bit number at `offset`.
    func int16(at offset: Int) -> Int { Int(Int16(bitPattern: UInt16(uint16(at: offset)))) }

    /// The big-endian unsigned 32-bit number at `offset`.
    func uint32(at offset: Int) -> Int { uint16(at: offset) << 16 | uint16(at: offset + 2) }
}

extension [UInt8] {
    /// Appends the low 16 bits of `value`, big-endian.
    mutating func appendUInt16(_ value: Int) { append(contentsOf: [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]) }

    /// Appends the low 32 bits of `value`, big-endian.
    mutating func appendUInt32(_ value: Int) {
        appendUInt16(value >> 16)
        appendUInt16(value)
    }

    /// Writes the low 16 bits of `value`, big-endian, at `offset`.
    mutating func setUInt16(_ value: Int, at offset: Int) {
        self[offset] = UInt8(value >> 8 & 0xFF)
        self[offset + 1] = UInt8(value & 0xFF)
    }

    /// Writes the low 32 bits of `value`, big-endian, at `offset`.
    mutating func setUInt32(_ value: Int, at offset: Int) {
        setUInt16(value >> 16, at: offset)
        setUInt16(value, at: offset + 2)
    }
}
