import Foundation
import SiteGenerator
import Testing

/// The content hash of the build cache: any changed byte of a file, in a whole word or in the tail
/// after the last one, changes it; the same bytes always give the same hash.
@Suite struct FingerprintTests {
    func hex(_ bytes: [UInt8]) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(Data(bytes))
        return fingerprint.hex
    }

    @Test func everyByteCounts() {
        let bytes = (0..<21).map { UInt8($0 * 7 % 256) }
        let original = hex(bytes)
        #expect(hex(bytes) == original)
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 1
            #expect(hex(changed) != original, "byte \(index)")
        }
        #expect(hex(bytes + [0]) != original, "a longer file")
        #expect(hex([]) != hex([0]))
    }

    @Test func filesAreSeparated() {
        var split = Fingerprint(), whole = Fingerprint()
        split.add(Data([1, 2, 3]))
        split.add(Data([4]))
        whole.add(Data([1, 2, 3, 4]))
        #expect(split != whole)
    }
}
