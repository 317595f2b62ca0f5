import BackpropEngine
import ExampleFile
import Foundation
import LessonFormatting
import Synchronization

/// The site build as named steps (in the style of Publish's `PublishingStep`): load the templates
/// and strings, make every example's walkthrough, make the pages in each language, write them.
/// Only the `FileIO` touches files; progress is reported per step; a failure says which step and
/// which file.
public struct SiteBuild: Sendable {
    /// What the steps share while the build runs.
    public struct State: Sendable {
        /// The examples, in lesson order (`Example.inLessonOrder`).
        public var examples: [Example]
        public var templates: SiteTemplates?
        /// A fingerprint of the template and string files `templates` were made from.
        public var templatesFingerprint: String?
        public var walkthroughs: [String: Walkthrough] = [:]
        /// The gradient check of each example, by id, computed once for every language's page.
        public var gradientChecks: [String: GradientCheck] = [:]
        /// The figures of each example page by example id and language; a figure step fills this.
        public var figures: [String: [Language: [FigureReference]]] = [:]
        /// The slide deck of each example, relative to its pages, by example id.
        public var decks: [String: String] = [:]
        /// The files to write, by path relative to the output folder.
        public var files: [String: Data] = [:]
        /// Files of `files` that an earlier build already wrote, by path relative to the output folder:
        /// the path of that identical copy, which the write step links instead of writing again.
        public var unchangedCopies: [String: String] = [:]
        /// What this build is made from, written to the output folder for the next build.
        public var cache = BuildCache()
        /// Reports progress within the running step, e.g. "paso-a-paso (12/36)".
        public var report: @Sendable (String) -> Void = { _ in }

        /// The state before the first step, with `examples` in lesson order.
        public init(examples: [Example]) {
            self.examples = Example.inLessonOrder(examples)
        }
    }

    /// One named step of the build.
    public struct Step: Sendable {
        public let name: String
        public let run: @Sendable (inout State, FileIO) throws -> Void

        public init(name: String, run: @escaping @Sendable (inout State, FileIO) throws -> Void) {
            self.name = name
            self.run = run
        }
    }

    /// A step that failed: which one, which file, and why.
    public struct StepFailure: Error, CustomStringConvertible {
        public let step: String
        public let file: String
        public let underlying: any Error
        public var description: String {
            let reason = "\(underlying)"
            // Errors about a file (example files, string tables) already start with its path.
            return reason.hasPrefix(file) ? "\(step): \(reason)" : "\(step): \(file): \(reason)"
        }
    }

    /// The folder holding base.mustache…, style.css, strings/ and fonts/.
    public let templatesFolder: String
    /// The address the site is published at, ending in "/", when known: pages then carry canonical
    /// and absolute alternate-language addresses, and the build writes sitemap.xml.
    public let baseURL: String?
    /// The site is written here.
    public let outputFolder: String
    public let steps: [Step]

    /// The standard build in `languages`, with `extraSteps` (such as drawing figures) run after the
    /// walkthroughs and before the pages, for a site published at `baseURL` when given; `memory` keeps
    /// what did not change (templates, example pages) from one build of a session to the next.
    public init(
        templatesFolder: String, outputFolder: String, languages: [Language] = Language.allCases, extraSteps: [Step] = [],
        baseURL: String? = nil, memory: BuildMemory? = nil
    ) {
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.baseURL = baseURL
        steps = [
            Self.loadTemplates(from: templatesFolder, languages: languages, memory: memory), Self.makeWalkthroughs,
        ] + extraSteps + [
            Self.makePages(baseURL: baseURL, memory: memory), Self.copyAssets(from: templatesFolder), Self.write(to: outputFolder),
        ]
    }

    /// Runs every step on `examples`, reporting each step as "[k/n] name" and progress within a
    /// step as "[k/n] name: detail" through `progress`.
    @discardableResult
    public func run(
        examples: [Example], io: FileIO, buildFingerprint: String? = nil,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) throws -> State {
        var state = State(examples: examples)
        state.cache.build = buildFingerprint
        for (index, step) in steps.enumerated() {
            let prefix = "[\(index + 1)/\(steps.count)] \(step.name)"
            progress(prefix)
            state.report = { progress(prefix + ": " + $0) }
            try step.run(&state, io)
        }
        state.report = { _ in }
        return state
    }

