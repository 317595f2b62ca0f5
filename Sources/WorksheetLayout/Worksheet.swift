import BackpropEngine
import FigureLayout
import LessonExercises
import LessonFormatting
import LessonMath

/// The printable sheets of a worksheet: for each variant, A4 pages with the network figure, the
/// settings, the practice example, the starting weights and the exercises with room for the
/// working; and one answer key with every variant's answers and working. Plain scenes: the CLI
/// draws them with Cairo. Formulas are single lines of text with Unicode sub- and superscripts.
public struct Worksheet: Sendable {
    static let titleFont = FontStyle(size: 17, bold: true)
    static let headingFont = FontStyle(size: 12.5, bold: true)
    static let bodyFont = FontStyle(size: 10.5)
    static let noteFont = FontStyle(size: 9.5, italic: true)
    static let answerFont = FontStyle(size: 10.5, bold: true)
    /// Ruled lines left for the working of each exercise.
    static let workingSpace: [Exercise.Kind: Int] = [
        .forward: 4, .cost: 3, .outputError: 3, .hiddenError: 3, .weightGradient: 4, .weightUpdate: 2,
    ]

    /// The lesson's title in the sheet's language.
    public let title: String
    public let variants: WorksheetVariants

    public init(title: String, variants: WorksheetVariants) {
        self.title = title
        self.variants = variants
    }

    /// The pages of variant `number` (from 1).
    public func sheet(_ number: Int, _ context: FigureContext) throws -> [Scene] {
        let set = variants.sets[number - 1]
        let problem = set.problem
        let strings = context.strings
        let format = context.numbers
        let variantLine = try strings.text(
            "worksheet.variant", ["n": String(number), "count": String(variants.sets.count), "seed": String(variants.seed)])
        var flow = PageFlow(context: context) { [title] page in "\(title) · \(variantLine) · \(page)" }

        flow.text(try strings.text("worksheet.title", ["title": title]), Self.titleFont)
        flow.text(variantLine, Self.bodyFont, role: .secondaryText)
        flow.space(6)
        flow.text(try strings.text("worksheet.name"), Self.bodyFont)
        flow.space(4)
        let calculator = WorksheetVariants.needsExponentials(problem.network, loss: problem.settings.loss)
            ? "worksheet.calculator.exponential" : "worksheet.calculator.basic"
        flow.text(try strings.text(calculator) + " " + (try strings.text(
            "worksheet.rounding", ["digits": String(format.precision)])), Self.noteFont, role: .secondaryText)
        flow.space(8)

        flow.text(try strings.text("worksheet.network"), Self.headingFont)
        let walkthrough = try Walkthrough(
            network: problem.network, examples: [problem.example], settings: problem.settings, steps: 1, epochs: 0)
        // The figure writes the starting weights and biases with as few decimals as they have.
        var figureContext = context
        figureContext.numbers = format.shortest(
            for: problem.network.weights.flatMap { $0.rowArrays.flatMap { $0 } } + problem.network.biases.flatMap { $0 })
        flow.figure(try NetworkFigure(walkthrough: walkthrough).scene(figureContext), maxHeight: 230)
        flow.space(6)
        flow.text(try strings.text("worksheet.data"), Self.headingFont)
        for line in try settingsLines(problem, context) { flow.text(line, Self.bodyFont, hanging: 16) }
        flow.text(set.exampleStatement(format).plainText, Self.bodyFont)
        for i in 0..<problem.network.parameterLayerCount {
            let layer = MathML.layer(i)
            let weights = problem.network.weights[i], biases = problem.network.biases[i]
            var parameters = [MathML.row([
                .quantity("W", layer), .equals, .matrix(weights, format.shortest(for: weights.rowArrays.flatMap { $0 })),
            ])]
            if problem.hasBiases {
                parameters.append(.row([.quantity("b", layer), .equals, .columnVector(biases, format.shortest(for: biases))]))
            }
            flow.text(parameters.map(\.plainText).joined(separator: "     "), Self.bodyFont, hanging: 16)
        }
        flow.space(8)

        flow.text(try strings.text("worksheet.exercises"), Self.headingFont)
        let given = try strings.text("worksheet.given")
        for (index, exercise) in set.exercises.enumerated() {
            let text = try exercise.texts(strings)
            let lines = Self.workingSpace[exercise.kind] ?? 3
            flow.keep(60 + Double(lines) * 22)
            flow.space(4)
            flow.text("\(index + 1). \(text.title)", Self.answerFont)
            flow.text(text.prompt, Self.bodyFont, indent: 14)
            // One line per group of givens, aligned after “Given:”.
            let labelWidth = context.measurer.measure(given + " ", font: Self.bodyFont).width
            for (row, group) in exercise.given.enumerated() {
                flow.text((row == 0 ? given + " " : "") + Exercise.line(group, format: context.numbers).plainText, Self.bodyFont,
                          indent: 14 + (row == 0 ? 0 : labelWidth), hanging: row == 0 ? labelWidth : 0)
            }
            flow.ruledLines(lines)
        }
        return flow.finish()
    }

