import ArgumentParser
import Foundation
import SiteGenerator
import SiteServer

/// `backprop-site serve`: builds the site, serves it over HTTP, rebuilds when an example or template
/// changes (the same watch as `build --watch`), and updates the open pages that changed; a failed
/// build shows its error over the last good page.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Builds the site, serves it on http://127.0.0.1:8000/ and updates the open pages after every change.",
        discussion: """
            Edit an example file or a template and save: the site is rebuilt and every open page that \
            changed shows the new numbers and figures in place, where the reader was (a page whose \
            structure, stylesheet or script changed reloads at the same place). When a build fails, the pages keep showing the \
            last good site with the error over it, until the next good build. Only files under --out are \
            served, to this machine only unless --host says otherwise. Ctrl-C stops.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on: 127.0.0.1 (this machine only) unless you mean to share the site on a network.")
    var host = "127.0.0.1"

    @Flag(help: "Open the site in the default browser once it is served.")
    var open = false

    /// The builds of `build --watch` this command runs beside its server.
    private var builder: SiteBuilder { SiteBuilder(site: site) }

    func validate() throws {
        try builder.validate()
        guard host.split(separator: ".").count == 4 || host.contains(":") else {
            throw ValidationError("--host \(host): give an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network).")
        }
    }

    func run() throws {
        let output = try builder.outputFolder()
        let served = SiteFolder(root: site.out)
        var known: [String: UInt64] = [:]
        let liveReload = LiveReload(fingerprints: served.fingerprints(known: &known))
        let server = SiteServer(site: served, liveReload: liveReload)
        let listening = DispatchSemaphore(value: 0)
        let failure = ErrorBox()
        Task {
            do {
                try await server.run(host: host, port: port) { url in
                    FileHandle.standardOutput.write(Data("Serving \(site.out) on \(url) (Ctrl-C to stop)\n".utf8))
                    if open { Self.openInBrowser(url) }
                    listening.signal()
                }
            } catch {
                failure.error = error
                listening.signal()
            }
        }
        listening.wait()
        if let error = failure.error {
            throw ServeFailure(description: "cannot listen on \(host):\(port): \(error). Is another server using the port? Try --port \(port &+ 1).")
        }
        Interruption.endNormallyOnSignal(saying: "Stopped.")
        try builder.watchAndRebuild(into: output, pollInterval: 0.05, draftFirst: true) { error in
            let done = DispatchSemaphore(value: 0)
            let fingerprints = error == nil ? served.fingerprints(known: &known) : [:]
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