    /// The folder of the files every page shares, relative to the site root.
    public static let assetsFolder = "assets"

    /// The files of Templates copied to the assets folder under the same relative path: the
    /// stylesheet, the page script, the icon, and the math font (cut to the glyphs the site uses by
    /// scripts/subset-math-font.sh) with its licence.
    public static let assetFiles = [
        "style.css", "page.js", "favicon.svg", "fonts/Asana-Math.woff2", "fonts/Asana-Math-LICENSE.txt",
    ]

    static func failure(_ step: String, _ file: String, _ body: () throws -> Void) throws {
        do { try body() } catch { throw StepFailure(step: step, file: file, underlying: error) }
    }

    /// Reads the templates and the string tables of `languages`, and checks them together; with a
    /// `memory`, files read before in the same bytes are not parsed and checked again.
    public static func loadTemplates(
        from folder: String, languages: [Language] = Language.allCases, memory: BuildMemory? = nil
    ) -> Step {
        let name = "Load templates and strings"
        return Step(name: name) { state, io in
            var texts: [String: String] = [:]
            var bytes = Fingerprint()
            bytes.add(languages.map(\.code).joined(separator: ","))
            for template in SiteTemplates.templateNames {
                let path = "\(folder)/\(template).mustache"
                try failure(name, path) {
                    let data = try io.read(path)
                    bytes.add(data)
                    texts[template] = String(decoding: data, as: UTF8.self)
                }
            }
            let tableFiles = languages.map { try? io.read(StringTable.path(templates: folder, language: $0)) }
            tableFiles.forEach { bytes.add($0 ?? Data()) }
            let make = {
                var tables: [Language: StringTable] = [:]
                for language in languages {
                    try failure(name, StringTable.path(templates: folder, language: language)) {
                        tables[language] = try StringTable.load(templates: folder, language: language, read: io.read)
                    }
                }
                var templates: SiteTemplates?
                try failure(name, folder) { templates = try SiteTemplates(templates: texts, strings: tables, folder: folder) }
                return templates!
            }
            let memory = tableFiles.contains(nil) ? nil : memory
            state.templates = try memory?.templates(for: bytes, make: make) ?? make()
            state.templatesFingerprint = bytes.hex
        }
    }

    /// Computes every number of every example, the examples spread over every core.
    public static let makeWalkthroughs = Step(name: "Compute the walkthroughs") { state, _ in
        let examples = state.examples
        let computed = Mutex([Int: Result<(Walkthrough, GradientCheck), StepFailure>]())
        DispatchQueue.concurrentPerform(iterations: examples.count) { index in
            let walkthrough = Result { () throws(StepFailure) -> (Walkthrough, GradientCheck) in
                do {
                    let walkthrough = try examples[index].walkthrough()
                    return (walkthrough, walkthrough.gradientCheck())
                } catch {
                    throw StepFailure(step: "Compute the walkthroughs", file: examples[index].sourcePath, underlying: error)
                }
            }
            computed.withLock { $0[index] = walkthrough }
        }
        try computed.withLock { computed in
            for (index, example) in examples.enumerated() {
                (state.walkthroughs[example.id], state.gradientChecks[example.id]) = try computed[index]!.get()
            }
        }
    }

