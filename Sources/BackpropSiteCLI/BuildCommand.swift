import ArgumentParser
import Foundation

/// `backprop-site build`: Examples/ and Templates/ → site/, published whole or not at all.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the bilingual site from the example files and the templates.",
        discussion: """
            The site is built in a staging folder beside --out and swapped in only when every step \
            succeeded: a failed build leaves the previous site exactly as it was. Figures whose inputs \
            did not change are kept from the previous build, and a build with no changed input and an intact \
            output (checked against the manifest of the files it wrote) does nothing; --force rebuilds everything.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp(
        "The address the site is published at, such as https://user.github.io/backprop-site/: pages get "
            + "canonical and alternate-language addresses, and the site a sitemap.xml.", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Build, then rebuild whenever a file under --examples or --templates changes (Ctrl-C stops).")
    var watch = false

    @Flag(help: "Rebuild everything, even when no input changed and the output is intact.")
    var force = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(where: \.isWhitespace) {
            throw ValidationError("--base-url \(baseURL): expected an absolute address such as https://user.github.io/backprop-site/")
        }
        try builder.validate()
    }

    /// The builds this command runs.
    private var builder: SiteBuilder { SiteBuilder(site: site, baseURL: baseURL, force: force) }

    func run() throws {
        let output = try builder.outputFolder()
        guard watch else {
            try builder.build(into: output)
            return
        }
        try builder.watchAndRebuild(into: output)
    }
}
