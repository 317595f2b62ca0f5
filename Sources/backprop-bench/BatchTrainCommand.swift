import ArgumentParser
import BackpropEngine
import Foundation

/// `backprop-bench batch-train`: the training group's 784-30-10 row alone (full-batch training in
/// process, without NumPy), for timing a change to the kernels quickly.
struct BatchTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-train",
        abstract: "Times 784-30-10 full-batch training in process (median) and prints the final cost.")

    @Option(help: "Synthetic training examples.")
    var examples = 1_000

    @Option(help: "Full-batch epochs.")
    var epochs = 100

    @Option(help: "Timed runs (the median is printed).")
    var runs = 9

    func run() {
        let workload = TrainingWorkload(exampleCount: examples)
        var costs: [Double] = []
        let seconds = Stopwatch.median(runs: runs, warmUp: 1) {
            costs = BatchGradientDescent(network: workload.network, examples: workload.examples, settings: TrainingWorkload.settings)
                .train(epochs: epochs)
        }
        print(String(format: "median %.2f ms over %d runs; final cost %.17g", 1000 * seconds, runs, costs.last ?? .nan))
    }
}
