import LessonMath

/// Formula trees written as LaTeX math (amsmath), symbol for symbol what the pages write as MathML.
extension MathML {
    /// The formula as LaTeX math-mode source.
    public var latex: String {
        switch self {
        case .identifier(let name): Self.latexIdentifier(name)
        case .upright(let text): text == "𝟙" ? #"\mathbf{1}"# : #"\mathrm{\#(Self.latexText(text))}"#
        case .number(let text): Self.latexNumber(text)
        case .operator(let symbol): Self.latexOperator(symbol)
        case .text(let text): #"\text{\#(Self.latexText(text))}"#
        case .row(let items): Self.latexRow(items)
        case .fraction(let numerator, let denominator): #"\frac{\#(numerator.latex)}{\#(denominator.latex)}"#
        case .subscript(let base, let sub): "\(base.latexBase)_{\(sub.latexScript)}"
        case .superscript(let base, let sup): "\(base.latexBase)^{\(sup.latexScript)}"
        case .subSuperscript(let base, let sub, let sup): "\(base.latexBase)_{\(sub.latexScript)}^{\(sup.latexScript)}"
        case .hat(let base): #"\hat{\#(base.latex)}"#
        case .table(let rows): Self.latexTable(rows, environment: "matrix")
        case .space(let ems): #"\hspace{\#(ems)em}"#
        // The key links a number on a page to its figure; LaTeX writes only the number.
        case .keyed(_, let content): content.latex
        }
    }

    /// A script: a layer in round brackets, ⁽ˡ⁾, and an example in square ones, ^[i], with plain
    /// brackets, since `\left … \right` would set them larger than the script.
    var latexScript: String {
        guard case .row(let items) = self, !items.contains(where: \.isTable) else { return latex }
        if items.count == 3, case .operator(let open) = items[0], case .operator(let close) = items[2],
           let pair = Self.fences[open], pair.close == close {
            return pair.left + items[1].latexScript + pair.right
        }
        return items.map(\.latexScript).joined(separator: " ")
    }

    /// A script's base, braced so that its own scripts stay its own.
    var latexBase: String {
        switch self {
        case .identifier, .upright, .number, .operator: latex
        case .keyed(_, let content): content.latexBase
        default: "{\(latex)}"
        }
    }

    static func latexIdentifier(_ name: String) -> String {
        if let greek = greek[name] { return greek }
        if name.count == 1 { return name }
        return name == "ln" || name == "max" || name == "exp" ? "\\\(name)" : #"\operatorname{\#(name)}"#
    }

    static let greek = ["δ": #"\delta"#, "σ": #"\sigma"#, "η": #"\eta"#, "λ": #"\lambda"#, "α": #"\alpha"#]

    /// A formatted number: the real minus as -, a decimal comma braced so TeX adds no space after it.
    static func latexNumber(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: ",", with: "{,}")
    }

    static func latexOperator(_ symbol: String) -> String {
        switch symbol {
        case "−": "-"
        case "·": #"\cdot "#
        case "⊙": #"\odot "#
        case "⊘": #"\oslash "#
        case "←": #"\leftarrow "#
        case "∑": #"\sum"#
        case "∂": #"\partial "#
        case "∇": #"\nabla"#
        case "⋯": #"\cdots "#
        case "⋮": #"\vdots "#
        case "⋱": #"\ddots "#
        case "′": #"\prime "#
        case "≤": #"\leq "#
        case "×": #"\times "#
        case "{": #"\{"#
        case "}": #"\}"#
        default: symbol
        }
    }

    static func latexText(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: #"\textbackslash{}"#).replacingOccurrences(of: "{", with: #"\{"#)
            .replacingOccurrences(of: "}", with: #"\}"#).replacingOccurrences(of: "_", with: #"\_"#)
    }

    /// A row; brackets around a table become `bmatrix`, a brace before one `cases`, and round or
    /// square brackets around anything else `\left … \right`, as they stretch on the pages.
    static func latexRow(_ items: [MathML]) -> String {
        if items.count == 3, case .operator(let open) = items[0], case .operator(let close) = items[2],
           let pair = fences[open], pair.close == close {
            if case .table(let rows) = items[1], open == "[" { return latexTable(rows, environment: "bmatrix") }
            return #"\left\#(pair.left)\#(items[1].latex)\right\#(pair.right)"#
        }
        if items.count == 2, case .operator("{") = items[0], case .table(let rows) = items[1] {
            return latexTable(rows, environment: "cases")
        }
        return items.map(\.latex).joined(separator: " ")
    }

    static let fences: [String: (close: String, left: String, right: String)] = [
        "(": (")", "(", ")"), "[": ("]", "[", "]"),
    ]

    static func latexTable(_ rows: [[MathML]], environment: String) -> String {
        let body = rows.map { $0.map(\.latex).joined(separator: " & ") }.joined(separator: #" \\ "#)
        return #"\begin{\#(environment)} \#(body) \end{\#(environment)}"#
    }
}
