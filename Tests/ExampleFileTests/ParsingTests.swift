import BackpropEngine
import ExampleFile
import LessonFormatting
import Testing

@Suite struct ParsingTests {
    static let minimal = """
        id: minima
        title: {es: "Mínima", en: "Minimal"}
        layers: [3, 4, 2]
        activations: [tanh, sigmoid]
        loss: mean-squared-error
        learning_rate: 0.1
        data:
          - {input: [1, 2, 3], target: [0, 1]}

        """

    @Test func optionalKeysTakeTheirDefaults() throws {
        let example = try Example.parse(yaml: Self.minimal, path: "minima.yaml")
        #expect(example.id == "minima")
        #expect(example.title == LocalizedText(spanish: "Mínima", english: "Minimal"))
        #expect(example.summary == nil)
        #expect(example.steps == Example.defaultSteps)
        #expect(example.epochs == Example.defaultEpochs)
        #expect(example.seed == Example.defaultSeed)
        #expect(example.precision == Example.defaultPrecision)
        #expect(example.settings == TrainingSettings(loss: .meanSquaredError, learningRate: 0.1, regularization: 0, updateBiases: true))
        #expect(example.sourcePath == "minima.yaml")
        #expect(example.weightsAreRandom)
        #expect(example.network == Network.random(layerSizes: [3, 4, 2], activations: [.tanh, .sigmoid], seed: 1))
    }

    @Test func everyKeyIsRead() throws {
        let yaml = """
            id: completa-2
            title: {es: "Completa", en: "Complete"}
            summary: {es: "Resumen", en: "Summary"}
            notes: {es: "Qué observar", en: "What to notice"}
            order: 7
            layers: [1, 2]
            activations: [leaky-relu]
            loss: half-squared-error
            weights: [[[0.5], [-1.5e-1]]]
            biases: [[+1, -2.]]
            update_biases: false
            learning_rate: .25
            regularization: 0.01
            data:
              - input: [1]
                target: [0, 1]
            steps: 3
            epochs: 0
            seed: 18446744073709551615
            precision: 1
            source_names: {weights: [[[a], [b]]], activations: [[x], [h1, h2]], output_error: Delta}

            """
        let example = try Example.parse(yaml: yaml, path: "completa.yaml")
        #expect(example.summary == LocalizedText(spanish: "Resumen", english: "Summary"))
        #expect(example.network.activations == [.leakyReLU])
        #expect(example.network.weights == [Matrix([[0.5], [-0.15]])])
        #expect(example.network.biases == [[1, -2]])
        #expect(example.settings == TrainingSettings(loss: .halfSquaredError, learningRate: 0.25, regularization: 0.01, updateBiases: false))
        #expect(example.data == [TrainingExample(input: [1], target: [0, 1])])
        #expect((example.steps, example.epochs, example.seed, example.precision) == (3, 0, UInt64.max, 1))
        #expect(!example.weightsAreRandom)
        #expect(example.notes == LocalizedText(spanish: "Qué observar", english: "What to notice"))
        #expect(example.order == 7)
        #expect(example.sourceNames == SourceNames(weights: [[["a"], ["b"]]], activations: [["x"], ["h1", "h2"]], outputError: "Delta"))
        // The numbers of the file, as written, for pages that show given values as given.
        #expect(example.givenValues[0.25] == ".25")
        #expect(example.givenValues[-0.15] == "-1.5e-1")
        #expect(example.givenValues[-2] == "-2.")
        // 1 is written both "+1" and "1": the shortest spelling is kept.
        #expect(example.givenValues[1] == "1")
        #expect(example.givenValues[0.01] == "0.01")
    }

    @Test func notesOrderAndSourceNamesAreOptional() throws {
        let example = try Example.parse(yaml: Self.minimal, path: "m.yaml")
        #expect(example.notes == nil && example.order == nil && example.sourceNames == nil)
    }

