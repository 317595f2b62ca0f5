import BackpropEngine
import Foundation

/// Full-batch training against vectorized NumPy (Benchmarks/batch_reference.py), the tool a user
/// already has: the largest lesson as whole processes (reading the file, the worked step, the gradient
/// check and the training curve against NumPy's read and training), 784-30-10 in process, and how the
/// time grows with examples × epochs × parameters.
struct BatchTrainingBenchmark {
    var python: String
    var reference: String
    /// backprop-site, release build.
    var site: String
    var scratch: String
    var runs: Int

    /// The variables that make NumPy's OpenBLAS use older kernels on some machines (see
    /// Benchmarks/README.md); unset for the NumPy peer only.
    static let openBLASOverrides = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"]

    func run(into report: inout BenchmarkReport) throws {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try largestLesson(into: &report)
        try wideNetwork(into: &report)
        growth(into: &report)
    }

    /// 10,000 examples, 2-8-1 tanh/sigmoid, cross-entropy, 1,515 epochs: `backprop-site check` against
    /// the NumPy script, both whole processes from the same file and starting weights.
    private func largestLesson(into report: inout BenchmarkReport) throws {
        let workload = LessonWorkload(exampleCount: 10_000, epochs: 1_515)
        print("Training: \(workload.exampleCount) examples × 2-8-1 × \(workload.epochs) epochs, whole processes")
        let file = "\(scratch)/largest-lesson.yaml", trace = "\(scratch)/largest-lesson.json"
        try workload.yaml.write(toFile: file, atomically: true, encoding: .utf8)
        try Self.startingWeights(fromTrace: Subprocess.run([site, "trace", file, "--format", "json"]))
            .write(to: URL(fileURLWithPath: trace))

        var ourOutput = ""
        var ours: [Double] = [], theirs: [Double] = []
        var numpyOutput = ""
        for _ in 0..<runs {
            ours.append(try Stopwatch.seconds { ourOutput = try Subprocess.run([site, "check", file]) })
            theirs.append(try Stopwatch.seconds {
                numpyOutput = try Subprocess.run([python, reference, file, trace], unsetting: Self.openBLASOverrides)
            })
        }
        report.time(
            "training", "10,000 × 2-8-1 × 1,515 epochs, whole process (read, check, curve)", Stopwatch.median(ours),
            peer: "numpy", Stopwatch.median(theirs), atLeast: 2)

        let numpy = try JSONSerialization.jsonObject(with: Data(numpyOutput.utf8)) as? [String: Any] ?? [:]
        let numpyCost = numpy["final_cost"] as? Double ?? .nan
        let ourCost = Self.finalCost(in: ourOutput)
        let difference = abs(ourCost - numpyCost) / abs(numpyCost)
        report.check(
            "training", "final cost, relative difference from numpy (ours \(String(format: "%.10g", ourCost)))", difference,
            unit: "", target: "≤ 1e-9", met: difference <= 1e-9)
        let unTrained = "\(scratch)/largest-lesson-0.yaml"
        try LessonWorkload(exampleCount: 10_000, epochs: 0).yaml.write(toFile: unTrained, atomically: true, encoding: .utf8)
        let ourRead = try Stopwatch.median(runs: runs) { try Subprocess.run([site, "check", unTrained]) }
        report.time(
            "training", "the same file with epochs: 0 (read, worked step, gradient check)", ourRead,
            peer: "numpy read", numpy["read_seconds"] as? Double ?? .nan, atLeast: nil)
        report.note(String(
            format: "numpy inside its process: %.0f ms reading the YAML with PyYAML's C loader, %.0f ms training",
            1000 * (numpy["read_seconds"] as? Double ?? .nan), 1000 * (numpy["train_seconds"] as? Double ?? .nan)))
    }

