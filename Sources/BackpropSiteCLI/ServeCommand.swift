import ArgumentParser
import Foundation
import SiteGenerator
import SiteServer

/// `backprop-site serve`: builds the site, serves it over HTTP, rebuilds when an example or template
/// changes (the same watch as `build --watch`), and reloads the open pages that changed; a failed
/// build shows its error over the last good page.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Builds the site, serves it on http://127.0.0.1:8000/ and reloads the browser after every change.",
        discussion: """
            Edit an example file or a template and save: the site is rebuilt and every open page that \
            changed reloads, keeping its scroll position. When a build fails, the pages keep showing the \
            last good site with the error over it, until the next good build. Only files under --out are \
            served, to this machine only unless --host says otherwise. Ctrl-C stops.
            """)

    @Option(help: "The folder of example files (*.yaml).")
    var examples = "Examples"

    @Option(help: "The folder of templates, stylesheet, fonts and string tables (default: ./Templates when it exists, else the built-in ones).")
    var templates: String?

    @Option(help: "The folder the site is written to and served from (replaced whole at every build).")
    var out = "site"

    @Option(name: .customLong("lang"), help: "The languages to build, separated by commas (es, en).")
    var languages = "es,en"

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on: 127.0.0.1 (this machine only) unless you mean to share the site on a network.")
    var host = "127.0.0.1"

    @Flag(help: "Open the site in the default browser once it is served.")
    var open = false

    /// The `build --watch` this command runs beside its server.
    private var build: BuildCommand {
        get throws {
            do {
                return try BuildCommand.parse(
                    ["--examples", examples, "--out", out, "--lang", languages] + (templates.map { ["--templates", $0] } ?? []))
            } catch {
                throw ValidationError(BuildCommand.message(for: error))
            }
        }
    }

    func validate() throws {
        _ = try build
        guard host.split(separator: ".").count == 4 || host.contains(":") else {
            throw ValidationError("--host \(host): give an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network).")
        }
    }

    func run() throws {
        let build = try self.build
        let output = try OutputFolder(out)
        let site = SiteFolder(root: out)
        var known: [String: UInt64] = [:]
        let liveReload = LiveReload(fingerprints: site.fingerprints(known: &known))
        let server = SiteServer(site: site, liveReload: liveReload)
        let served = DispatchSemaphore(value: 0)
        let failure = ErrorBox()
        Task {
            do {
                try await server.run(host: host, port: port) { url in
                    FileHandle.standardOutput.write(Data("Serving \(out) on \(url) (Ctrl-C to stop)\n".utf8))
                    if open { Self.openInBrowser(url) }
                    served.signal()
                }
            } catch {
                failure.error = error
                served.signal()
            }
        }
        served.wait()
        if let error = failure.error {
            throw ServeFailure(description: "cannot listen on \(host):\(port): \(error). Is another server using the port? Try --port \(port &+ 1).")
        }
        Interruption.endNormallyOnSignal(saying: "Stopped.")
        try build.watchAndRebuild(into: output, pollInterval: 0.05, draftFirst: true) { error in
            let done = DispatchSemaphore(value: 0)
            let fingerprints = error == nil ? site.fingerprints(known: &known) : [:]
            Task {
                if let error { await liveReload.failed("\(error)") } else { await liveReload.built(fingerprints: fingerprints) }
                done.signal()
            }
            done.wait()
        }
    }

    private static func openInBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        try? process.run()
    }

    /// The server could not start.
    struct ServeFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// The error of the server task, handed to the waiting thread.
    private final class ErrorBox: @unchecked Sendable {
        var error: (any Error)?
    }
}
