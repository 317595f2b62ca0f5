import BackpropEngine
import FigureLayout
import LessonFormatting
import Testing

@Suite struct SlideDeckTests {
    @Test(arguments: [ExampleNetwork.seed004, .mnist])
    func everyFigureGetsA16By9PageInLessonOrder(network: ExampleNetwork) throws {
        for language in Language.allCases {
            let context = testContext(language, .dark)
            let pages = try SlideDeck(walkthrough: network.walkthrough).pages(context)
            #expect(pages.count == FigureKind.allCases.count)
            for (page, kind) in zip(pages, FigureKind.allCases) {
                #expect(page.width == 1280 && page.height == 720)
                let title = try #require(page.textRuns.max { $0.font.size < $1.font.size })
                #expect(title.text == context.strings.strings[kind.titleKey.rawValue])
                #expect(page.textRuns.contains { $0.text == context.strings.strings[kind.captionKey.rawValue] })
                #expect(page.canvas.contains(page.contentBounds!), "\(kind) fits its page")
                #expect(readabilityProblems(page) == [], "\(kind) slide of \(network)")
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