    /// 784-30-10 sigmoid, quadratic cost, 1,000 examples, 100 full-batch epochs, in process: the
    /// engine's training against NumPy's (which multiplies with OpenBLAS on every core).
    private func wideNetwork(into report: inout BenchmarkReport) throws {
        let epochs = 100
        let workload = TrainingWorkload(exampleCount: 1_000)
        print("Training: 1,000 examples × 784-30-10 × \(epochs) full-batch epochs, in process")
        let data = "\(scratch)/wide-data.bin"
        try workload.write(to: data)
        var costs: [Double] = []
        let seconds = Stopwatch.median(runs: runs) {
            let descent = BatchGradientDescent(
                network: workload.network, examples: workload.examples, settings: TrainingWorkload.settings)
            costs = descent.train(epochs: epochs)
        }
        // NumPy as it comes (OpenBLAS on both cores) and with one BLAS thread: on a busy machine
        // OpenBLAS's threads wait for each other, so the single thread can be the faster peer.
        var numpyCost = Double.nan
        var numpyMedians: [(threads: String, seconds: Double)] = []
        for threads in ["2", "1"] {
            var numpySeconds: [Double] = []
            for _ in 0..<runs {
                let output = try Subprocess.run(
                    [
                        python, reference, "--binary", data, TrainingWorkload.layerSizes.map(String.init).joined(separator: ","),
                        String(workload.examples.count), String(epochs), String(TrainingWorkload.settings.learningRate),
                    ],
                    environment: ["OPENBLAS_NUM_THREADS": threads], unsetting: Self.openBLASOverrides)
                let result = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
                numpySeconds.append(result["train_seconds"] as? Double ?? .nan)
                numpyCost = result["final_cost"] as? Double ?? .nan
            }
            numpyMedians.append((threads, Stopwatch.median(numpySeconds)))
        }
        let fastest = numpyMedians.min { $0.seconds < $1.seconds }!
        report.time(
            "training", "1,000 × 784-30-10 × 100 epochs, training in process", seconds,
            peer: "numpy (\(fastest.threads) BLAS thread\(fastest.threads == "1" ? "" : "s"))", fastest.seconds, atLeast: 1)
        report.note(
            "784-30-10 numpy training: " + numpyMedians.map { "\(BenchmarkReport.duration($0.seconds)) with \($0.threads) BLAS thread(s)" }
                .joined(separator: ", ") + "; the faster is the peer")
        let difference = abs((costs.last ?? .nan) - numpyCost) / abs(numpyCost)
        report.check(
            "training", "784-30-10 final cost, relative difference from numpy", difference, unit: "", target: "≤ 1e-9",
            met: difference <= 1e-9)
    }

    /// Training time from 10³ to 10⁹ units of work (examples × epochs × parameters), in process.
    private func growth(into report: inout BenchmarkReport) {
        print("Training: growth with examples × epochs × parameters")
        let lesson = LessonWorkload(exampleCount: 10_000, epochs: 0)
        let wide = TrainingWorkload(exampleCount: 1_000)
        let rows: [(network: Network, examples: Int, epochs: Int)] = [
            (lesson.network, 31, 1), (lesson.network, 303, 1), (lesson.network, 3_030, 1), (lesson.network, 10_000, 3),
            (lesson.network, 10_000, 30), (lesson.network, 10_000, 303), (lesson.network, 10_000, 3_030),
            (wide.network, 1_000, 4), (wide.network, 1_000, 42),
        ]
        for row in rows {
            let examples = row.network == lesson.network ? Array(lesson.examples.prefix(row.examples)) : wide.examples
            let settings = row.network == lesson.network ? LessonWorkload.settings : TrainingWorkload.settings
            let sizes = row.network.layerSizes
            let parameters = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.1 * ($1.0 + 1) }
            let work = Double(row.examples * row.epochs * parameters)
            let seconds = Stopwatch.median(runs: runs) {
                _ = BatchGradientDescent(network: row.network, examples: examples, settings: settings).train(epochs: row.epochs)
            }
            let shape = sizes.map(String.init).joined(separator: "-")
            report.check(
                "growth",
                "\(shape) × \(row.examples) examples × \(row.epochs) epochs = "
                    + String(format: "%.1e", work) + " units: \(BenchmarkReport.duration(seconds))",
                seconds / work * 1e9, unit: "ns per unit", target: "", met: true)
        }
    }

    /// The starting weights and biases of a `trace --format json` document, in the same shape
    /// (`steps[0].layers[i].weights` and `.biases`) without the 10,000 examples' z, a and δ, so that
    /// NumPy's time is not spent reading numbers it does not need.
    private static func startingWeights(fromTrace text: String) throws -> Data {
        let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let steps = document?["steps"] as? [[String: Any]]
        let layers = (steps?.first?["layers"] as? [[String: Any]] ?? []).map { layer in
            ["weights": layer["weights"] ?? [], "biases": layer["biases"] ?? []]
        }
        return try JSONSerialization.data(withJSONObject: ["steps": [["layers": layers]]])
    }

    /// The final cost that `check` prints: "cost A → B after N epochs".
    private static func finalCost(in output: String) -> Double {
        guard let arrow = output.range(of: "→ ") else { return .nan }
        return Double(output[arrow.upperBound...].prefix { !$0.isWhitespace }) ?? .nan
    }
}
