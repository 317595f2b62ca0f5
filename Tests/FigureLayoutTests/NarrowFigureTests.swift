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

    /// The loss curve is drawn on the column's width; the graph's parts come numbered, each node's
    /// id its part's own, so that pointing at one node lights no other.
    @Test func theLossCurveFitsAndTheGraphsPartsKeepTheirOwnIDs() throws {
        let context = testContext(.spanish)
        let loss = try FigureKind.loss.narrowScene(walkthrough: ExampleNetwork.softmax.walkthrough, context: context)
        #expect(loss.width <= FigureKind.narrowWidth + 0.5)
        let graph = try FigureKind.graph.narrowScene(walkthrough: ExampleNetwork.seed004.walkthrough, context: context)
        let boxes = graph.items.compactMap { item -> String? in if case .box(let box) = item { box.id } else { nil } }
        #expect(Set(boxes).count == boxes.count)
        #expect(graph.textRuns.contains { $0.text == "Parte 1 de 4" })
        #expect(readabilityProblems(graph) == [])
    }
}
