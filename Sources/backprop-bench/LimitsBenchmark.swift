import BackpropEngine
import ExampleFile
import Foundation

/// Times `backprop-site build`, `check` and `trace` on example files at the documented limits (the
/// most parameters, the most training examples, the most training work) and checks that no page
/// grows past 2 MB: the README promises that a build takes seconds whatever valid file it is given.
struct LimitsBenchmark {
    /// The release `backprop-site` executable.
    var executable: String
    var templates: String
    /// A scratch folder, emptied first.
    var scratch: String

    /// One example file at a limit.
    struct Case {
        let name: String
        let layers: [Int]
        let activations: [String]
        let examples: Int
        let epochs: Int
    }

    /// The cases: every one of them is a valid file, as large as the limits allow.
    static let cases: [Case] = [
        Case(name: "most-parameters", layers: [999, 999, 1], activations: ["sigmoid", "linear"], examples: 1,
             epochs: Example.mostTrainingWork / Example.mostParameters),
        Case(name: "most-examples", layers: [2, 4, 1], activations: ["tanh", "sigmoid"], examples: Example.mostTrainingExamples,
             epochs: Example.mostTrainingWork / (Example.mostTrainingExamples * 17)),
        Case(name: "widest-layer", layers: [1, Example.largestLayer, 1], activations: ["relu", "linear"], examples: 8,
             epochs: min(Example.epochRange.upperBound, Example.mostTrainingWork / (8 * (2 * Example.largestLayer + 4097)))),
    ]

    /// The largest page a valid example may make.
    static let largestPage = 2 << 20

    private var manager: FileManager { .default }

    func run(into report: inout BenchmarkReport) throws {
        print("Limits (one run each)")
        try? manager.removeItem(atPath: scratch)
        try manager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        for limit in Self.cases {
            let folder = "\(scratch)/\(limit.name)", out = "\(scratch)/site-\(limit.name)"
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let file = "\(folder)/\(limit.name).yaml"
            try Self.yaml(limit).write(toFile: file, atomically: true, encoding: .utf8)
            let build = try Stopwatch.seconds {
                try Subprocess.run([executable, "build", "--examples", folder, "--templates", templates, "--out", out])
            }
            report.time("limits", "\(limit.name): clean build", build, atMost: 10)
            let check = try Stopwatch.seconds { try Subprocess.run([executable, "check", file]) }
            report.time("limits", "\(limit.name): check", check, atMost: 5)
            let trace = try Stopwatch.seconds { try Subprocess.run([executable, "trace", file, "--format", "json"]) }
            report.time("limits", "\(limit.name): trace", trace, atMost: 5)
            let largest = try largestPage(in: out)
            report.check(
                "limits", "\(limit.name): largest page", Double(largest) / Double(1 << 20), unit: "MB",
                target: "≤ 2 MB", met: largest <= Self.largestPage)
        }
    }

    /// The size in bytes of the largest HTML page below `folder`.
    private func largestPage(in folder: String) throws -> Int {
        let pages = (manager.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }
        return try pages.map { try manager.attributesOfItem(atPath: "\(folder)/\($0)")[.size] as? Int ?? 0 }.max() ?? 0
    }

    /// The example file of `limit`: seeded random weights, inputs and targets in [−1, 1] and (0, 1).
    static func yaml(_ limit: Case) -> String {
        var generator = SplitMix64(seed: 10)
        func number() -> String { String(format: "%.3f", generator.nextSymmetricUnit()) }
        let rows = (0..<limit.examples).map { _ in
            let input = (0..<limit.layers[0]).map { _ in number() }.joined(separator: ", ")
            let target = (0..<limit.layers[limit.layers.count - 1]).map { _ in
                String(format: "%.3f", 0.5 + 0.4 * generator.nextSymmetricUnit())
            }.joined(separator: ", ")
            return "  - {input: [\(input)], target: [\(target)]}"
        }
        return """
            id: \(limit.name)
            title: {es: "Límite: \(limit.name)", en: "Limit: \(limit.name)"}
            layers: [\(limit.layers.map(String.init).joined(separator: ", "))]
            activations: [\(limit.activations.joined(separator: ", "))]
            loss: half-squared-error
            learning_rate: 0.01
            epochs: \(limit.epochs)
            data:
            \(rows.joined(separator: "\n"))

            """
    }
}
