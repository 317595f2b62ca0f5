import BackpropEngine
import FigureLayout
import LessonFormatting
import LessonNotation
import Testing

@Suite struct SlideDeckTests {
    @Test(arguments: [ExampleNetwork.seed004, .softmax, .mnist, .sigmoid3442, .softmax8164])
    func aTitleSlideThenEveryFigureInLessonOrderNumberedWithOneCaption(network: ExampleNetwork) throws {
        for language in Language.allCases {
            let context = testContext(language, .dark)
            let pages = try SlideDeck(walkthrough: network.walkthrough, title: "Ejemplo").pages(context)
            #expect(pages[0].textRuns.map(\.text).first == "Ejemplo")
            #expect(pages[0].textRuns.contains { $0.text.contains(network.walkthrough.steps[0].network.layerSizes.map(String.init).joined(separator: "-")) })
            var kinds = FigureKind.allCases[...]
            for (number, page) in pages.enumerated() {
                #expect(page.width == 1280 && page.height == 720)
                #expect(page.canvas.contains(page.contentBounds!), "page \(number + 1) of \(network) fits")
                #expect(readabilityProblems(page) == [], "page \(number + 1) of \(network)")
                let smallest = page.textRuns.min { $0.font.size < $1.font.size }
                #expect(smallest.map { $0.font.size >= SlideDeck.minimumTextSize - 0.001 } ?? true,
                        "page \(number + 1) of \(network): \"\(smallest?.text ?? "")\" is \(smallest?.font.size ?? 0) pt")
                guard number > 0 else { continue }
                #expect(page.textRuns.contains { $0.text == "\(number + 1) / \(pages.count)" })
                let title = try #require(page.textRuns.min { $0.bounds.minY < $1.bounds.minY }).text
                let strings = context.strings.strings
                if title != strings[kinds.first!.titleKey.rawValue] && !title.hasPrefix(strings[kinds.first!.titleKey.rawValue]! + " (") {
                    kinds = kinds.dropFirst()
                }
                let kind = try #require(kinds.first, "page \(number + 1): \(title)")
                #expect(title.hasPrefix(strings[kind.titleKey.rawValue]!), "page \(number + 1): \(title)")
                let caption = strings[kind.captionKey.rawValue]!
                #expect(page.textRuns.filter { $0.text == caption }.count == 1, "one caption on page \(number + 1)")
            }
            #expect(kinds.count == 1, "every figure has a slide")
        }
    }

    @Test(arguments: [ExampleNetwork.seed004, .sigmoidWithBiases, .xorBatch, .softmax, .deepTanh])
    func theGraphIsSplitIntoPartsWhoseTextIsAtLeast18Points(network: ExampleNetwork) throws {
        let context = testContext(.spanish)
        let deck = SlideDeck(walkthrough: network.walkthrough)
        let graph = try #require(try deck.figureSlides(context).first { $0.title == "Grafo computacional" })
        let pages = try deck.pages(context, slides: [graph])
        for page in pages.dropFirst() {
            let smallest = try #require(page.textRuns.map(\.font.size).min())
            #expect(smallest >= SlideDeck.minimumTextSize - 0.001, "\(network): \(smallest) pt, \(page.textRuns.map { "\($0.text) \($0.bounds)" })")
            #expect(readabilityProblems(page) == [])
        }
    }

    @Test func theBackwardPassBuildsUpOneLayerAtATimeOnOneLayout() throws {
        let walkthrough = ExampleNetwork.deepTanh.walkthrough  // 2-3-3-3-1
        let context = testContext(.english)
        let frames = try BackwardFigure(walkthrough: walkthrough).buildUp(context)
        #expect(frames.count == 6, "δ of layers 5, 4, 3, 2, then the gradients, then the update")
        func deltas(_ scene: Scene) -> Int { scene.textRuns.filter { $0.text.hasPrefix("δ = ") }.count }
        func edges(_ scene: Scene) -> Int { scene.items.filter { if case .path(let p) = $0 { p.id?.hasPrefix("edge-") == true } else { false } }.count }
        #expect(frames[0..<4].map(deltas) == [1, 4, 7, 10])
        #expect(frames[0..<5].map(edges) == [0, 3, 12, 21, 27])
        #expect(!frames[3].textRuns.contains { $0.owner?.hasPrefix("edge-") == true }, "no gradients before the gradient frame")
        #expect(frames[4] == (try BackwardFigure(walkthrough: walkthrough).scene(context)), "then the whole figure")
        #expect(frames[5] == (try UpdateFigure(walkthrough: walkthrough).scene(context)))
        // Every frame of the overlay keeps the neurons where they are.
        let circles = { (scene: Scene) in scene.items.compactMap { if case .circle(let c) = $0 { c } else { nil } } }
        #expect(Set(frames[0..<5].map { circles($0) }.map { $0.map(\.center.x) }).count == 1)
        let deck = try SlideDeck(walkthrough: walkthrough, buildUp: true).pages(context)
        #expect(deck.contains { page in page.textRuns.contains { $0.text.hasPrefix("Backward pass (6/6)") } })
        #expect(deck.contains { page in page.textRuns.contains { $0.text.hasPrefix("Backward pass (1/6)") } })
    }

    @Test func theGraphComesInPartsOneNeuronAtATimeThenTheCost() throws {
        let parts = try GraphFigure(walkthrough: ExampleNetwork.seed004.walkthrough).parts(testContext(.english))
        #expect(parts.count == 4, "neurons 1 and 2 of layer 2, the neuron of layer 3, the cost")
        let names = parts.map { part in Set(part.textRuns.map(\.text)) }
        #expect(!names[0].contains("b₁⁽²⁾"), "seed 004 has no biases")
        #expect(names[0].isSuperset(of: ["x₁", "x₂", "w₁₁⁽²⁾", "w₁₂⁽²⁾", "z₁⁽²⁾ = Σ", "a₁⁽²⁾ = id"]))
        #expect(!names[0].contains("w₂₁⁽²⁾"))
        #expect(names[2].isSuperset(of: ["a₁⁽²⁾ = id", "a₂⁽²⁾ = id", "w₁₁⁽³⁾", "z₁⁽³⁾ = Σ"]))
        #expect(names[3].isSuperset(of: ["a₁⁽³⁾ = id", "y₁", "C"]))
        for part in parts { #expect(readabilityProblems(part) == []) }
        let graph = GraphFigure(walkthrough: ExampleNetwork.mnist.walkthrough)
        let layers = try graph.parts(testContext(.english)).map { Set($0.textRuns.map(\.text)) }
        #expect(layers.count == 5, "a product and a sum with its activation per layer, then the cost")
        #expect(layers[0].isSuperset(of: ["W⁽²⁾", "x", "W⁽²⁾x"]))
        #expect(layers[1].isSuperset(of: ["W⁽²⁾x", "b⁽²⁾", "z⁽²⁾ = +", "a⁽²⁾ = σ"]))
        #expect(layers[2].isSuperset(of: ["W⁽³⁾", "a⁽²⁾ = σ", "W⁽³⁾a⁽²⁾"]))
        #expect(layers[4].isSuperset(of: ["a⁽³⁾ = σ", "y", "C"]))
        let narrow = try graph.parts(testContext(.english)) { $0.width <= 300 }.map { Set($0.textRuns.map(\.text)) }
        #expect(narrow.count == 7, "the sum and the activation apart when they do not fit together")
        #expect(narrow[2].isSuperset(of: ["z⁽²⁾ = +", "a⁽²⁾ = σ"]) && !narrow[2].contains("b⁽²⁾"))
    }

    /// The graph of a deck, scalar or per layer, comes in parts that are never cut again: every
    /// slide holds at least two boxes joined by an edge, no box on it alone (without an edge), and
    /// every box of the figure is on some slide.
    @Test(arguments: [ExampleNetwork.deepTanh, .mnist, .softmax8164, .softmax, .sigmoidWithBiases, .seed004, .xorBatch,
                      .sigmoid242, .softmax25, .tanh91],
          Language.allCases)
    func graphSlidesHoldWholeSteps(network: ExampleNetwork, language: Language) throws {
        let (slide, pages) = try graphSlide(network, language)
        func names(_ scene: Scene) -> Set<String> {
            Set(scene.textRuns.filter { $0.owner?.hasPrefix("node-") == true }.map { $0.text })
        }
        for page in pages {
            let boxes = page.items.filter { if case .box = $0 { true } else { false } }
            let edges = page.items.filter { if case .path(let path) = $0 { path.id?.hasSuffix("-forward") == true } else { false } }
            #expect(boxes.count >= 2 && !edges.isEmpty, "\(network) \(language): a slide of \(boxes.count) boxes and \(edges.count) edges")
            #expect(readabilityProblems(page) == [])
            let ends = edges.flatMap { item -> [Point] in
                guard case .path(let path) = item, let end = path.segments.last?.end else { return [] }
                return [path.start, end]
            }
            for case .box(let box) in boxes {
                let frame = box.frame.insetBy(-2)
                #expect(ends.contains { frame.contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) },
                        "\(network) \(language): \(names(page)) has a box without an edge, \(box.id ?? "?")")
            }
        }
        #expect(names(slide.figure).count > 10)
        #expect(pages.map(names).reduce(into: Set()) { $0.formUnion($1) }.isSuperset(of: names(slide.figure)))
    }

    /// The scalar graph of a softmax classifier (2-3-3, as Examples/clasificador-softmax.yaml) comes
    /// one slide per part, none cut again: a neuron of three inputs and a bias is laid out for one
    /// 16:9 slide at 18 pt, each weight level with its × node and left of it, so the deck shows 3
    /// hidden neurons, 3 output sums, the softmax and the cost on 8 slides (it cut 7 parts into 14).
    @Test(arguments: [ExampleNetwork.softmax, .sigmoidWithBiases], Language.allCases)
    func aScalarGraphPartIsOneSlide(network: ExampleNetwork, language: Language) throws {
        let (slide, pages) = try graphSlide(network, language)
        #expect(pages.count == slide.parts.count, "\(network) \(language): \(slide.parts.count) parts on \(pages.count) slides")
        let network = network.walkthrough.steps[0].network
        let softmax = network.activations.contains(.softmax)
        #expect(slide.parts.count == network.layerSizes.dropFirst().reduce(0, +) + (softmax ? 1 : 0) + 1)
        for (part, page) in zip(slide.parts, pages) {
            let texts = { (scene: Scene) in scene.textRuns.filter { $0.owner?.hasPrefix("node-") == true }.map(\.text) }
            #expect(texts(part) == texts(page), "\(language): the slide shows its part whole")
        }
        // Each weight beside its × node: level with it, left of it.
        let part = slide.parts[network.layerSizes[1]]
        let boxes = part.items.compactMap { if case .box(let box) = $0 { box } else { nil } }
        func frame(of name: (String) -> Bool) -> [Rect] {
            part.textRuns.filter { name($0.text) }.compactMap { run in boxes.first { $0.id == run.owner }?.frame }
        }
        let weights = frame { $0.hasPrefix("w") }, products = frame { $0 == "×" }
        #expect(weights.count == network.layerSizes[1] && products.count == weights.count)
        for (weight, product) in zip(weights.sorted { $0.minY < $1.minY }, products.sorted { $0.minY < $1.minY }) {
            #expect(abs(weight.center.y - product.center.y) < 0.001 && weight.maxX < product.minX)
        }
    }

    /// A neuron with more inputs than a slide holds rows (four and a bias at 18 pt) comes on as few
    /// slides as hold it whole, never cut: its products in runs, the bias with the last, each run
    /// with the sum it goes into and each slide headed by the terms of the sum it shows; the
    /// activation with the last run, or after the sum on a slide of its own when the neuron is too
    /// wide. A softmax layer of five comes in runs of its activations and sums, the cost in runs of
    /// its outputs. Every weight stays level with its × node, left of it, and each shows once.
    @Test(arguments: [ExampleNetwork.sigmoid242, .softmax25, .tanh91], Language.allCases)
    func aNeuronOfManyInputsComesOnWholeSlidesHeadedByTheTermsTheyShow(network: ExampleNetwork, language: Language) throws {
        let (slide, pages) = try graphSlide(network, language)
        #expect(pages.count == slide.parts.count, "\(network) \(language): \(slide.parts.count) parts on \(pages.count) slides")
        let nodeTexts = { (scene: Scene) in scene.textRuns.filter { $0.owner?.hasPrefix("node-") == true }.map(\.text) }
        for (part, page) in zip(slide.parts, pages) {
            #expect(nodeTexts(part) == nodeTexts(page), "\(network) \(language): the slide shows its part whole")
        }
        let headings = slide.parts.map { part in
            part.textRuns.filter { $0.owner == nil && ($0.text.hasPrefix("z") || $0.text.hasPrefix("a")) }.map(\.text)
        }
        var weightsShown: [String] = []
        for part in slide.parts {
            let boxes = part.items.compactMap { if case .box(let box) = $0 { box } else { nil } }
            func frames(_ name: (String) -> Bool) -> [Rect] {
                part.textRuns.filter { $0.owner?.hasPrefix("node-") == true && name($0.text) }
                    .compactMap { run in boxes.first { $0.id == run.owner }?.frame }
            }
            let weights = frames { $0.hasPrefix("w") }, products = frames { $0 == "×" }
            weightsShown += part.textRuns.filter { $0.owner?.hasPrefix("node-") == true && $0.text.hasPrefix("w") }.map(\.text)
            #expect(weights.count == products.count)
            for (weight, product) in zip(weights.sorted { $0.minY < $1.minY }, products.sorted { $0.minY < $1.minY }) {
                #expect(abs(weight.center.y - product.center.y) < 0.001 && weight.maxX < product.minX)
            }
        }
        let network = network.walkthrough.steps[0].network
        #expect(weightsShown.count == network.weights.map { $0.rows * $0.columns }.reduce(0, +), "each weight on one slide")
        #expect(Set(weightsShown).count == weightsShown.count)
        switch network.layerSizes {
        case [2, 4, 2]:
            // An output neuron of four inputs and a bias on two slides: two products into the sum,
            // then two more and the bias into it, and its activation (with them, or just after).
            let first = try #require(headings.firstIndex(of: ["z₁⁽³⁾ = w₁₁⁽³⁾a₁⁽²⁾ + w₁₂⁽³⁾a₂⁽²⁾ + …"]))
            #expect(headings[first + 1] == ["z₁⁽³⁾ = … + w₁₃⁽³⁾a₃⁽²⁾ + w₁₄⁽³⁾a₄⁽²⁾ + b₁⁽³⁾"])
            #expect(Set(nodeTexts(slide.parts[first + 1])).isSuperset(of: ["b₁⁽³⁾", "z₁⁽³⁾ = Σ", "w₁₃⁽³⁾", "w₁₄⁽³⁾"]))
            #expect((nodeTexts(slide.parts[first + 1]) + nodeTexts(slide.parts[first + 2])).contains("a₁⁽³⁾ = σ"))
            #expect(Set(nodeTexts(slide.parts[first])).isDisjoint(with: ["a₁⁽³⁾ = σ", "b₁⁽³⁾", "w₁₃⁽³⁾"]))
            #expect(headings.filter { !$0.isEmpty }.count == 4, "only the output neurons are split")
        case [9, 1]:
            // Nine products in three runs of three, the last into the activation.
            #expect(headings == [
                ["z₁⁽²⁾ = w₁₁⁽²⁾x₁ + w₁₂⁽²⁾x₂ + w₁₃⁽²⁾x₃ + …"], ["z₁⁽²⁾ = … + w₁₄⁽²⁾x₄ + w₁₅⁽²⁾x₅ + w₁₆⁽²⁾x₆ + …"],
                ["z₁⁽²⁾ = … + w₁₇⁽²⁾x₇ + w₁₈⁽²⁾x₈ + w₁₉⁽²⁾x₉"], [],
            ])
        default:
            // The softmax: every activation on some slide with every sum of the layer.
            let activations = (1...5).map { "a\(Symbol.subscripted($0))⁽²⁾ = softmax" }
            for activation in activations {
                let sums = slide.parts.filter { nodeTexts($0).contains(activation) }.flatMap(nodeTexts).filter { $0.hasPrefix("z") }
                #expect(Set(sums).count == 5, "\(activation) reads every sum")
            }
        }
    }

    /// A softmax activation reads every sum of its layer, so the softmax has a part of its own after
    /// the layer's sums (each sum with its own inputs, weights and bias, no activation): every sum
    /// into every activation, each backward edge the forward one moved down, its arrowhead in the sum.
    @Test func theSoftmaxReadsEverySumOfItsLayerOnAPartOfItsOwn() throws {
        let context = testContext(.english)
        let parts = try GraphFigure(walkthrough: ExampleNetwork.softmax.walkthrough).parts(context)
        let names = parts.map { Set($0.textRuns.filter { $0.owner?.hasPrefix("node-") == true }.map(\.text)) }
        let sums = ["z₁⁽³⁾ = Σ", "z₂⁽³⁾ = Σ", "z₃⁽³⁾ = Σ"], softmax = ["a₁⁽³⁾ = softmax", "a₂⁽³⁾ = softmax", "a₃⁽³⁾ = softmax"]
        for (j, sum) in sums.enumerated() {
            #expect(names[3 + j].contains(sum) && names[3 + j].isDisjoint(with: softmax + sums.filter { $0 != sum }), "\(names[3 + j])")
        }
        #expect(names[6] == Set(sums + softmax).union(names[6].filter { !$0.contains("=") }))
        let paths = parts[6].items.compactMap { if case .path(let path) = $0, path.id?.hasPrefix("edge-") == true { path } else { nil } }
        let forward = paths.filter { $0.id!.hasSuffix("-forward") }
        #expect(forward.count == 9 && paths.count == 18)
        let boxes = parts[6].items.compactMap { if case .box(let box) = $0 { box } else { nil } }
        for edge in forward {
            let backward = try #require(paths.first { $0.id == edge.id!.replacingOccurrences(of: "-forward", with: "-backward") })
            let moved = backward.points.reversed().map { Point(x: $0.x, y: $0.y - 7) }
            #expect(moved.count == edge.points.count, "parallel, 7 below")
            for (a, b) in zip(moved, edge.points) { #expect(abs(a.x - b.x) < 1e-6 && abs(a.y - b.y) < 1e-6, "parallel, 7 below") }
            let source = try #require(boxes.first { $0.id == "node-" + edge.id!.split(separator: "-")[1] })
            #expect(abs(backward.points.last!.x - source.frame.maxX) < 0.001 && source.frame.minY < backward.points.last!.y
                    && backward.points.last!.y < source.frame.maxY, "the arrowhead in the sum's side")
        }
        #expect(names[7].isSuperset(of: softmax + ["y₁", "y₂", "y₃", "C"]))
    }

    /// However a layered figure too large for a slide is shown, every neuron and every connection of
    /// the page figure shows on some slide, and a connection the page figure labels shows its label
    /// on that slide: on the connection, or in the matrix beside a layer pair whose connections are
    /// too many to label (a change "before → after" set on two lines there).
    @Test(arguments: [ExampleNetwork.seed004, .sigmoidWithBiases, .xorBatch, .softmax, .deepTanh, .sigmoid3442, .softmax8164, .mnist],
          [FigureKind.network, .forward, .backward, .update])
    func everyNeuronAndConnectionShowsOnSomeSlide(network: ExampleNetwork, kind: FigureKind) throws {
        for language in Language.allCases {
            let context = testContext(language)
            let deck = SlideDeck(walkthrough: network.walkthrough)
            let slide = try #require(try deck.figureSlides(context).first { $0.title == context.strings.strings[kind.titleKey.rawValue] })
            let pages = Array(try deck.pages(context, slides: [slide]).dropFirst())
            func ids(_ scene: Scene) -> Set<String> {
                Set(scene.items.compactMap { item in
                    switch item {
                    case .circle(let circle): circle.id
                    case .path(let path): path.id?.hasPrefix("edge-") == true ? path.id : nil
                    default: nil
                    }
                })
            }
            let figure = slide.figure
            #expect(pages.map(ids).reduce(into: Set()) { $0.formUnion($1) } == ids(figure), "\(network) \(kind) \(language): \(pages.count) slides")
            for edge in ids(figure) where edge.hasPrefix("edge-") {
                let label = figure.textRuns.filter { $0.owner == edge }.map(\.text).joined(separator: " ")
                let lines = label.components(separatedBy: " → ").enumerated().map { $0 == 0 ? $1 : "→ " + $1 }
                let shown = pages.contains { page in
                    guard ids(page).contains(edge) else { return false }
                    let texts = page.textRuns.map(\.text)
                    return label.isEmpty
                        || page.textRuns.contains { $0.owner == edge && $0.text == label }
                        || lines.allSatisfy(texts.contains)
                }
                #expect(shown, "\(network) \(kind) \(language): \(edge) \"\(label)\" on no slide of \(pages.count)")
            }
            if pages.count > 1 {
                for page in pages { #expect(readabilityProblems(page) == [], "\(network) \(kind) \(language)") }
            }
        }
    }

    /// A figure that fits one slide is that slide, untouched; one that does not is shown one layer
    /// pair per slide, titled with its pair, the deep network's 3 × 3 pairs whole on a slide each.
    @Test func theDeepNetworksFiguresComeOneLayerPairPerSlide() throws {
        let context = testContext(.spanish)
        for (network, kind, count) in [(ExampleNetwork.seed004, FigureKind.network, 1), (.deepTanh, .network, 4), (.deepTanh, .forward, 4),
                                       (.deepTanh, .backward, 4), (.deepTanh, .update, 4)] {
            let deck = SlideDeck(walkthrough: network.walkthrough)
            let slides = try deck.figureSlides(kind, context)
            let pages = try deck.pages(context, slides: slides).dropFirst()
            #expect(pages.count == count, "\(network) \(kind)")
            let title = context.strings.strings[kind.titleKey.rawValue]!
            let headings = pages.map { page in page.textRuns.min { $0.bounds.minY < $1.bounds.minY }!.text }
            #expect(headings == (count == 1 ? [title] : (1...count).map { "\(title) (capa \($0) → capa \($0 + 1))" }))
        }
    }

    @Test func aPartDropsTheEdgesThatLeaveIt() throws {
        let scene = try FigureKind.graph.scene(walkthrough: ExampleNetwork.seed004.walkthrough, context: testContext(.english))
        let parts = scene.parts(maxWidth: 600, maxHeight: 400, margin: 8)
        #expect(parts.count > 1)
        for part in parts {
            #expect(part.width <= 600 + 1 && part.height <= 400 + 60)
            let boxes = part.items.compactMap { if case .box(let box) = $0 { box } else { nil } }
            for item in part.items {
                guard case .path(let path) = item, path.id?.hasPrefix("edge-") == true else { continue }
                // Both ends of every kept edge sit on a kept box.
                for end in [path.start, path.segments.last!.end] {
                    #expect(boxes.contains { $0.frame.insetBy(-1).contains(Rect(x: end.x, y: end.y, width: 0, height: 0)) })
                }
            }
        }
    }
}