    /// The language chooser, the home pages and every example page in every language, made on
    /// every core, and sitemap.xml when the site's `baseURL` is known.
    /// Makes every page; with a `memory`, an example page made from exactly the same example,
    /// neighbours, figures, templates and strings in the last build of the session is taken again.
    public static func makePages(baseURL: String? = nil, memory: BuildMemory? = nil) -> Step { Step(name: "Make the pages") { state, _ in
        let name = "Make the pages"
        guard let templates = state.templates else { throw StepFailure(step: name, file: "Templates", underlying: CocoaError(.fileReadNoSuchFile)) }
        let builder = PageBuilder(templates: templates, baseURL: baseURL)
        let examples = state.examples, walkthroughs = state.walkthroughs, checks = state.gradientChecks
        let figures = state.figures, decks = state.decks
        let templatesFingerprint = state.templatesFingerprint
        memory?.beginPages()
        /// What the page of `example` in `language` is made from, when all of it is known.
        @Sendable func source(of example: Example, in language: Language, previous: Example?, next: Example?) -> String? {
            guard let templatesFingerprint else { return nil }
            var fingerprint = Fingerprint()
            for part in [
                templatesFingerprint, language.code, baseURL ?? "", decks[example.id] ?? "", FigureSet.describe(example),
                String(reflecting: figures[example.id]?[language]), String(reflecting: previous?.id), String(reflecting: previous?.title),
                String(reflecting: next?.id), String(reflecting: next?.title),
            ] { fingerprint.add(part) }
            return fingerprint.hex
        }
        var pages: [(path: String, make: @Sendable () throws -> String)] = [("index.html", { try builder.languageChooser() })]
        for language in templates.languages {
            pages.append(("\(language.code)/index.html", { try builder.homePage(language: language, examples: examples) }))
            for (index, example) in examples.enumerated() {
                let neighbours = (previous: index > 0 ? examples[index - 1] : nil, next: index + 1 < examples.count ? examples[index + 1] : nil)
                pages.append(("\(language.code)/\(example.id)/index.html", {
                    let make = {
                        try builder.examplePage(
                            example: example, walkthrough: walkthroughs[example.id]!, gradientCheck: checks[example.id],
                            language: language, figures: figures[example.id]?[language] ?? [], deckPath: decks[example.id],
                            previous: neighbours.previous, next: neighbours.next)
                    }
                    guard let memory, let source = source(of: example, in: language, previous: neighbours.previous, next: neighbours.next)
                    else { return try make() }
                    return try memory.page(for: source, make: make)
                }))
            }
        }
        let made = Mutex([Int: Result<String, StepFailure>]())
        let jobs = pages
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let (path, make) = jobs[index]
            let page = Result { () throws(StepFailure) -> String in
                do { return try make() } catch { throw StepFailure(step: name, file: path, underlying: error) }
            }
            made.withLock { $0[index] = page }
        }
        try made.withLock { made in
            for (index, page) in pages.enumerated() { state.files[page.path] = Data(try made[index]!.get().utf8) }
        }
        // Every number of the worked steps, in full: the pages elide large vectors and matrices.
        for example in examples {
            let walkthrough = walkthroughs[example.id]!
            state.files[TraceJSON.sitePath(id: example.id)] = Data(
                TraceJSON(example: example, walkthrough: walkthrough, stepLimit: TraceJSON.siteStepLimit(walkthrough)).encoded().utf8)
        }
        if let baseURL { state.files["sitemap.xml"] = Data(Sitemap(pages: pages.map(\.path), baseURL: baseURL).xml.utf8) }
    } }

    /// The stylesheet, the page script, the icon and the math font with its licence (`assetFiles`).
    public static func copyAssets(from folder: String) -> Step {
        let name = "Copy the stylesheet, the script and the math font"
        return Step(name: name) { state, io in
            for file in assetFiles {
                let path = "\(folder)/\(file)"
                try failure(name, path) { state.files["\(assetsFolder)/\(file)"] = try io.read(path) }
            }
        }
    }

    /// Writes every file, in path order. (The build cache is kept beside the site, not in it: see
    /// `BuildCache.path(forSite:)`.)
    public static func write(to folder: String) -> Step {
        let name = "Write the site"
        return Step(name: name) { state, io in
            for path in state.files.keys.sorted() {
                let destination = "\(folder)/\(path)"
                try failure(name, destination) {
                    if let copy = state.unchangedCopies[path] {
                        try io.link(copy, destination)
                    } else {
                        try io.write(destination, state.files[path]!)
                    }
                }
            }
        }
    }
}
