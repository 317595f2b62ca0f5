import BackpropEngine
import FigureLayout
import LessonFormatting
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
        let layers = try GraphFigure(walkthrough: ExampleNetwork.mnist.walkthrough).parts(testContext(.english))
        #expect(layers.count == 2)
        #expect(Set(layers[1].textRuns.map(\.text)).isSuperset(of: ["a⁽²⁾ = σ", "W⁽³⁾", "C", "y"]))
    }

    /// However a figure too tall for a slide is cut, every neuron shows whole on some part: a network
    /// whose layers are staggered (two inputs beside three hidden neurons) has no free line between
    /// its rows, and the neurons a cut goes through start the next row.
    @Test(arguments: [ExampleNetwork.deepTanh, .sigmoid3442, .softmax8164], [FigureKind.network, .forward, .backward, .update])
    func everyNeuronShowsOnSomePart(network: ExampleNetwork, kind: FigureKind) throws {
        let context = testContext(.english)
        let deck = SlideDeck(walkthrough: network.walkthrough)
        let slide = try #require(try deck.figureSlides(context).first { $0.title == context.strings.strings[kind.titleKey.rawValue] })
        let pages = try deck.pages(context, slides: [slide]).dropFirst()
        let neurons = { (scenes: [Scene]) in
            Set(scenes.flatMap(\.items).compactMap { item in if case .circle(let circle) = item { circle.id } else { nil } })
        }
        #expect(neurons(Array(pages)) == neurons([slide.figure]), "\(pages.count) parts")
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
