import Foundation
import Testing

/// Issue 10: what `check` and `trace` say about kinks, saturated outputs, divergence and failing files.
@Suite struct CheckAndTraceTests {
    /// Writes `yaml` to a fresh temporary file and returns its path.
    static func file(_ yaml: String, name: String = "example") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(name).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func network(
        _ layers: String, _ activations: String, loss: String, weights: String, biases: String, eta: String = "0.1",
        data: String, steps: Int = 1
    ) -> String {
        """
        id: prueba
        title: {es: "Prueba", en: "Test"}
        layers: \(layers)
        activations: \(activations)
        loss: \(loss)
        weights: \(weights)
        biases: \(biases)
        learning_rate: \(eta)
        steps: \(steps)
        data: \(data)

        """
    }

    /// Item 1: a 1-1-1 ReLU network with input 0 printed "FAIL …: 1 parameters disagree".
    @Test func aReluKinkPassesAndIsNamed() throws {
        let path = try Self.file(Self.network(
            "[1, 1, 1]", "[relu, linear]", loss: "half-squared-error", weights: "[[[0.5]], [[0.7]]]", biases: "[[0], [0]]",
            data: "[{input: [0], target: [1]}]"))
        let run = try CommandLineTests.run(["check", path])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        #expect(run.output.hasPrefix("ok    \(path): gradient check passed"))
        #expect(run.output.contains("b⁽²⁾₁: next to a kink, checked with left-sided differences: backpropagation"))
        #expect(!run.output.contains("FAIL"))
    }

    /// Item 2: w = 4, x = 10, y = 1 stopped with "cost is not a finite number"; the cost is 4.2·10⁻¹⁸.
    @Test func aSaturatedSigmoidHasItsTinyCost() throws {
        let path = try Self.file(Self.network(
            "[1, 1]", "[sigmoid]", loss: "cross-entropy", weights: "[[[4]]]", biases: "[[0]]",
            data: "[{input: [10], target: [1]}]"))
        let run = try CommandLineTests.run(["trace", path, "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("4.24835425529"))
        #expect(try CommandLineTests.run(["check", path]).status == 0)
    }

    /// Item 2: softmax with z = [1000, 999, 0] and a one-hot target costs 0.3133.
    @Test func aSaturatedSoftmaxHasItsCost() throws {
        let path = try Self.file(Self.network(
            "[1, 3]", "[softmax]", loss: "cross-entropy", weights: "[[[1000], [999], [0]]]", biases: "[[0, 0, 0]]",
            data: "[{input: [1], target: [1, 0, 0]}]"))
        let run = try CommandLineTests.run(["trace", path])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Cost C = 0.3133"))
    }

    /// Item 3: η = 1e5 was described as learning.
    @Test func aDivergingRunSaysSo() throws {
        let path = try Self.file(Self.network(
            "[2, 2, 1]", "[sigmoid, linear]", loss: "half-squared-error", weights: "[[[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.6]]]",
            biases: "[[0, 0], [0]]", eta: "1e5", data: "[{input: [0, 1], target: [1]}, {input: [1, 0], target: [0]}]", steps: 3))
        let trace = try CommandLineTests.run(["trace", path])
        #expect(trace.status == 0)
        #expect(trace.output.contains("Training diverged at epoch 1: the cost reached"))
        let check = try CommandLineTests.run(["check", path])
        #expect(check.output.contains("note: training diverged at epoch 1"))
    }

    /// Item 9: two failing files printed two identical "cost is not a finite number" lines.
    @Test func everyNumericErrorNamesItsFile() throws {
        let overflow = try String(
            contentsOf: CommandLineTests.root.appendingPathComponent("Tests/ExampleFileTests/BadInputs/network-deep-linear-overflow.yaml"),
            encoding: .utf8)
        let first = try Self.file(overflow, name: "primero"), second = try Self.file(overflow, name: "segundo")
        let check = try CommandLineTests.run(["check", first, second])
        #expect(check.status == 1)
        let lines = check.error.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("error: \(first): training diverged at epoch 1: cost is not a finite number") == true)
        #expect(lines.last?.hasPrefix("error: \(second): training diverged at epoch 1: cost is not a finite number") == true)
        let trace = try CommandLineTests.run(["trace", first])
        #expect(trace.status == 1)
        #expect(trace.error.contains(first))
    }
}
