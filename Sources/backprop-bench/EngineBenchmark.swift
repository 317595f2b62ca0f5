import BackpropEngine
import Foundation

/// Training throughput of `StochasticGradientDescent` against the numpy reference
/// (Benchmarks/sgd_reference.py) on the same workload from the same start, checking that both end at
/// the same weights, and the engine's peak memory for 1 and 4 epochs.
struct EngineBenchmark {
    var python: String
    var reference: String
    /// This executable, run again as `train` to measure memory in a fresh process.
    var bench: String
    var scratch: String
    var exampleCount: Int
    var epochs: Int
    var runs: Int

    func run(into report: inout BenchmarkReport) throws {
        print("Engine: \(exampleCount) examples × \(epochs) epochs, 784-30-10 sigmoid, per-example SGD")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let workload = TrainingWorkload(exampleCount: exampleCount)
        let data = "\(scratch)/sgd-data.bin", trained = "\(scratch)/sgd-numpy.bin"
        try workload.write(to: data)

        var descent = StochasticGradientDescent(network: workload.network, settings: TrainingWorkload.settings)
        let seconds = Stopwatch.median(runs: runs) {
            descent = StochasticGradientDescent(network: workload.network, settings: TrainingWorkload.settings)
            descent.train(on: workload.examples, epochs: epochs)
        }
        var numpySeconds: [Double] = []
        for _ in 0..<runs {
            let output = try Subprocess.run(
                [
                    python, reference, data, trained, TrainingWorkload.layerSizes.map(String.init).joined(separator: ","),
                    String(exampleCount), String(epochs), String(TrainingWorkload.settings.learningRate),
                ],
                environment: ["OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"])
            guard let value = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw Subprocess.Failure(command: [python, reference], status: 0, output: output)
            }
            numpySeconds.append(value)
        }
        let examplesTrained = Double(exampleCount * epochs)
        report.rate(
            "engine", "per-example SGD, 784-30-10", examplesTrained / seconds, unit: "examples/s", peer: "numpy",
            examplesTrained / Stopwatch.median(numpySeconds), atLeast: 5)

        let ours = TrainingWorkload.parameters(of: descent.network)
        let theirs = try TrainingWorkload.readParameters(trained)
        let difference = ours.count == theirs.count ? zip(ours, theirs).map { abs($0 - $1) }.max()! : .infinity
        let moved = zip(ours, TrainingWorkload.parameters(of: workload.network)).map { abs($0 - $1) }.max()!
        report.check(
            "engine", "largest difference engine − numpy, \(ours.count) trained parameters", difference, unit: "",
            target: "≤ 1e-9", met: difference <= 1e-9)
        report.note(String(format: "training moved the parameters by up to %.3g, so the agreement is not vacuous", moved))

        let memory = try [1, 4].map { epochs in
            let output = try Subprocess.run([bench, "train", "--examples", String(exampleCount), "--epochs", String(epochs)])
            return Self.value(of: "max-rss-kib", in: output)
        }
        let growth = memory[1] - memory[0]
        report.check(
            "engine", "peak RSS, 4 epochs minus 1 epoch (\(Int(memory[0])) KiB for 1)", growth, unit: "KiB",
            target: "≤ 1024 KiB (no growth per example)", met: growth <= 1024)
    }

    private static func value(of key: String, in output: String) -> Double {
        output.split(separator: "\n").compactMap { line -> Double? in
            let parts = line.split(separator: " ")
            return parts.count == 2 && parts[0] == key ? Double(parts[1]) : nil
        }.first ?? .nan
    }
}
