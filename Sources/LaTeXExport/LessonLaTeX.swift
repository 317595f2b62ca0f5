import BackpropEngine
import LessonFormatting
import LessonMath

/// Every equation of a lesson's worked steps as LaTeX for Beamer: one `align*` per equation, each
/// behind a predictable name (`\bpequation{bp1-layer3}`, `\bpequation{forward-layer2-z}`), with the
/// same numbers, decimal separator and notation as the pages. A file to `\input` in the preamble.
public struct LessonLaTeX: Sendable {
    /// One named equation.
    public struct Entry: Equatable, Sendable {
        public let name: String
        public let equation: Equation
    }

    public let title: String
    public let entries: [Entry]

    /// The equations of every worked step of `walkthrough`, numbers written with `format`.
    public init(walkthrough: Walkthrough, format: NumberFormat, title: String) {
        self.title = title
        entries = walkthrough.steps.indices.flatMap { index in
            let lesson = LessonEquations(
                step: walkthrough.steps[index], examples: walkthrough.examples, settings: walkthrough.settings, format: format)
            return Self.entries(lesson, prefix: index == 0 ? "" : "step\(index + 1)-")
        }
    }

    /// The named equations of one step, in lesson order. Per-example names end in -example<n> on a batch.
    static func entries(_ lesson: LessonEquations, prefix: String) -> [Entry] {
        var entries: [Entry] = []
        func add(_ name: String, _ equation: Equation?) {
            if let equation { entries.append(Entry(name: prefix + name, equation: equation)) }
        }
        func suffix(_ example: Int) -> String { lesson.exampleCount > 1 ? "-example\(example)" : "" }
        func forward(_ passes: [LessonEquations.ExampleForward], _ stage: String) {
            for pass in passes {
                for layer in pass.layers {
                    add("\(stage)forward-layer\(layer.layer)-z\(suffix(pass.example))", layer.weightedInput)
                    add("\(stage)forward-layer\(layer.layer)-a\(suffix(pass.example))", layer.output)
                }
                add("\(stage)cost\(suffix(pass.example))", pass.cost)
            }
        }
        add("loss", lesson.lossDefinition)
        forward(lesson.forward, "")
        add("cost-batch", lesson.batchCost)
        let outputLayer = lesson.layers.last?.layer ?? 2
        for pass in lesson.backward {
            let s = suffix(pass.example)
            add("bp1-gradient-layer\(outputLayer)\(s)", pass.costGradient)
            add("bp1-derivative-layer\(outputLayer)\(s)", pass.outputDerivative)
            add("bp1-layer\(outputLayer)\(s)", pass.outputError)
            for hidden in pass.hiddenErrors {
                add("bp2-derivative-layer\(hidden.layer)\(s)", hidden.derivative)
                add("bp2-layer\(hidden.layer)\(s)", hidden.error)
            }
        }
        for layer in lesson.layers {
            add("bp3-layer\(layer.layer)", layer.biasGradient)
            add("bp4-layer\(layer.layer)", layer.weightGradient)
            add("update-weights-layer\(layer.layer)", layer.weightUpdate)
            add("update-biases-layer\(layer.layer)", layer.biasUpdate)
        }
        forward(lesson.forwardAfter, "after-")
        add("after-cost-batch", lesson.batchCostAfter)
        return entries
    }

    /// The file: a usage note, `\bpequation{name}`, and one definition per equation.
    public var document: String {
        var lines = [
            "% \(title): every equation of the worked steps, made by backprop-site.",
            "% Needs the amsmath package.",
            "% Usage in a Beamer deck:  \\input{this-file}  in the preamble, then in a frame:",
            "%   \\begin{frame}{BP1}\\bpequation{\(entries.first { $0.name.hasPrefix("bp1-layer") }?.name ?? "bp1-layer3")}\\end{frame}",
            "% Lines too wide for a frame are broken before a + or −; a tall derivation (a batch gradient) may need \\small.",
            "% Names: " + entries.map(\.name).joined(separator: " "),
            #"\makeatletter"#,
            #"\providecommand{\bpequation}[1]{\@ifundefined{bpeq@#1}{\PackageError{backprop-site}{No equation named #1}{See the names at the top of the file.}}{\csname bpeq@#1\endcsname}}"#,
            #"\makeatother"#,
        ]
        for entry in entries {
            lines.append("% \(entry.name)")
            lines.append(#"\expandafter\def\csname bpeq@\#(entry.name)\endcsname{%"#)
            lines.append(entry.equation.latexAlign + "}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
