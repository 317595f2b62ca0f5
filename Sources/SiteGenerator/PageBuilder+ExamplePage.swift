import LessonMath
import BackpropEngine
import FigureLayout
import ExampleFile
import Foundation
import LessonFormatting

extension PageBuilder {
    /// Training-history rows shown besides the first and the last epoch.
    static let trainingRowsShown = 10
    /// Rows of the gradient-check table; a larger check shows its largest relative errors.
    static let checkRowLimit = 24

    /// site/<lang>/<id>/index.html: the lesson of one example in nine sections and its exercises, from its
    /// `walkthrough` (and its `gradientCheck`, when the caller computed it already), with `figures`
    /// (paths relative to the page) and an optional slide deck.
    public func examplePage(
        example: Example, walkthrough: Walkthrough, gradientCheck: GradientCheck? = nil, language: Language,
        figures: [FigureReference] = [], deckPath: String? = nil
    ) throws -> String {
        let table = templates.table(language)
        let format = NumberFormat(precision: example.precision, strings: table)
        let step = walkthrough.steps[0]
        let network = step.network
        let settings = walkthrough.settings
        let equations = LessonEquations(step: step, examples: walkthrough.examples, settings: settings, format: format)
        let m = walkthrough.examples.count
        let inline = { (value: Double) in MathML.value(value, format).inlineMarkup }

        func layerLabel(_ layer: Int) throws -> String {
            let isOutput = layer == network.layerSizes.count
            return try table.text(isOutput ? "example.layer.output" : "example.layer.hidden", ["l": String(layer)])
        }
        func exampleHeading(_ index: Int) throws -> String {
            m == 1 ? try table.text("example.singleExample") : try table.text("example.exampleHeading", ["n": String(index)])
        }
        func forwardModel(_ passes: [LessonEquations.ExampleForward]) throws -> [ExamplePage.ExampleForward] {
            try passes.map { pass in
                let heading = try exampleHeading(pass.example)
                return ExamplePage.ExampleForward(heading: heading, layers: try pass.layers.map {
                    ExamplePage.LayerForward(
                        heading: heading,
                        label: try layerLabel($0.layer) + " · " + (try table.text("activation.\($0.activation.rawValue)")),
                        weightedInput: $0.weightedInput.markup, output: $0.output.markup)
                })
            }
        }

        let activationNames = try network.activations.map { try table.text("activation.\($0.rawValue)") }
        let facts = [
            ExamplePage.Fact(term: try table.text("example.facts.layers"),
                             value: network.layerSizes.map(String.init).joined(separator: "–")),
            ExamplePage.Fact(term: try table.text("example.facts.activations"), value: HTML.escape(activationNames.joined(separator: ", "))),
            ExamplePage.Fact(term: try table.text("example.facts.loss"), value: try table.text("loss.\(settings.loss.rawValue).name")),
            ExamplePage.Fact(term: try table.text("example.facts.learningRate"),
                             value: MathML.row([.eta, .equals, .value(settings.learningRate, format)]).inlineMarkup),
            ExamplePage.Fact(term: try table.text("example.facts.regularization"),
                             value: MathML.row([.lambda, .equals, .value(settings.regularization, format)]).inlineMarkup),
            ExamplePage.Fact(term: try table.text("example.facts.examples"),
                             value: MathML.row([.m, .equals, .integer(m)]).inlineMarkup),
            ExamplePage.Fact(term: try table.text("example.facts.biases"),
                             value: try table.text(settings.updateBiases ? "example.facts.biasesTrained" : "example.facts.biasesFrozen")),
        ]
        let data = walkthrough.examples.prefix(LessonEquations.examplesShownInFull).enumerated().map { index, item in
            let sub: MathML? = m > 1 ? .integer(index + 1) : nil
            let x = sub.map { MathML.subscript(.identifier("x"), $0) } ?? .identifier("x")
            let y = sub.map { MathML.subscript(.identifier("y"), $0) } ?? .identifier("y")
            return MathML.row([
                x, .equals, .columnVector(item.input, format), .operator(","), .space(1),
                y, .equals, .columnVector(item.target, format),
            ]).blockMarkup
        }
        let parameters = try (0..<network.parameterLayerCount).map { i in
            let layer = MathML.layer(i)
            return ExamplePage.Parameters(
                label: try layerLabel(Network.layerNumber(ofParameterLayer: i)),
                weights: Equation(.quantity("W", layer), symbolic: [], result: .matrix(network.weights[i], format)).markup,
                biases: Equation(.quantity("b", layer), symbolic: [], result: .columnVector(network.biases[i], format)).markup)
        }

        let elided = m > LessonEquations.examplesShownInFull
            ? try table.text("example.elided", ["shown": String(LessonEquations.examplesShownInFull), "m": String(m)]) : nil

        let backward = try equations.backward.map { pass -> ExamplePage.ExampleBackward in
            let note: String? = if equations.outputErrorSimplified {
                try table.text("example.backward.simplified.\(equations.outputActivation == .softmax ? "softmax" : "sigmoid")")
            } else if equations.outputActivation == .softmax {
                try table.text("example.backward.softmaxJacobian") + MathML.softmaxJacobian.markup
            } else { nil }
            return ExamplePage.ExampleBackward(
                heading: try exampleHeading(pass.example), costGradient: pass.costGradient?.markup,
                outputDerivative: pass.outputDerivative?.markup, outputError: pass.outputError.markup, outputNote: note,
                hidden: try pass.hiddenErrors.map {
                    ExamplePage.Hidden(
                        label: try table.text("example.backward.bp2", ["l": String($0.layer)]),
                        derivative: $0.derivative.markup, error: $0.error.markup)
                })
        }
        let gradients = try equations.layers.map {
            ExamplePage.LayerGradient(label: try layerLabel($0.layer), biasGradient: $0.biasGradient.markup,
                                      weightGradient: $0.weightGradient.markup)
        }
        let updates = try equations.layers.map {
            ExamplePage.LayerUpdate(label: try layerLabel($0.layer), weightUpdate: $0.weightUpdate.markup,
                                    biasUpdate: $0.biasUpdate?.markup)
        }
        let costBefore = step.cost.total, costAfter = step.costAfter.total
        let updateSentence = try table.text(
            costAfter < costBefore ? "example.update.costDown" : "example.update.costUp",
            ["before": inline(costBefore), "after": inline(costAfter), "eta": inline(settings.learningRate)])
        let laterSteps = try walkthrough.steps.dropFirst().map {
            try table.text("example.update.laterStep", ["k": String($0.index + 1), "cost": inline($0.costAfter.total)])
        }

        let graph = walkthrough.graph
        let graphRows: [ExamplePage.GraphRow] = graph.nodes.compactMap { node in
            let parameter: GradientCheck.Parameter
            switch node.operation {
            case .weight(let layer, let row, let column): parameter = .weight(layer: layer, row: row, column: column)
            case .bias(let layer, let neuron): parameter = .bias(layer: layer, neuron: neuron)
            default: return nil
            }
            return ExamplePage.GraphRow(parameter: MathML.parameter(parameter).inlineMarkup, value: inline(node.value),
                                        gradient: inline(node.gradient))
        }
        let graphSentence = try table.text(
            "example.graph.summary", ["nodes": String(graph.nodes.count), "cost": inline(graph.cost.value)])

        let history = walkthrough.history
        let costs = history.costs
        let sampled = Self.sampledEpochs(costs.count)
        let trainingRows = sampled.map { ExamplePage.TrainingRow(epoch: String($0), cost: inline(costs[$0])) }
        let trainingSentence = try table.text(
            "example.training.result",
            ["epochs": String(costs.count - 1), "first": inline(costs[0]), "last": inline(costs[costs.count - 1])])
        let diverged = try history.divergedAtEpoch.map { try table.text("example.training.diverged", ["epoch": String($0)]) }

        let check = gradientCheck ?? walkthrough.gradientCheck()
        let shownEntries = check.entries.count <= Self.checkRowLimit
            ? check.entries
            : check.entries.enumerated().sorted { $0.element.relativeError > $1.element.relativeError }
                .prefix(Self.checkRowLimit).sorted { $0.offset < $1.offset }.map(\.element)
        let checkSubset = shownEntries.count < check.parameterCount
            ? try table.text(
                "example.check.subset",
                ["checked": String(check.entries.count), "total": String(check.parameterCount), "shown": String(shownEntries.count)])
            : nil
        let checkRows = shownEntries.map {
            ExamplePage.CheckRow(
                parameter: MathML.parameter($0.parameter).inlineMarkup, backpropagation: inline($0.backpropagation),
                numerical: inline($0.numerical), relativeError: MathML.scientific($0.relativeError, format).inlineMarkup)
        }
        let checkSentence = try table.text(
            check.passed ? "example.check.passed" : "example.check.failed",
            ["worst": MathML.scientific(check.worstRelativeError, format).inlineMarkup,
             "tolerance": MathML.scientific(GradientCheck.relativeTolerance, format).inlineMarkup,
             "absolute": MathML.scientific(GradientCheck.absoluteTolerance, format).inlineMarkup,
             "disagreements": String(check.disagreements.count)])

        let figureNamed = { (kind: FigureKind) in figures.first { $0.kind == kind } }
        var downloads = figures.flatMap { figure in
            [("SVG", figure.svgPath), ("PNG", figure.pngPath), ("PDF", figure.pdfPath)].map {
                ExamplePage.Download(href: $0.1, label: "\(figure.title) (\($0.0))")
            }
        }
        if let deckPath { downloads.append(ExamplePage.Download(href: deckPath, label: try table.text("example.downloads.deck"))) }

        let title = example.title[language]
        let page = ExamplePage(
            frame: try PageFrame(
                path: "\(example.id)/", language: language,
                title: try table.text("example.pageTitle", ["title": title]),
                description: example.summary?[language] ?? (try table.text("example.description", ["title": title])),
                strings: templates.strings),
            t: StringScope(table), title: title, summary: example.summary?[language],
            figures: ExamplePage.Figures(
                network: figureNamed(.network), forward: figureNamed(.forward), backward: figureNamed(.backward),
                update: figureNamed(.update), graph: figureNamed(.graph), loss: figureNamed(.loss)),
            facts: facts, data: data, parameters: parameters, forward: try forwardModel(equations.forward), elided: elided,
            lossText: try table.text("loss.\(settings.loss.rawValue).text"),
            lossDefinition: equations.lossDefinition.markup, costs: equations.forward.map(\.cost.markup),
            batchCost: equations.batchCost?.markup,
            costSentence: try table.text("example.cost.summary", ["cost": inline(step.cost.total)]),
            backward: backward,
            gradientText: try table.text(m > 1 || settings.regularization > 0 ? "example.backward.gradientsBatch" : "example.backward.gradientsSingle"),
            gradients: gradients, updates: updates, biasesFrozen: !settings.updateBiases,
            forwardAfter: try forwardModel(equations.forwardAfter).flatMap(\.layers),
            costsAfter: equations.forwardAfter.map(\.cost.markup), batchCostAfter: equations.batchCostAfter?.markup,
            updateSentence: updateSentence, laterSteps: laterSteps, hasLaterSteps: !laterSteps.isEmpty,
            graphSentence: graphSentence, graphRows: graphRows,
            trainingSentence: trainingSentence, diverged: diverged, trainingRows: trainingRows,
            checkRows: checkRows, checkSubset: checkSubset, checkSentence: checkSentence, downloads: downloads,
            exercises: try exercisesSection(example: example, walkthrough: walkthrough, table: table, format: format))
        return templates.render(page, template: "example")
    }

    /// The epochs shown in the training table: the first, about `trainingRowsShown` evenly spaced
    /// ones, and the last, of `count` recorded costs.
    static func sampledEpochs(_ count: Int) -> [Int] {
        guard count > trainingRowsShown + 2 else { return Array(0..<count) }
        let stride = Double(count - 1) / Double(trainingRowsShown + 1)
        return Array(Set((0...(trainingRowsShown + 1)).map { Int((Double($0) * stride).rounded()) })).sorted()
    }
}
