import BackpropEngine
import CairoRendering
import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting
import LessonNotation
import SiteGenerator
import Testing
@testable import BackpropSiteCLI

/// Every page, figure and DOT export of every shipped example, in both languages, speaks the one
/// notation: σ only where a layer is a sigmoid, the same layer numbers in figures and sections, and
/// batch figures that say they show example 1 without mixing in the batch's numbers.
@Suite(.serialized) struct NotationConsistencyTests {
    /// What one example shows in one language: its page, the texts of its figures (with their alt
    /// texts) and its DOT export.
    struct Output {
        let example: Example
        let language: Language
        let page: String
        let figures: [FigureKind: [String]]
        let dot: String
    }

    static let outputs: [Output] = {
        let root = CommandLineTests.root
        let examples = try! ExampleFolder.load(root.appendingPathComponent("Examples").path)
        var state = SiteBuild.State(examples: [])
        try! SiteBuild.loadTemplates(from: root.appendingPathComponent("Templates").path).run(&state, .disk)
        let templates = state.templates!
        let builder = PageBuilder(templates: templates)
        let measurer = try! CairoTextMeasurer()
        return examples.flatMap { example in
            let walkthrough = try! example.walkthrough()
            return Language.allCases.map { language in
                let context = FigureContext(
                    strings: templates.strings[language]!, theme: .light, precision: example.precision, measurer: measurer,
                    givenValues: example.givenValues)
                var figures: [FigureKind: [String]] = [:]
                for kind in FigureKind.allCases {
                    let scene = try! kind.scene(walkthrough: walkthrough, context: context)
                    figures[kind] = [scene.title] + scene.items.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
                }
                return Output(
                    example: example, language: language,
                    page: try! builder.examplePage(example: example, walkthrough: walkthrough, language: language),
                    figures: figures, dot: try! GraphDOT(walkthrough: walkthrough).text(context))
            }
        }
    }()

    @Test func everyShippedExampleIsCoveredInBothLanguages() {
        #expect(Self.outputs.count == 10)
    }

    @Test func sigmaAppearsOnlyWhereALayerIsASigmoid() {
        for output in Self.outputs {
            let network = output.example.network
            let where_ = "\(output.example.id) (\(output.language.code))"
            if !network.activations.contains(.sigmoid) {
                #expect(!output.page.contains("<mi>σ</mi>"), "σ on the page of \(where_)")
                for (kind, texts) in output.figures {
                    #expect(!texts.contains { $0.contains("σ") }, "σ in the \(kind) figure of \(where_)")
                }
                #expect(!output.dot.contains("σ"), "σ in the DOT export of \(where_)")
            }
            // Every activation node names its own layer's function: a₁⁽²⁾ = tanh, a⁽³⁾ = softmax.
            let nodes = output.dot.matches(of: /a[₀₁₂₃₄₅₆₇₈₉]*⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾ = ([^\\\n"]+)/)
            #expect(!nodes.isEmpty, "no activation node in the DOT export of \(where_)")
            for node in nodes {
                let digits = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")
                let layer = Int(String(node.1.map { Character(String(digits.firstIndex(of: $0)!)) }))!
                let activation = network.activations[layer - 2]
                #expect(String(node.2) == activation.symbol, "\(node.0) on a \(activation.rawValue) layer of \(where_)")
            }
        }
    }

    @Test func figuresAndSectionsNumberTheLayersAlike() throws {
        for output in Self.outputs {
            let layerCount = output.example.network.layerSizes.count
            let roles = output.language == .spanish ? ["entrada", "oculta", "salida"] : ["input", "hidden", "output"]
            let word = output.language == .spanish ? "Capa" : "Layer"
            func role(_ layer: Int) -> String { layer == 1 ? roles[0] : layer == layerCount ? roles[2] : roles[1] }
            let pattern = try Regex("\(word) (\\d+) \\((\(roles.joined(separator: "|")))\\)")
            var pageLabels: [String: String] = [:]
            for match in output.page.matches(of: pattern) {
                let layer = Int(match[1].substring!)!
                #expect(String(match[2].substring!) == role(layer), "\(match.0) on the page of \(output.example.id)")
                pageLabels[String(match[1].substring!)] = String(match[2].substring!)
            }
            #expect(pageLabels.count == layerCount - 1, "the page of \(output.example.id) names every layer after the input")
            for (kind, texts) in output.figures {
                for text in texts {
                    for match in text.matches(of: pattern) {
                        let layer = Int(match[1].substring!)!
                        #expect(String(match[2].substring!) == role(layer), "\(match.0) in the \(kind) figure of \(output.example.id)")
                        if layer > 1 { #expect(pageLabels[String(match[1].substring!)] == String(match[2].substring!)) }
                    }
                }
            }
            #expect(output.figures[.network]!.contains { $0.contains(try! Regex("\(word) \(layerCount) ")) })
        }
    }

    @Test func batchFiguresShowExampleOneAndSaySo() throws {
        for output in Self.outputs where output.example.data.count > 1 {
            let strings = try StringTable.load(templates: CommandLineTests.root.appendingPathComponent("Templates").path,
                                               language: output.language)
            let m = String(output.example.data.count)
            let costPrefix = try strings.text("figure.cost", ["value": ""])
            let backward = output.figures[.backward]!
            #expect(backward.contains(try strings.text("figure.batchGradient", ["m": m])))
            #expect(backward.contains { $0.hasPrefix(try! strings.text("figure.exampleCost", ["value": ""])) })
            #expect(!backward.contains { $0.hasPrefix(costPrefix) }, "the batch cost beside example 1's δ")
            #expect(output.figures[.update]!.contains(try strings.text("figure.batchUpdate", ["m": m])))
            for kind in [FigureKind.forward, .graph] {
                #expect(output.figures[kind]!.contains(try strings.text("figure.firstExample", ["m": m])), "\(kind)")
            }
            // The graph section compares its example-1 numbers with example 1's share of BP4, not the average.
            #expect(output.page.contains(HTML.escape(try strings.text("example.graph.gradientBatch"))))
        }
        for output in Self.outputs where output.example.data.count == 1 {
            for texts in output.figures.values {
                #expect(!texts.contains { $0.contains("1 de ") || $0.contains("(of ") }, "\(output.example.id)")
            }
        }
    }

    @Test func runningTextUsesMathMLNotPseudoScripts() {
        for output in Self.outputs {
            for pseudo in ["ˡ", "ⱼ", "ₖ", "ₓ", "ᴸ", "$"] {
                #expect(!output.page.contains(pseudo), "\(pseudo) on the page of \(output.example.id) (\(output.language.code))")
            }
        }
    }

    @Test func networksWithoutBiasesShowNoBiases() {
        for output in Self.outputs where !output.example.settings.updateBiases
            && output.example.network.biases.allSatisfy({ $0.allSatisfy { $0 == 0 } })
        {
            #expect(!output.page.contains("<mo>∂</mo><msup><mi>b</mi>"), "∂C/∂b on the page of \(output.example.id)")
            #expect(!output.page.contains("<msubsup><mi>b</mi>"), "a bias row on the page of \(output.example.id)")
            #expect(!output.page.contains("BP3 ·"), "BP3 on the page of \(output.example.id)")
            #expect(!output.dot.contains("b₁"), "a bias node in the DOT export of \(output.example.id)")
        }
    }
}
