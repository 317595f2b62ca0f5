import BackpropEngine
import FigureLayout
import LessonFormatting
import Testing

/// The figures as a phone shows them (`FigureKind.narrowScene`).
@Suite struct NarrowFigureTests {
    /// The ids of the neurons and connections a scene draws.
    private func ids(_ scene: Scene) -> Set<String> {
        Set(scene.items.compactMap { item in
            switch item {
            case .circle(let circle): circle.id
            case .path(let path): path.id?.hasPrefix("edge-") == true ? path.id : nil
            default: nil
            }
        })
    }

    /// A layered figure of any network fits a phone's column at the figures' own type size, draws
    /// every neuron and connection the page figure draws, with the same numbers on them, and is
    /// readable (no label on another, none at a crossing).
    @Test(arguments: [ExampleNetwork.seed004, .sigmoidWithBiases, .xorBatch, .softmax, .deepTanh, .sigmoid3442, .softmax8164, .mnist],
          [FigureKind.network, .forward, .backward, .update])
    func layeredFiguresFitAPhonesColumnWithEveryConnection(network: ExampleNetwork, kind: FigureKind) throws {
        for language in Language.allCases {
            let context = testContext(language)
            let figure = try kind.scene(walkthrough: network.walkthrough, context: context)
            let narrow = try kind.narrowScene(walkthrough: network.walkthrough, context: context)
            #expect(narrow.width <= FigureKind.narrowWidth + 0.5, "\(network) \(kind) \(language): \(narrow.width) wide")
            #expect(narrow.textRuns.map(\.font.size).min()! >= 11, "\(network) \(kind) \(language)")
            #expect(ids(narrow) == ids(figure), "\(network) \(kind) \(language)")
            for edge in ids(figure) where edge.hasPrefix("edge-") {
                let label = figure.textRuns.filter { $0.owner == edge }.map(\.text).joined(separator: " ")
                let shown = narrow.textRuns.filter { $0.owner == edge }.map(\.text)
                #expect(label.isEmpty || shown.joined(separator: " ") == label
                        || label.components(separatedBy: " → ").enumerated().map { $0 == 0 ? $1 : "→ " + $1 }.allSatisfy(narrow.textRuns.map(\.text).contains),
                        "\(network) \(kind) \(language): \(edge) \"\(label)\" not on the narrow figure")
            }
            #expect(readabilityProblems(narrow) == [], "\(network) \(kind) \(language)")
        }
    }

    /// Each part of a narrow figure is headed by its layers ("Layer 1 → layer 2"), in order, and the
    /// figure's key and notes come once, at the bottom.
    @Test func partsAreHeadedByTheirLayersAndTheKeyComesOnce() throws {
        let context = testContext(.english)
        let narrow = try FigureKind.forward.narrowScene(walkthrough: ExampleNetwork.deepTanh.walkthrough, context: context)
        let headings = narrow.textRuns.filter { $0.text.hasPrefix("Layer ") && $0.text.contains("→") }.map(\.text)
        #expect(headings.first == "Layer 1 → layer 2")
        #expect(headings.last?.hasPrefix("Layer 4 → layer 5") == true, "\(headings)")
        let key = try #require(context.strings.strings["figure.key.forward"])
        #expect(narrow.textRuns.filter { $0.text == key }.count == 1)
        let keyLine = try #require(narrow.textRuns.first { $0.text == key })
        let neurons = narrow.items.compactMap { item -> Double? in if case .circle(let circle) = item { circle.bounds.maxY } else { nil } }
        #expect(keyLine.bounds.minY > neurons.max()!)
    }

    /// The loss curve is drawn on the column's width.
    @Test func theLossCurveFits() throws {
        let loss = try FigureKind.loss.narrowScene(walkthrough: ExampleNetwork.softmax.walkthrough, context: testContext(.spanish))
        #expect(loss.width <= FigureKind.narrowWidth + 0.5)
    }

    /// The graph, scalar or per layer, fits the column in steps two boxes wide, each headed by what it
    /// computes, every node of the page figure on some step; each node's id is its step's own, so that
    /// pointing at one node lights no other.
    @Test(arguments: [ExampleNetwork.seed004, .sigmoidWithBiases, .softmax, .deepTanh, .sigmoid3442, .softmax8164, .mnist])
    func theGraphFitsInStepsWithEveryNode(network: ExampleNetwork) throws {
        for language in Language.allCases {
            let context = testContext(language)
            let figure = try FigureKind.graph.scene(walkthrough: network.walkthrough, context: context)
            let graph = try FigureKind.graph.narrowScene(walkthrough: network.walkthrough, context: context)
            #expect(graph.width <= FigureKind.narrowWidth + 0.5, "\(network) \(language): \(graph.width) wide")
            #expect(readabilityProblems(graph) == [], "\(network) \(language)")
            let boxes = graph.items.compactMap { item -> String? in if case .box(let box) = item { box.id } else { nil } }
            #expect(Set(boxes).count == boxes.count)
            let names = Set(graph.textRuns.filter { $0.font.bold }.map(\.text))
            for node in figure.items.compactMap({ item -> String? in if case .box(let box) = item { box.id } else { nil } }) {
                let name = try #require(figure.textRuns.first { $0.owner == node }).text
                #expect(names.contains(name), "\(network) \(language): \(name) on no step")
            }
        }
    }

    /// The scalar graph's steps go neuron by neuron (products, sum, activation), a softmax layer's
    /// activations after all its sums, then the cost.
    @Test func theGraphsStepsGoNeuronByNeuron() throws {
        func steps(_ network: ExampleNetwork) throws -> [String] {
            try FigureKind.graph.narrowScene(walkthrough: network.walkthrough, context: testContext(.english))
                .textRuns.filter { $0.text.hasPrefix("Part ") }.map(\.text)
        }
        let identity = try steps(.seed004)
        #expect(identity.prefix(4) == [
            "Part 1 of 10: products summed into z₁⁽²⁾", "Part 2 of 10: z₁⁽²⁾ = Σ", "Part 3 of 10: a₁⁽²⁾ = id",
            "Part 4 of 10: products summed into z₂⁽²⁾",
        ])
        #expect(identity.last == "Part 10 of 10: C")
        let softmax = try steps(.softmax).map { $0.split(separator: ": ").last! }
        let output = softmax.drop { !$0.contains("⁽³⁾") }
        #expect(Array(output.suffix(4)) == ["a₁⁽³⁾ = softmax", "a₂⁽³⁾ = softmax", "a₃⁽³⁾ = softmax", "C"], "\(softmax)")
    }
}
