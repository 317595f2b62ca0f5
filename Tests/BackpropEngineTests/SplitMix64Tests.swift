import Testing
@testable import BackpropEngine

@Suite struct SplitMix64Tests {
    /// The reference sequence of SplitMix64 (Steele, Lea and Flood 2014; Vigna's splitmix64.c) for seed 0.
    @Test func matchesReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func randomNetworksAreReproducibleAndScaled() {
        let a = Network.random(layerSizes: [4, 3, 2], activations: [.tanh, .linear], seed: 9)
        let b = Network.random(layerSizes: [4, 3, 2], activations: [.tanh, .linear], seed: 9)
        let c = Network.random(layerSizes: [4, 3, 2], activations: [.tanh, .linear], seed: 10)
        #expect(a == b)
        #expect(a != c)
        #expect(a.weights[0].entries.allSatisfy { abs($0) <= 0.5 })
        #expect(a.biases.allSatisfy { $0.allSatisfy { $0 == 0 } })
    }

    /// Issue 10: the README documents the mapping exactly, so anyone can reproduce seeded weights. This
    /// is that text, written out independently of `SplitMix64` and `Network.random`.
    @Test func theReadmesWeightMappingIsTheOneUsed() {
        var state: UInt64 = 2026
        func draw() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x9_4D04_9BB1_3311_1EB
            let x = z ^ (z >> 31)
            return Double(x >> 11) * 0x1p-53
        }
        let sizes = [3, 2, 4, 1]
        let network = Network.random(layerSizes: sizes, activations: [.tanh, .tanh, .linear], seed: 2026)
        for l in 1..<sizes.count {
            for j in 0..<sizes[l] {
                for k in 0..<sizes[l - 1] {
                    let u = draw()
                    #expect(network.weights[l - 1][j, k] == (1 / Double(sizes[l - 1]).squareRoot()) * (2 * u - 1))
                }
            }
        }
    }
}
