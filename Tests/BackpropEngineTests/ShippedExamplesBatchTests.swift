import ExampleFile
import Foundation
import Testing
@testable import BackpropEngine

/// The batched and per-example paths on every example the project ships.
@Suite struct ShippedExamplesBatchTests {
    static let examplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    static let files: [String] = (try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path))?
        .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

    @Test func everyShippedExampleIsCovered() {
        #expect(Self.files.count >= 5)
    }

    @Test(arguments: files)
    func oneStepAgreesWithGradientStep(_ file: String) throws {
        let example = try Example.load(from: Self.examplesFolder.appendingPathComponent(file).path)
        let difference = try BatchAgreement.oneStep(network: example.network, examples: example.data, settings: example.settings)
        #expect(difference <= 1e-12)
    }

    /// What `check` prints, on the batch path alone, against the walkthrough it replaced there: the
    /// same history, the same verdict, and the same gradients to 1e-12.
    @Test(arguments: files)
    func trainingCheckIsTheWalkthroughs(_ file: String) throws {
        let example = try Example.load(from: Self.examplesFolder.appendingPathComponent(file).path)
        let walkthrough = try example.walkthrough()
        let expected = walkthrough.gradientCheck()
        let checked = try example.trainingCheck()
        #expect(checked.history == walkthrough.history)
        #expect(checked.gradientCheck.passed == expected.passed)
        #expect(checked.gradientCheck.entries.map(\.parameter) == expected.entries.map(\.parameter))
        for (entry, reference) in zip(checked.gradientCheck.entries, expected.entries) {
            #expect(entry.numerical == reference.numerical && entry.method == reference.method)
            #expect(BatchAgreement.relativeDifference(entry.backpropagation, reference.backpropagation) <= 1e-12)
        }
    }

    @Test(arguments: files)
    func curveAgreesOverAHundredEpochs(_ file: String) throws {
        let example = try Example.load(from: Self.examplesFolder.appendingPathComponent(file).path)
        let expected = try BatchAgreement.perExampleCurve(
            network: example.network, examples: example.data, settings: example.settings, epochs: 100)
        let history = TrainingHistory(network: example.network, examples: example.data, settings: example.settings, epochs: 100)
        #expect(BatchAgreement.difference(history.costs, expected) <= 1e-9)
        #expect(history.costs.last! != history.costs.first!, "training moved the cost")
    }
}