@Suite struct SceneTransformTests {
    @Test func scalingMovesEveryItemAndScalesItsSizes() throws {
        let scene = try FigureKind.network.scene(
            walkthrough: ExampleNetwork.seed004.walkthrough, context: testContext(.english))
        let moved = scene.transformed(scale: 2, dx: 10, dy: -5)
        #expect(moved.width == 2 * scene.width && moved.height == 2 * scene.height)
        for (before, after) in zip(scene.items, moved.items) {
            switch (before, after) {
            case (.circle(let a), .circle(let b)):
                #expect(b.radius == 2 * a.radius && b.center == Point(x: 2 * a.center.x + 10, y: 2 * a.center.y - 5))
            case (.text(let a), .text(let b)):
                #expect(b.font.size == 2 * a.font.size && b.bounds.width == 2 * a.bounds.width)
                #expect(b.origin == Point(x: 2 * a.origin.x + 10, y: 2 * a.origin.y - 5))
            case (.path(let a), .path(let b)):
                #expect(b.stroke.width == 2 * a.stroke.width && b.points.count == a.points.count)
            default:
                Issue.record("items changed kind or order")
            }
        }
        #expect(scene.translated(dx: 3, dy: 4).width == scene.width)
    }
}

/// The graph's slide of `network`'s deck in `language`, before layout, and the slides it is laid out on.
private func graphSlide(_ network: ExampleNetwork, _ language: Language) throws -> (SlideDeck.Slide, [Scene]) {
    let context = testContext(language)
    let deck = SlideDeck(walkthrough: network.walkthrough)
    let slide = try #require(try deck.figureSlides(context).first { $0.title == context.strings.strings[FigureKind.graph.titleKey.rawValue] })
    return (slide, Array(try deck.pages(context, slides: [slide]).dropFirst()))
}
