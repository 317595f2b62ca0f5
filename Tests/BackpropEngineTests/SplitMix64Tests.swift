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
}
