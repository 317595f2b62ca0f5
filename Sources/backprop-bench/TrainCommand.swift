import ArgumentParser
import BackpropEngine
import Foundation

/// `backprop-bench train`: trains the engine workload in a process of its own and prints the
/// throughput and the process's peak memory, so runs of different lengths can be compared.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Trains the 784-30-10 workload once and prints examples/s and peak RSS (used by run).")

    @Option(help: "Synthetic training examples.")
    var examples = 3000

    @Option(help: "Passes over the examples.")
    var epochs = 1

    func run() {
        let workload = TrainingWorkload(exampleCount: examples)
        var descent = StochasticGradientDescent(network: workload.network, settings: TrainingWorkload.settings)
        let seconds = Stopwatch.seconds { descent.train(on: workload.examples, epochs: epochs) }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        // ru_maxrss is in kibibytes on Linux.
        print("examples-per-second \(Double(examples * epochs) / seconds)")
        print("max-rss-kib \(usage.ru_maxrss)")
    }
}
