import BackpropEngine
import CourseScaffold
import ExampleFile
import Foundation
import Testing

/// `new`'s example files: valid for every activation and loss the parser accepts together, with the
/// seeded weights written out, and the parser's own message for a combination it refuses.
@Suite struct ExampleScaffoldTests {
    static let combinations: [(Activation, Loss)] = Activation.allCases.flatMap { activation in Loss.allCases.map { (activation, $0) } }

    @Test(arguments: combinations)
    func everyOutputActivationAndLossGivesAFileThatPassesCheckOrTheParsersReason(_ output: Activation, _ loss: Loss) throws {
        let scaffold = ExampleScaffold(id: "mi-red", layers: [2, 3, 2], activations: [.tanh, output], loss: loss, seed: 5)
        let fits = (output != .softmax || loss == .crossEntropy) && (loss != .crossEntropy || output == .sigmoid || output == .softmax)
        do {
            let text = try scaffold.text(path: "Examples/mi-red.yaml")
            #expect(fits)
            let example = try Example.parse(yaml: text, path: "Examples/mi-red.yaml")
            // The weights in the file are the seeded ones (as written, to 4 decimals).
            let seeded = Network.random(layerSizes: [2, 3, 2], activations: [.tanh, output], seed: 5)
            for (given, drawn) in zip(example.network.weights, seeded.weights) {
                for row in 0..<given.rows {
                    for column in 0..<given.columns { #expect(abs(given[row, column] - drawn[row, column]) <= 0.00005) }
                }
            }
            #expect(!example.weightsAreRandom)
            #expect(text.hasPrefix(ExampleSchema.modeline + "\n"))
            #expect(text.contains("title:\n  es: ") && text.contains("\n  en: "))
            let check = try example.walkthrough().gradientCheck()
            #expect(check.entries.allSatisfy { $0.agrees })
        } catch {
            let failure = try #require((error as Any) as? ExampleError, "\(error)")
            #expect(!fits, "\(failure)")
            #expect(failure.field == "loss" || failure.field?.hasPrefix("activations") == true)
        }
    }

    @Test func theSameSeedGivesTheSameFile() throws {
        let one = try ExampleScaffold(id: "a", layers: [3, 4, 1], activations: [.relu, .sigmoid], loss: .crossEntropy, seed: 9).text(path: "a.yaml")
        let two = try ExampleScaffold(id: "a", layers: [3, 4, 1], activations: [.relu, .sigmoid], loss: .crossEntropy, seed: 9).text(path: "a.yaml")
        let other = try ExampleScaffold(id: "a", layers: [3, 4, 1], activations: [.relu, .sigmoid], loss: .crossEntropy, seed: 10).text(path: "a.yaml")
        #expect(one == two)
        #expect(one != other)
    }

    /// A network with a layer too large to draw whole gets a commented `show` line that works as it is
    /// once uncommented; a small one gets none.
    @Test func aLargeLayerComesWithAShowExample() throws {
        let large = try ExampleScaffold(id: "a", layers: [8, 16, 2], activations: [.sigmoid, .sigmoid], loss: .crossEntropy)
            .text(path: "a.yaml")
        #expect(large.contains("# show: [[], [1, 8], []]\n"))
        let shown = try Example.parse(yaml: large.replacingOccurrences(of: "# show:", with: "show:"), path: "a.yaml")
        #expect(shown.shownNeurons == [[], [0, 7], []])
        let small = try ExampleScaffold(id: "a", layers: [3, 4, 1], activations: [.relu, .sigmoid], loss: .crossEntropy)
            .text(path: "a.yaml")
        #expect(!small.contains("show:"))
    }

    @Test func aCourseFolderHasTheStarterTheSchemaAGitignoreAndAReadme() throws {
        let files = try CourseFolder.files(courseName: "Redes 2027")
        #expect(Set(files.keys) == ["Examples/mi-primera-red.yaml", "Schemas/example.schema.json", ".gitignore", "README.md"])
        #expect(files["Schemas/example.schema.json"] == ExampleSchema.json)
        #expect(files[".gitignore"]?.contains("/site/") == true)
        #expect(files["README.md"]?.hasPrefix("# Redes 2027\n") == true)
        _ = try Example.parse(yaml: files["Examples/mi-primera-red.yaml"]!, path: "Examples/mi-primera-red.yaml")
    }
}
