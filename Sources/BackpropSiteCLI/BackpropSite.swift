import ArgumentParser
import CairoRendering
import Foundation

/// The `backprop-site` command: turns example networks into a bilingual backpropagation site.
public struct BackpropSite: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "backprop-site",
        abstract: "Turns example networks (YAML) into a bilingual teaching site about backpropagation.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, NewCommand.self, BuildCommand.self, ServeCommand.self, RenderCommand.self, DeckCommand.self,
            WorksheetCommand.self, TraceCommand.self, CheckCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and exits: 0 on success, 1 when the work failed (bad example, failed
    /// check), 2 when the command line itself was wrong, 128 + n when stopped by signal n (SIGTERM or
    /// SIGINT, which stop every command whatever signal mask the tool inherited).
    public static func runAndExit(_ arguments: [String]? = nil) -> Never {
        Interruption.install()
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
