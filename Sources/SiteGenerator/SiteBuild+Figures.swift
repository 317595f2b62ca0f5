import BackpropEngine
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting
import MathLayout
import Synchronization

extension SiteBuild {
    /// The slide deck of every example, next to its figures.
    public static let deckPath = "\(FigureReference.folder)/deck.pdf"

    /// Draws every figure of every example in every language, as SVG (shown on the page, in the light
    /// and the dark theme), PNG at 2× (for slides) and PDF (for LaTeX), plus the 16:9 slide deck with
    /// the worked equations between the figures (typeset in the math font file `mathFont`, read like
    /// the build's other files), spreading the work over every core.
    ///
    /// Figures whose inputs (the example, the language's strings, `toolIdentity`) are unchanged since
    /// the site in `previousSite` was built are copied from it instead of being drawn again.
    ///
    /// With `svgOnly`, only what the pages show is drawn (no PNG, PDF or deck): `serve` publishes such
    /// a draft first, so that a saved change shows at once, then builds the rest.
    public static func drawFigures(
        renderer: SceneRenderer = SceneRenderer(), previousSite: String? = nil, toolIdentity: String = "", mathFont: String,
        svgOnly: Bool = false
    ) -> Step {
        let name = "Draw the figures"
        return Step(name: name) { state, io in
            guard let templates = state.templates else {
                throw StepFailure(step: name, file: "Templates", underlying: CocoaError(.fileReadNoSuchFile))
            }
            let measurer: CairoTextMeasurer
            do { measurer = try CairoTextMeasurer() } catch { throw StepFailure(step: name, file: "DejaVu Sans", underlying: error) }
            do { try MathFont.register(reading: mathFont, with: io.read) } catch {
                throw StepFailure(step: name, file: mathFont, underlying: error)
            }
            let previous = previousSite.map { BuildCache.read(from: $0, io: io) } ?? BuildCache()
            let jobs = state.examples.flatMap { example in templates.languages.map { (example, $0) } }
            let walkthroughs = state.walkthroughs
            let report = state.report
            let results = Mutex<(done: Int, sets: [Int: Result<FigureSet, StepFailure>])>((0, [:]))
            DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
                let (example, language) = jobs[index]
                let strings = templates.strings[language]!
                let key = "\(language.code)/\(example.id)"
                let whole = FigureSet.fingerprint(example: example, strings: strings, toolIdentity: toolIdentity)
                // A draft's figures are never taken for a whole set; a draft takes the SVGs of either.
                let fingerprint = svgOnly ? FigureSet.draftFingerprint(whole) : whole
                let result = Result { () throws(StepFailure) -> FigureSet in
                    if let record = previous.figures[key], record.fingerprint == fingerprint || (svgOnly && record.fingerprint == whole),
                       let previousSite,
                       let kept = FigureSet(
                           reading: "\(previousSite)/\(key)", record: record, strings: strings, io: io, svgOnly: svgOnly,
                           fingerprint: fingerprint),
                       kept.files.allSatisfy({ previous.files["\(key)/\($0.key)"] == BuildCache.record(of: $0.value) })
                    {
                        return kept
                    }
                    let context = FigureContext(
                        strings: strings, theme: .light, precision: example.precision, measurer: measurer,
                        givenValues: example.givenValues, shownNeurons: example.shownNeurons)
                    return try FigureSet(
                        example: example, walkthrough: walkthroughs[example.id]!, context: context, renderer: renderer,
                        fingerprint: fingerprint, step: name, svgOnly: svgOnly)
                }
                let done = results.withLock { results in
                    results.sets[index] = result
                    results.done += 1
                    return results.done
                }
                let kept = (try? result.get())?.kept == true
                report("\(key)\(kept ? " kept, unchanged" : "") (\(done)/\(jobs.count))")
            }
            let sets = try results.withLock { results in try jobs.indices.map { try results.sets[$0]!.get() } }
            for ((example, language), set) in zip(jobs, sets) {
                let key = "\(language.code)/\(example.id)"
                state.figures[example.id, default: [:]][language] = set.references
                state.decks[example.id] = deckPath
                state.cache.figures[key] = BuildCache.Figures(
                    fingerprint: set.fingerprint,
                    alt: Dictionary(uniqueKeysWithValues: set.references.map { ($0.kind.rawValue, $0.alt) }))
                for (path, data) in set.files { state.files["\(key)/\(path)"] = data }
                // A figure kept, or redrawn with the same bytes, keeps its file (and its modification
                // time, so that uploads stay small).
                if let previousSite {
                    for (path, data) in set.files
                    where set.kept || (previous.files["\(key)/\(path)"] == BuildCache.record(of: data)
                        && (try? io.read("\(previousSite)/\(key)/\(path)")) == data) {
                        state.unchangedCopies["\(key)/\(path)"] = "\(previousSite)/\(key)/\(path)"
                    }
                }
            }
        }
    }
}

/// The figures of one example in one language: their references for the page and their files.
struct FigureSet: Sendable {
    var references: [FigureReference] = []
    /// File contents by path relative to the example's page.
    var files: [String: Data] = [:]
    /// The fingerprint of what the figures were drawn from.
    let fingerprint: String
    /// Whether the files are an earlier build's, read back rather than drawn.
    var kept = false

