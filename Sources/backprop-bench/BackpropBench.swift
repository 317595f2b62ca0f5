import ArgumentParser

/// `backprop-bench`: how fast backprop-site is next to what a user would pick instead (graphviz for
/// graph figures, numpy for training), run by `make bench`.
struct BackpropBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backprop-bench",
        abstract: "Times the site build, the figures and the engine against graphviz and numpy.",
        subcommands: [RunCommand.self, TrainCommand.self, BatchTrainCommand.self],
        defaultSubcommand: RunCommand.self)
}
