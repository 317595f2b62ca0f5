import ArgumentParser

/// The `backprop-site` command: turns example networks into a bilingual backpropagation site.
public struct BackpropSite: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "backprop-site",
        abstract: "Turns example networks (YAML) into a bilingual teaching site about backpropagation.",
        version: "0.1.0",
        subcommands: []
    )

    public init() {}
}