    /// What the figures of `example` in the language of `strings` depend on.
    static func fingerprint(example: Example, strings: StringTable, toolIdentity: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(toolIdentity)
        fingerprint.add(describe(example))
        for key in strings.strings.keys.sorted() where key.hasPrefix("figure.") || key.hasPrefix("activation.") {
            fingerprint.add(key)
            fingerprint.add(strings.strings[key]!)
        }
        return fingerprint.hex
    }

    /// All of `example` but the path of its file, in words the same from run to run.
    static func describe(_ example: Example) -> String {
        var source = example
        source.sourcePath = ""
        // A dictionary's order changes from run to run: its entries go in sorted.
        source.givenValues = [:]
        return String(reflecting: source)
            + example.givenValues.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: ";")
    }

    /// The fingerprint of a draft (SVGs only) drawn from what gives `whole` for a whole set.
    static func draftFingerprint(_ whole: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(whole + " svg-only")
        return fingerprint.hex
    }

    /// Every file a figure set has, relative to the example's page (a draft's, with `svgOnly`).
    static func paths(svgOnly: Bool = false) -> [String] {
        FigureKind.allCases.flatMap {
            let reference = FigureReference(kind: $0, title: "", alt: "")
            return [reference.svgPath, reference.darkSvgPath, reference.narrowSvgPath, reference.narrowDarkSvgPath]
                + (svgOnly ? [] : [reference.pngPath, reference.pdfPath])
        } + (svgOnly ? [] : [SiteBuild.deckPath])
    }

    /// Draws the figures (each also laid out for a phone) and the deck (only the SVGs, light and
    /// dark, with `svgOnly`).
    init(
        example: Example, walkthrough: Walkthrough, context: FigureContext, renderer: SceneRenderer,
        fingerprint: String, step: String, svgOnly: Bool = false
    ) throws(SiteBuild.StepFailure) {
        self.fingerprint = fingerprint
        let prefix = "\(context.language.code)/\(example.id)/"
        var darkContext = context
        darkContext.theme = .dark
        for kind in FigureKind.allCases {
            let reference: FigureReference
            let scene: Scene, darkScene: Scene, narrow: Scene, darkNarrow: Scene
            do {
                // The dark figures are the light ones recoloured, not laid out a second time.
                scene = try kind.scene(walkthrough: walkthrough, context: context)
                darkScene = try scene.recolored(from: context.theme, to: .dark)
                    ?? kind.scene(walkthrough: walkthrough, context: darkContext)
                narrow = try kind.narrowScene(walkthrough: walkthrough, context: context)
                darkNarrow = try narrow.recolored(from: context.theme, to: .dark)
                    ?? kind.narrowScene(walkthrough: walkthrough, context: darkContext)
                reference = FigureReference(
                    kind: kind, title: try context.strings.text(kind.titleKey.rawValue), alt: scene.title,
                    width: Int(scene.width.rounded(.up)), height: Int(scene.height.rounded(.up)))
            } catch {
                throw SiteBuild.StepFailure(step: step, file: example.sourcePath, underlying: error)
            }
            let formats: [(String, () throws -> [UInt8])] = [
                (reference.svgPath, { try renderer.svg(scene, text: .text) }),
                (reference.darkSvgPath, { try renderer.svg(darkScene, text: .text) }),
                (reference.narrowSvgPath, { try renderer.svg(narrow, text: .text) }),
                (reference.narrowDarkSvgPath, { try renderer.svg(darkNarrow, text: .text) }),
                (reference.pngPath, { try renderer.png(scene, scale: 2) }),
                (reference.pdfPath, { try renderer.pdf(scene) }),
            ]
            for (path, draw) in formats.prefix(svgOnly ? 4 : formats.count) {
                do { files[path] = Data(try draw()) } catch {
                    throw SiteBuild.StepFailure(step: step, file: prefix + path, underlying: error)
                }
            }
            references.append(reference)
        }
        if svgOnly { return }
        do {
            let pages = try LectureDeck(walkthrough: walkthrough, title: example.title[context.language])
                .pages(context, typesetter: MathTypesetter(measurer: context.measurer))
            files[SiteBuild.deckPath] = Data(try renderer.pdf(pages: pages, title: example.title[context.language]))
        } catch {
            throw SiteBuild.StepFailure(step: step, file: prefix + SiteBuild.deckPath, underlying: error)
        }
    }

    /// The figures an earlier build drew into `folder` (an example's page folder) as `record` says,
    /// or nil when anything is missing; with `svgOnly`, only a draft's files, under `fingerprint`.
    init?(
        reading folder: String, record: BuildCache.Figures, strings: StringTable, io: FileIO, svgOnly: Bool = false,
        fingerprint: String? = nil
    ) {
        self.fingerprint = fingerprint ?? record.fingerprint
        kept = true
        for path in Self.paths(svgOnly: svgOnly) {
            guard let data = try? io.read("\(folder)/\(path)") else { return nil }
            files[path] = data
        }
        for kind in FigureKind.allCases {
            let svg = FigureReference(kind: kind, title: "", alt: "").svgPath
            guard let title = try? strings.text(kind.titleKey.rawValue), let alt = record.alt[kind.rawValue],
                  let size = FigureReference.size(ofSVG: files[svg]!)
            else { return nil }
            references.append(FigureReference(kind: kind, title: title, alt: alt, width: size.width, height: size.height))
        }
    }
}