    @Test func notesNeedBothLanguages() {
        let error = #expect(throws: ExampleError.self) {
            try Example.parse(yaml: Self.minimal + "notes: {es: \"Solo español\"}\n", path: "m.yaml")
        }
        #expect(error?.description.contains("notes") == true)
        #expect(error?.description.contains("en") == true)
    }

    @Test func orderIsAWholeNumberInItsRange() {
        #expect(throws: ExampleError.self) { try Example.parse(yaml: Self.minimal + "order: 1.5\n", path: "m.yaml") }
        #expect(throws: ExampleError.self) { try Example.parse(yaml: Self.minimal + "order: -1\n", path: "m.yaml") }
    }

    @Test func sourceNamesMustBeShapedLikeTheNetwork() {
        let error = #expect(throws: ExampleError.self) {
            try Example.parse(yaml: Self.minimal + "source_names: {activations: [[i1, i2, i3], [h1], [o1, o2]]}\n", path: "m.yaml")
        }
        #expect(error?.description.contains("source_names.activations[1]") == true)
    }

    @Test func showNamesNeuronsFromOnePerLayer() throws {
        let example = try Example.parse(yaml: Self.minimal + "show: [[3], [], [2, 1]]\n", path: "m.yaml")
        #expect(example.shownNeurons == [[2], [], [1, 0]])
        #expect(try Example.parse(yaml: Self.minimal, path: "m.yaml").shownNeurons == [])
        let error = #expect(throws: ExampleError.self) {
            try Example.parse(yaml: Self.minimal + "show: [[3], [5], []]\n", path: "m.yaml")
        }
        #expect(error?.description.contains("show[1][0]") == true)
    }

    @Test func examplesComeInLessonOrder() throws {
        func example(_ id: String, order: Int?) throws -> Example {
            try Example.parse(yaml: Self.minimal.replacingOccurrences(of: "id: minima", with: "id: \(id)")
                + (order.map { "order: \($0)\n" } ?? ""), path: "\(id).yaml")
        }
        let ordered = Example.inLessonOrder([
            try example("a-sin-orden", order: nil), try example("z-primero", order: 1), try example("b-segundo", order: 2),
            try example("c-sin-orden", order: nil),
        ])
        #expect(ordered.map(\.id) == ["z-primero", "b-segundo", "a-sin-orden", "c-sin-orden"])
    }

    @Test func biasesWithoutWeightsStartFromTheSeed() throws {
        let yaml = Self.minimal + "biases: [[1, 1, 1, 1], [0, 0]]\nseed: 9\n"
        let example = try Example.parse(yaml: yaml, path: "m.yaml")
        #expect(example.network == Network.random(
            layerSizes: [3, 4, 2], activations: [.tanh, .sigmoid], seed: 9, biases: [[1, 1, 1, 1], [0, 0]]))
    }

    @Test func softmaxWithOneHotTargetsIsAccepted() throws {
        let example = try Example.parse(yaml: SoftmaxSample.yaml(target: "[0.25, 0.75]"), path: "s.yaml")
        #expect(example.network.outputActivation == .softmax)
    }

    @Test func crossEntropyAfterSigmoidAcceptsTargetsBetweenZeroAndOne() throws {
        let yaml = SampleExample.replacing(5, with: "loss: cross-entropy").replacingFirst("target: [1]", with: "target: [0.3]")
        #expect(try Example.parse(yaml: yaml, path: "c.yaml").data[0].target == [0.3])
    }

    @Test func aNetworkAtTheLimitsIsAcceptedWithoutGivenWeights() throws {
        // 999 × 1000 + 1000 = 1,000,000 parameters: the largest network allowed.
        let yaml = Self.minimal.replacingFirst("[3, 4, 2]", with: "[999, 1000]").replacingFirst("[tanh, sigmoid]", with: "[sigmoid]")
            .replacingFirst("{input: [1, 2, 3], target: [0, 1]}", with: "{input: [\(Array(repeating: "0", count: 999).joined(separator: ", "))], target: [\(Array(repeating: "0", count: 1000).joined(separator: ", "))]}")
        let example = try Example.parse(yaml: yaml, path: "grande.yaml")
        #expect(example.network.weights[0].rows == 1000 && example.network.weights[0].columns == 999)
    }

    @Test func errorDescriptionReadsLikeACompilerMessage() {
        let error = ExampleError(
            file: "Examples/mi-red.yaml", line: 12, column: 5, field: "weights[1]",
            message: "has 3 rows, but layer 3 has 2 neurons")
        #expect(error.description == "Examples/mi-red.yaml:12:5: weights[1] has 3 rows, but layer 3 has 2 neurons")
        #expect(ExampleError(file: "a.yaml", line: 3, message: "malformed YAML").description == "a.yaml:3: malformed YAML")
    }
}
