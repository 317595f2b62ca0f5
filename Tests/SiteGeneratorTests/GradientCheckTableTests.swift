import BackpropEngine
import ExampleFile
import LessonFormatting
import SiteGenerator
import Testing

/// The gradient-check section of an example page stays readable for a large network.
@Suite struct GradientCheckTableTests {
    @Test(arguments: Language.allCases)
    func aLargeNetworkShowsItsWorstEntriesAndSaysSo(language: Language) throws {
        var example = Fixtures.stepByStep
        example.network = Network.random(layerSizes: [30, 20, 4], activations: [.tanh, .linear], seed: 9)
        example.data = [TrainingExample(input: (0..<30).map { Double($0) / 30 }, target: [0, 1, 0, 1])]
        // Trained biases count among the parameters checked.
        example.settings.updateBiases = true
        let builder = PageBuilder(templates: try Fixtures.templates())
        let page = try builder.examplePage(example: example, walkthrough: try example.walkthrough(), language: language)
        let section = try #require(page.split(separator: "<section id=\"check\">").last)
        #expect(section.components(separatedBy: "<tr><td>").count - 1 == 24)
        let parameterCount: Int = 30 * 20 + 20 * 4 + 20 + 4
        for count in ["300", String(parameterCount), "24"] { #expect(section.contains(count)) }
    }
}
