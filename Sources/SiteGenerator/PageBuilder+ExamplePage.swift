import LessonMath
import BackpropEngine
import FigureLayout
import ExampleFile
import Foundation
import LessonFormatting
import LessonNotation

extension PageBuilder {
    /// Training-history rows shown besides the first and the last epoch.
    static let trainingRowsShown = 10
    /// Rows of the gradient-check table; a larger check shows its largest relative errors.
    static let checkRowLimit = 24
    /// Significant digits the gradient check shows beyond the example's `precision`.
    static let checkExtraDigits = 4
    /// The largest computational graph whose parameters the page lists (a larger one is described only).
    static let graphNodesListed = 20_000
    /// Rows of the graph's parameter table: the first ones when the network has more.
    static let graphRowLimit = 60
    /// Numbers (inputs and targets) of the training set written out in "The data"; every example up to
    /// this many numbers, so that no page grows with a large data set.
    static let dataNumbersShown = 2000

    /// ∂C/∂θ ≈ (C(θ + ε) − C(θ − ε)) / 2ε.
    static let centralDifference: MathML = {
        let theta = MathML.identifier("θ")
        return .row([
            .partial(by: theta), .operator("≈"),
            .fraction(
                .row([.apply(.cost, .row([theta, .plus, .epsilon])), .minus, .apply(.cost, .row([theta, .minus, .epsilon]))]),
                .row([.number("2"), .epsilon])),
        ])
    }()

    /// The relative error |g − ĝ| / (|g| + |ĝ|) of the backpropagated g and the estimated ĝ, `named`
    /// in the page language.
    static func relativeError(named name: String) -> MathML {
        let g = MathML.identifier("g"), estimate = MathML.hat(.identifier("g"))
        let absolute = { (content: MathML) in MathML.fenced(content, open: "|", close: "|") }
        return .row([
            .text(name), .equals,
            .fraction(absolute(.row([g, .minus, estimate])), .row([absolute(g), .plus, absolute(estimate)])),
        ])
    }

