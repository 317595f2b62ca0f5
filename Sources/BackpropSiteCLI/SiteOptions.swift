import ArgumentParser

/// Where a site is built from and into, and in which languages: the options `build` and `serve`
/// share.
struct SiteOptions: ParsableArguments {
    @Option(help: "The folder of example files (*.yaml).")
    var examples = "Examples"

    @Option(help: "The folder of templates, stylesheet, fonts and string tables (default: ./Templates when it exists, else the built-in ones).")
    var templates: String?

    @Option(help: "The folder the site is written to (replaced whole at every build; a symbolic link is published through).")
    var out = "site"

    @Option(name: .customLong("lang"), help: "The languages to build, separated by commas (es, en).")
    var languages = LanguageList(argument: "es,en")!
}
