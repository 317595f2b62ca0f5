import BackpropEngine
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting
import Synchronization

extension SiteBuild {
    /// The slide deck of every example, next to its figures.
    public static let deckPath = "\(FigureReference.folder)/deck.pdf"

    /// Draws every figure of every example in every language, as SVG (shown on the page), PNG at 2×
    /// (for slides) and PDF (for LaTeX), plus the 16:9 slide deck, spreading the work over every core.
    public static func drawFigures(renderer: SceneRenderer = SceneRenderer()) -> Step {
        let name = "Draw the figures"
        return Step(name: name) { state, _ in
            guard let templates = state.templates else {
                throw StepFailure(step: name, file: "Templates", underlying: CocoaError(.fileReadNoSuchFile))
            }
            let measurer: CairoTextMeasurer
            do { measurer = try CairoTextMeasurer() } catch { throw StepFailure(step: name, file: "DejaVu Sans", underlying: error) }
            let jobs = state.examples.flatMap { example in Language.allCases.map { (example, $0) } }
            let walkthroughs = state.walkthroughs
            let results = Mutex<[Int: Result<FigureSet, StepFailure>]>([:])
            DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
                let (example, language) = jobs[index]
                let context = FigureContext(
                    strings: templates.strings[language]!, theme: .light, precision: example.precision, measurer: measurer)
                let result = Result { () throws(StepFailure) -> FigureSet in
                    try FigureSet(
                        example: example, walkthrough: walkthroughs[example.id]!, context: context, renderer: renderer,
                        step: name)
                }
                results.withLock { $0[index] = result }
            }
            let sets = try results.withLock { results in try jobs.indices.map { try results[$0]!.get() } }
            for ((example, language), set) in zip(jobs, sets) {
                state.figures[example.id, default: [:]][language] = set.references
                state.decks[example.id] = deckPath
                for (path, data) in set.files {
                    state.files["\(language.code)/\(example.id)/\(path)"] = data
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

    init(
        example: Example, walkthrough: Walkthrough, context: FigureContext, renderer: SceneRenderer, step: String
    ) throws(SiteBuild.StepFailure) {
        let prefix = "\(context.language.code)/\(example.id)/"
        for kind in FigureKind.allCases {
            let reference: FigureReference
            let scene: Scene
            do {
                scene = try kind.scene(walkthrough: walkthrough, context: context)
                reference = FigureReference(
                    kind: kind, title: try context.strings.text(kind.titleKey.rawValue), alt: scene.title)
            } catch {
                throw SiteBuild.StepFailure(step: step, file: example.sourcePath, underlying: error)
            }
            for (path, draw) in [
                (reference.svgPath, { try renderer.svg(scene) }),
                (reference.pngPath, { try renderer.png(scene, scale: 2) }),
                (reference.pdfPath, { try renderer.pdf(scene) }),
            ] as [(String, () throws -> [UInt8])] {
                do { files[path] = Data(try draw()) } catch {
                    throw SiteBuild.StepFailure(step: step, file: prefix + path, underlying: error)
                }
            }
            references.append(reference)
        }
        do {
            let pages = try SlideDeck(walkthrough: walkthrough).pages(context)
            files[SiteBuild.deckPath] = Data(try renderer.pdf(pages: pages, title: example.title[context.language]))
        } catch {
            throw SiteBuild.StepFailure(step: step, file: prefix + SiteBuild.deckPath, underlying: error)
        }
    }
}