    /// The answer key: every variant's exercises with their working and answers.
    public func answerKey(_ context: FigureContext) throws -> [Scene] {
        let strings = context.strings
        let keyTitle = try strings.text("worksheet.keyTitle", ["title": title])
        let seedLine = try strings.text("worksheet.keySeed", ["count": String(variants.sets.count), "seed": String(variants.seed)])
        var flow = PageFlow(context: context) { page in "\(keyTitle) · \(seedLine) · \(page)" }
        flow.text(keyTitle, Self.titleFont)
        flow.text(seedLine, Self.bodyFont, role: .secondaryText)
        flow.text(try strings.text("worksheet.keyNote", ["digits": String(context.numbers.precision)]), Self.noteFont, role: .secondaryText)
        for (number, set) in variants.sets.enumerated() {
            flow.keep(120)
            flow.space(10)
            flow.text(try strings.text("worksheet.keyVariant", ["n": String(number + 1)]), Self.headingFont)
            flow.text(set.exampleStatement(context.numbers).plainText, Self.bodyFont, role: .secondaryText)
            for (index, exercise) in set.exercises.enumerated() {
                flow.keep(50)
                flow.text("\(index + 1). \(try exercise.texts(strings).title)", Self.answerFont)
                for line in exercise.workingLines { flow.text(line, Self.bodyFont, indent: 14, hanging: 12) }
                let answers = exercise.answers.map {
                    MathML.row([$0.quantity, .equals, .value($0.value, context.numbers)]).plainText
                }
                flow.text("⇒ " + answers.joined(separator: ",  "), Self.answerFont, indent: 14)
            }
        }
        return flow.finish()
    }

    /// A short formula such as η = 0,5 as text that is never broken across lines.
    private static func unbroken(_ formula: MathML) -> String {
        formula.plainText.replacingOccurrences(of: " ", with: "\u{00A0}")
    }

    /// Activations, cost, η and λ of the variant, in words.
    private func settingsLines(_ problem: PracticeProblem, _ context: FigureContext) throws -> [String] {
        let strings = context.strings
        let activations = try problem.network.activations.enumerated().map { i, activation in
            try strings.text("worksheet.layerActivation", [
                "l": String(Network.layerNumber(ofParameterLayer: i)), "activation": try strings.text("activation.\(activation.rawValue)"),
            ])
        }
        var values = [
            "activations": activations.joined(separator: ", "),
            "loss": try strings.text("loss.\(problem.settings.loss.rawValue).name"),
            "eta": Self.unbroken(MathML.row([.eta, .equals, .exact(problem.settings.learningRate, context.numbers)])),
        ]
        values["lambda"] = Self.unbroken(MathML.row([.lambda, .equals, .exact(problem.settings.regularization, context.numbers)]))
        var lines = [try strings.text("worksheet.settings", values)]
        if problem.settings.regularization > 0 { lines.append(try strings.text("worksheet.regularization", values)) }
        if !problem.hasBiases { lines.append(try strings.text("worksheet.noBiases")) }
        return lines
    }
}
