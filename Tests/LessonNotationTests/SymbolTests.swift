import BackpropEngine
import LessonNotation
import Testing

@Suite struct SymbolTests {
    @Test func theLayerIsAParenthesizedSuperscriptAndTheNeuronASubscript() {
        #expect(Symbol(.weight, neurons: [1, 2], layer: 2).unicode == "w₁₂⁽²⁾")
        #expect(Symbol(.activation, neurons: [1], layer: 3).unicode == "a₁⁽³⁾")
        #expect(Symbol(.input, neurons: [2]).unicode == "x₂")
    }

    @Test func twoDigitNeuronsAreSeparated() {
        #expect(Symbol(.weight, neurons: [10, 2], layer: 2).unicode == "w₁₀,₂⁽²⁾")
    }

    @Test func theExampleIsABracketedMarkAfterTheLayer() {
        #expect(Symbol(.error, layer: 2, example: 3).unicode == "δ⁽²⁾[3]")
        #expect(Symbol(.cost, example: 1).unicode == "C[1]")
    }

    @Test func eachIndexHasItsOwnBrackets() {
        #expect(NotationIndex.layer.opening == "(" && NotationIndex.layer.closing == ")")
        #expect(NotationIndex.example.opening == "[" && NotationIndex.example.closing == "]")
        #expect(Set(NotationIndex.allCases.map(\.letter)).count == NotationIndex.allCases.count)
    }

    @Test(arguments: Activation.allCases)
    func sigmaIsTheSigmoidAndNothingElse(_ activation: Activation) {
        #expect((activation.symbol == "σ") == (activation == .sigmoid))
        #expect(activation.derivativeSymbol == activation.symbol + "′")
        #expect(activation.symbol != Activation.genericSymbol)
    }
}
