import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting
import SiteGenerator
import Testing

/// Issue 10, item 10: a 999-999-1 network wrote a 194 MB page (every matrix and the whole
/// computational graph written out). Large matrices, data sets and graphs are elided or described, so
/// that no valid input makes a page over 2 MB.
@Suite struct PageSizeTests {
    let builder: PageBuilder

    init() throws {
        builder = PageBuilder(templates: try Fixtures.templates())
    }

    static let largestPage = 2 << 20

    @Test func aWideNetworkMakesASmallPage() throws {
        let sizes = [300, 300, 1]
        var example = Fixtures.stepByStep
        example.network = Network.random(layerSizes: sizes, activations: [.sigmoid, .linear], seed: 4)
        example.data = [TrainingExample(input: (0..<300).map { Double($0) / 300 }, target: [1])]
        example.epochs = 2
        let walkthrough = try example.walkthrough()
        let page = try builder.examplePage(
            example: example, walkthrough: walkthrough, gradientCheck: walkthrough.gradientCheck(parameterLimit: 20),
            language: .english)
        #expect(page.utf8.count < 400_000, "\(page.utf8.count) bytes")
        #expect(page.contains("⋮") && page.contains("⋯"))
        #expect(page.contains("With 90300 parameters the graph is too large to list here"))
        #expect(page.contains("numbers/paso-a-paso.json"))
    }

    @Test func theLargestDataSetMakesASmallPage() throws {
        var example = Fixtures.stepByStep
        example.data = (0..<Example.mostTrainingExamples).map { TrainingExample(input: [Double($0), 1], target: [0.5]) }
        example.epochs = 1
        let walkthrough = try example.walkthrough()
        let page = try builder.examplePage(example: example, walkthrough: walkthrough, language: .spanish)
        #expect(page.utf8.count < Self.largestPage, "\(page.utf8.count) bytes")
        #expect(page.contains("Se muestran los 666 primeros de los 10000 ejemplos; los otros 9334 están en el archivo del ejemplo."))
    }
}

extension PageSizeTests {
    /// A network whose graph is small enough to build but has more parameters than the table lists.
    @Test func aMediumNetworkListsTheFirstParametersOfItsGraph() throws {
        var example = Fixtures.stepByStep
        example.network = Network.random(layerSizes: [2, 30, 1], activations: [.tanh, .linear], seed: 4)
        let page = try builder.examplePage(example: example, walkthrough: try example.walkthrough(), language: .english)
        #expect(page.contains("The table lists the first 60 of the network&#39;s 90 parameters"))
    }
}

extension PageSizeTests {
    /// The download holds every worked step of a small network, and only the first of a huge one.
    @Test func theNumbersDownloadStaysBounded() throws {
        var small = Fixtures.stepByStep
        small.steps = 3
        #expect(TraceJSON.siteStepLimit(try small.walkthrough()) == 3)
        var large = Fixtures.stepByStep
        large.network = Network.random(layerSizes: [2, 1000, 1000, 1], activations: [.tanh, .tanh, .linear], seed: 1)
        large.steps = 2
        large.epochs = 0
        #expect(TraceJSON.siteStepLimit(try large.walkthrough()) == 1)
    }
}