    /// site/<lang>/<id>/index.html: the lesson of one example in nine sections and its exercises, from its
    /// `walkthrough` (and its `gradientCheck`, when the caller computed it already), with `figures`
    /// (paths relative to the page), an optional slide deck, and links to the `previous` and `next`
    /// examples in learning order.
    public func examplePage(
        example: Example, walkthrough: Walkthrough, gradientCheck: GradientCheck? = nil, language: Language,
        figures: [FigureReference] = [], deckPath: String? = nil, previous: Example? = nil, next: Example? = nil
    ) throws -> String {
        let table = templates.table(language)
        let format = NumberFormat(precision: example.precision, strings: table).giving(example.givenValues)
        let step = walkthrough.steps[0]
        let network = step.network
        let settings = walkthrough.settings
        let equations = LessonEquations(step: step, examples: walkthrough.examples, settings: settings, format: format)
        let m = walkthrough.examples.count
        let hasBiases = equations.hasBiases
        let regularized = settings.regularization > 0
        let inline = { (value: Double) in MathML.value(value, format).inlineMarkup }
        let given = { (value: Double) in MathML.given(value, format).inlineMarkup }

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
                        label: try layerLabel($0.layer) + " · " + (try table.text($0.activation.nameKey)),
                        weightedInput: $0.weightedInput.markup, output: $0.output.markup)
                })
            }
        }

        let activationNames = try network.activations.map { try table.text($0.nameKey) }
        let facts = [
            ExamplePage.Fact(term: try table.text("example.facts.layers"),
                             value: network.layerSizes.map(String.init).joined(separator: "–")),
            ExamplePage.Fact(term: try table.text("example.facts.activations"), value: HTML.escape(activationNames.joined(separator: ", "))),
            ExamplePage.Fact(term: try table.text("example.facts.loss"), value: try table.text("loss.\(settings.loss.rawValue).name")),
            ExamplePage.Fact(term: try table.text("example.facts.learningRate"),
                             value: MathML.row([.eta, .equals, .given(settings.learningRate, format)]).inlineMarkup),
            ExamplePage.Fact(term: try table.text("example.facts.regularization"),
                             value: MathML.row([.lambda, .equals, .given(settings.regularization, format)]).inlineMarkup),
            ExamplePage.Fact(term: try table.text("example.facts.examples"),
                             value: MathML.row([.m, .equals, .integer(m)]).inlineMarkup),
            ExamplePage.Fact(term: try table.text("example.facts.biases"),
                             value: try table.text(
                                !hasBiases ? "example.facts.biasesNone"
                                    : settings.updateBiases ? "example.facts.biasesTrained" : "example.facts.biasesFrozen")),
        ]
        let numbersPerExample = network.layerSizes[0] + network.layerSizes[network.layerSizes.count - 1]
        let dataShown = min(m, max(1, Self.dataNumbersShown / numbersPerExample))
        // Every example of the data, as the teacher wrote it: (2; 3) in Spanish, (2, 3) in English.
        let list = { (values: [Double]) in
            let separator = MathML.operator(format.listSeparator.trimmingCharacters(in: .whitespaces))
            let entries = values.enumerated().flatMap { $0.offset == 0 ? [MathML.given($0.element, format)] : [separator, .given($0.element, format)] }
            return MathML.parenthesized(.row(entries)).inlineMarkup
        }
        let data = walkthrough.examples.prefix(dataShown).enumerated().map { index, item in
            ExamplePage.DataRow(index: String(index + 1), input: list(item.input), target: list(item.target))
        }
        let dataText = m > 1 ? try table.text("example.network.dataBatch", ["m": String(m)]) : try table.text("example.network.dataText")
        let parameters = try (0..<network.parameterLayerCount).map { i in
            let layer = MathML.layer(i)
            return ExamplePage.Parameters(
                label: try layerLabel(Network.layerNumber(ofParameterLayer: i)),
                weights: Equation(
                    .quantity("W", layer), symbolic: [],
                    result: .matrix(network.weights[i], format, given: true, key: QuantityKey.edges(parameterLayer: i))).markup,
                biases: hasBiases
                    ? Equation(
                        .quantity("b", layer), symbolic: [],
                        result: .columnVector(network.biases[i], format, given: true, key: QuantityKey.neurons(column: i + 1))).markup
                    : nil)
        }

        let source = try example.sourceNames.map { names in
            try sourceSection(names, step: step, settings: settings, table: table, format: format)
        }

        let dataHidden = dataShown < m
            ? try table.text("example.network.dataHidden", count: m - dataShown, ["shown": String(dataShown), "m": String(m)])
            : nil
        let elided = m > LessonEquations.examplesShownInFull
            ? try table.text("example.elided", ["shown": String(LessonEquations.examplesShownInFull), "m": String(m)]) : nil

        let backward = try equations.backward.map { pass -> ExamplePage.ExampleBackward in
            let note: String? = if equations.outputErrorSimplified {
                try table.text("example.backward.simplified.\(equations.outputActivation == .softmax ? "softmax" : "sigmoid")")
            } else if equations.outputActivation == .softmax {
                try table.text("example.backward.softmaxJacobian") + MathML.softmaxJacobian.markup
            } else { nil }
            return ExamplePage.ExampleBackward(
                heading: try exampleHeading(pass.example),
                outputLabel: try table.text("example.backward.bp1", ["l": String(network.layerSizes.count)]),
                costGradient: pass.costGradient?.markup,
                outputDerivative: pass.outputDerivative?.markup, outputError: pass.outputError.markup, outputNote: note,
                hidden: try pass.hiddenErrors.map {
                    ExamplePage.Hidden(
                        label: try table.text("example.backward.bp2", ["l": String($0.layer)]),
                        derivative: $0.derivative.markup, error: $0.error.markup)
                })
        }
        let gradients = try equations.layers.map {
            ExamplePage.LayerGradient(label: try layerLabel($0.layer), biasGradient: hasBiases ? $0.biasGradient.markup : nil,
                                      weightGradient: $0.weightGradient.markup)
        }
        let updates = try equations.layers.map {
            ExamplePage.LayerUpdate(label: try layerLabel($0.layer), weightUpdate: $0.weightUpdate.markup,
                                    biasUpdate: $0.biasUpdate?.markup)
        }
        let costBefore = step.cost.total, costAfter = step.costAfter.total
        let updateSentence = try table.text(
            costAfter < costBefore ? "example.update.costDown" : "example.update.costUp",
            ["before": inline(costBefore), "after": inline(costAfter),
             "eta": MathML.row([.eta, .equals, .given(settings.learningRate, format)]).inlineMarkup])
        let laterSteps = try walkthrough.steps.dropFirst().map {
            try table.text("example.update.laterStep", ["k": String($0.index + 1), "cost": inline($0.costAfter.total)])
        }

        let graphNodes = ComputationGraph.nodeCount(of: network)
        let graph = graphNodes <= Self.graphNodesListed ? walkthrough.graph : nil
        let graphRows: [ExamplePage.GraphRow] = (graph?.nodes ?? []).lazy.compactMap { node -> ExamplePage.GraphRow? in
            let parameter: GradientCheck.Parameter
            switch node.operation {
            case .weight(let layer, let row, let column): parameter = .weight(layer: layer, row: row, column: column)
            case .bias(let layer, let neuron) where hasBiases: parameter = .bias(layer: layer, neuron: neuron)
            default: return nil
            }
            return ExamplePage.GraphRow(parameter: MathML.parameter(parameter).inlineMarkup, value: given(node.value),
                                        gradient: inline(node.gradient))
        }.prefix(Self.graphRowLimit).map { $0 }
        // The graph is example 1's, without the λ term: say so wherever that differs from BP3 and BP4.
        let graphVariant = m > 1 ? "Batch" : regularized ? "Regularized" : ""
        let graphSentence = try table.text(
            "example.graph.summary\(graphVariant)", ["nodes": String(graphNodes), "cost": inline(step.cost.perExample[0])])
        let graphChainRule = try table.text("example.graph.chainRule\(graphVariant)", ["m": String(m)])
        let graphGradientHeading = try table.text(m > 1 ? "example.graph.gradientBatch" : "example.graph.gradient")
        let graphParameterCount = network.weights.reduce(0) { $0 + $1.rows * $1.columns }
            + (hasBiases ? network.biases.reduce(0) { $0 + $1.count } : 0)
        let graphRowsNote = graph == nil
            ? try table.text("example.graph.tooLarge", ["count": String(graphParameterCount)])
            : graphRows.count < graphParameterCount
                ? try table.text("example.graph.rowsShown", count: graphParameterCount, ["shown": String(graphRows.count)])
                : nil

        let history = walkthrough.history
        let costs = history.costs
        let sampled = Self.sampledEpochs(costs.count)
        let trainingRows = sampled.map { ExamplePage.TrainingRow(epoch: String($0), cost: inline(costs[$0])) }
        let trainingSentence = history.divergence != nil ? nil : try table.text(
            "example.training.result", count: costs.count - 1,
            ["epochs": String(costs.count - 1), "first": inline(costs[0]), "last": inline(costs[costs.count - 1])])
        let diverged: String? = switch history.divergence {
        case .notFinite?:
            try table.text("example.training.diverged", ["epoch": String(history.divergedAtEpoch!)])
        case .costExploded(let cost, let limit)?:
            try table.text(
                "example.training.divergedGrowth",
                ["epoch": String(history.divergedAtEpoch!), "cost": inline(cost), "limit": inline(limit),
                 "factor": String(Int(TrainingHistory.divergenceFactor))])
        case nil: nil
        }

        let check = gradientCheck ?? walkthrough.gradientCheck()
        // A network without biases has none to check: its fixed zeros are not parameters of the lesson.
        let checkedEntries = hasBiases ? check.entries : check.entries.filter {
            if case .weight = $0.parameter { true } else { false }
        }
        let parameterCount = hasBiases ? check.parameterCount : network.weights.reduce(0) { $0 + $1.rows * $1.columns }
        let shownEntries = checkedEntries.count <= Self.checkRowLimit
            ? checkedEntries
            : checkedEntries.enumerated().sorted { $0.element.relativeError > $1.element.relativeError }
                .prefix(Self.checkRowLimit).sorted { $0.offset < $1.offset }.map(\.element)
        let countValues = ["checked": String(checkedEntries.count), "total": String(parameterCount), "shown": String(shownEntries.count)]
        let checkCount = try table.text(
            checkedEntries.count < parameterCount ? "example.check.subset"
                : shownEntries.count < checkedEntries.count ? "example.check.shownLargest" : "example.check.all",
            countValues)
        // Enough digits that the two columns visibly agree to the size of their relative error.
        var checkFormat = format
        checkFormat.precision = format.precision + Self.checkExtraDigits
        let notComparable = try table.text("example.check.atKink")
        let checkRows = shownEntries.map {
            ExamplePage.CheckRow(
                parameter: MathML.parameter($0.parameter).inlineMarkup,
                backpropagation: MathML.value($0.backpropagation, checkFormat).inlineMarkup,
                numerical: $0.isComparable ? MathML.value($0.numerical, checkFormat).inlineMarkup : notComparable,
                relativeError: $0.isComparable ? MathML.scientific($0.relativeError, format).inlineMarkup : "—")
        }
        let oneSided = checkedEntries.filter { $0.method == .leftSided || $0.method == .rightSided }.count
        let kinks = checkedEntries.filter { !$0.isComparable }.count
        let checkKinks = [
            oneSided > 0 ? try table.text("example.check.oneSided", count: oneSided) : nil,
            kinks > 0 ? try table.text("example.check.kinks", count: kinks) : nil,
        ].compactMap { $0 }
        let checkEpsilon = try table.text(
            "example.check.epsilon",
            ["epsilon": MathML.row([.epsilon, .equals, .value(GradientCheck.step, format)]).inlineMarkup,
             "g": MathML.identifier("g").inlineMarkup, "estimate": MathML.hat(.identifier("g")).inlineMarkup])
        let checkWhy = try table.text(
            "example.check.why", ["parameters": String(parameterCount), "passes": String(2 * parameterCount)])
        let disagreements = checkedEntries.filter { !$0.agrees }.count
        let checkValues =
            ["worst": MathML.scientific(check.worstRelativeError, format).inlineMarkup,
             "tolerance": MathML.scientific(GradientCheck.relativeTolerance, format).inlineMarkup,
             "absolute": MathML.scientific(GradientCheck.absoluteTolerance, format).inlineMarkup,
             "disagreements": String(disagreements)]
        let checkSentence = check.passed
            ? try table.text("example.check.passed", checkValues)
            : try table.text("example.check.failed", count: disagreements, checkValues)

        let figureNamed = { (kind: FigureKind) in figures.first { $0.kind == kind } }
        var downloads = figures.flatMap { figure in
            [("SVG", figure.svgPath), ("PNG", figure.pngPath), ("PDF", figure.pdfPath)].map {
                ExamplePage.Download(href: $0.1, label: "\(figure.title) (\($0.0))")
            }
        }
        if let deckPath { downloads.append(ExamplePage.Download(href: deckPath, label: try table.text("example.downloads.deck"))) }
        downloads.append(ExamplePage.Download(
            href: "../../" + TraceJSON.sitePath(id: example.id), label: try table.text("example.downloads.numbers")))

        let title = example.title[language]
        let page = ExamplePage(
            frame: try PageFrame(
                path: "\(example.id)/", language: language,
                title: try table.text("example.pageTitle", ["title": title]),
                description: example.summary?[language] ?? (try table.text("example.description", ["title": title])),
                strings: templates.strings, baseURL: baseURL),
            t: StringScope(table), title: title, summary: example.summary?[language], notes: example.notes?[language],
            previous: previous.map { ExamplePage.Neighbour(href: "../\($0.id)/index.html", title: $0.title[language]) },
            next: next.map { ExamplePage.Neighbour(href: "../\($0.id)/index.html", title: $0.title[language]) },
            figures: ExamplePage.Figures(
                network: figureNamed(.network), forward: figureNamed(.forward), backward: figureNamed(.backward),
                update: figureNamed(.update), graph: figureNamed(.graph), loss: figureNamed(.loss)),
            facts: facts, dataText: dataText, data: data, dataHidden: dataHidden,
            parametersTitle: try table.text(hasBiases ? "example.network.parameters" : "example.network.parametersWithoutBiases"),
            parametersText: try table.text(hasBiases ? "example.network.parametersText" : "example.network.parametersTextWithoutBiases"),
            parameters: parameters, source: source, forward: try forwardModel(equations.forward), elided: elided,
            lossText: try table.text("loss.\(settings.loss.rawValue).text"),
            lossDefinition: equations.lossDefinition.markup, costs: equations.forward.map(\.cost.markup),
            batchCost: equations.batchCost?.markup,
            batchCostText: try table.text(
                m > 1 ? (regularized ? "example.cost.batchRegularized" : "example.cost.batch") : "example.cost.regularized"),
            costSentence: try table.text("example.cost.summary", ["cost": inline(step.cost.total)]),
            networkText: try table.text(hasBiases ? "example.network.text" : "example.network.textWithoutBiases"),
            forwardText: try table.text(hasBiases ? "example.forward.text" : "example.forward.textWithoutBiases"),
            backwardText: try table.text(hasBiases ? "example.backward.text" : "example.backward.textWithoutBiases"),
            backward: backward,
            gradientsTitle: try table.text(hasBiases ? "example.backward.gradients" : "example.backward.gradientsWithoutBiases"),
            gradientText: try table.text(
                m > 1 ? (regularized ? "example.backward.gradientsBatchRegularized" : "example.backward.gradientsBatch")
                    : regularized ? "example.backward.gradientsRegularized" : "example.backward.gradientsSingle",
                ["m": String(m)]),
            gradients: gradients, updates: updates, biasesFrozen: hasBiases && !settings.updateBiases,
            forwardAfter: try forwardModel(equations.forwardAfter).flatMap(\.layers),
            costsAfter: equations.forwardAfter.map(\.cost.markup), batchCostAfter: equations.batchCostAfter?.markup,
            updateSentence: updateSentence, laterSteps: laterSteps, hasLaterSteps: !laterSteps.isEmpty,
            graphSentence: graphSentence, graphChainRule: graphChainRule, graphGradientHeading: graphGradientHeading,
            graphRows: graphRows, graphRowsNote: graphRowsNote,
            trainingSentence: trainingSentence, diverged: diverged,
            trainingText: try table.text(history.divergence == nil ? "example.training.text" : "example.training.textDiverged"),
            trainingRows: trainingRows,
            checkFormula: Self.centralDifference.blockMarkup, checkEpsilon: checkEpsilon,
            relativeErrorFormula: Self.relativeError(named: try table.text("example.check.relativeError").lowercased()).blockMarkup, checkWhy: checkWhy,
            checkRows: checkRows, checkCount: checkCount, checkKinks: checkKinks, checkSentence: checkSentence, downloads: downloads,
            exercises: try exercisesSection(example: example, walkthrough: walkthrough, table: table, format: format))
        return try self.page(page, template: "example", strings: table)
    }

    /// The source's names of an example beside the lesson's symbols and values, and the first weight
    /// worked out as a scalar chain rule with the source's names.
    func sourceSection(
        _ names: SourceNames, step: GradientStep, settings: TrainingSettings, table: StringTable, format: NumberFormat
    ) throws -> ExamplePage.Source {
        let network = step.network
        let forward = step.forwardPasses[0], backward = step.backwardPasses[0]
        var rows: [ExamplePage.SourceRow] = []
        for (column, layerNames) in names.activations.enumerated() {
            for (neuron, name) in layerNames.enumerated() {
                let symbol: MathML = column == 0
                    ? .subscript(.x, .integer(neuron + 1))
                    : .subSuperscript(.identifier("a"), .integer(neuron + 1), .mark(.layer, .integer(column + 1)))
                let value = column == 0
                    ? MathML.given(forward.input[neuron], format) : .value(forward.activations[column - 1][neuron], format)
                rows.append(ExamplePage.SourceRow(name: HTML.escape(name), symbol: symbol.inlineMarkup, value: value.inlineMarkup))
            }
        }
        for (layer, matrix) in names.weights.enumerated() {
            for (row, rowNames) in matrix.enumerated() {
                for (column, name) in rowNames.enumerated() {
                    rows.append(ExamplePage.SourceRow(
                        name: HTML.escape(name),
                        symbol: MathML.parameter(.weight(layer: layer, row: row, column: column)).inlineMarkup,
                        value: MathML.given(network.weights[layer][row, column], format).inlineMarkup))
                }
            }
        }
        let last = network.parameterLayerCount - 1
        if let outputError = names.outputError, network.layerSizes[last + 1] == 1 {
            rows.append(ExamplePage.SourceRow(
                name: HTML.escape(outputError), symbol: MathML.quantity("δ", .layer(last)).inlineMarkup,
                value: MathML.value(backward.errors[last][0], format).inlineMarkup))
        }
        let pathNames = names.outputError.flatMap { outputError in
            names.weights.count == 2 ? names.activations.first?.first.map { input in
                LessonEquations.PathNames(outputError: outputError, outputWeight: names.weights[1][0][0], input: input)
            } : nil
        }
        let firstWeight = names.weights.first?.first?.first
        let chainRule = LessonEquations.firstWeightChainRule(step: step, settings: settings, format: format, names: pathNames)
        return ExamplePage.Source(
            rows: rows,
            chainRuleText: try chainRule.map { _ in
                try table.text("example.source.chainRule", [
                    "weight": firstWeight.map(HTML.escape)
                        ?? MathML.parameter(.weight(layer: 0, row: 0, column: 0)).inlineMarkup,
                ])
            },
            chainRule: chainRule?.markup)
    }

    /// The epochs shown in the training table: the first, about `trainingRowsShown` evenly spaced
    /// ones, and the last, of `count` recorded costs.
    static func sampledEpochs(_ count: Int) -> [Int] {
        guard count > trainingRowsShown + 2 else { return Array(0..<count) }
        let stride = Double(count - 1) / Double(trainingRowsShown + 1)
        return Array(Set((0...(trainingRowsShown + 1)).map { Int((Double($0) * stride).rounded()) })).sorted()
    }
}
