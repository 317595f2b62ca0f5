import LessonFormatting
import LessonMath

/// Mathematics inside the running text of the string tables, written `$name$` there and typeset as
/// inline MathML on the pages, from the same notation as the displayed equations (never Unicode
/// pseudo-sub- and superscripts such as wˡⱼₖ, which render tiny and read badly in screen readers).
enum InlineMath {
    /// The symbols the string tables may name.
    static let symbols: [String: MathML] = {
        let j = MathML.identifier("j"), k = MathML.identifier("k"), i = MathML.exampleIndex
        let a = MathML.identifier("a"), y = MathML.identifier("y"), z = MathML.identifier("z")
        let layerL = MathML.mark(.layer, .l)
        let aL = MathML.quantity("a", .outputLayer)
        let one = MathML.number("1")
        let aTimesOneMinusA = MathML.row([a, .parenthesized(.row([one, .minus, a]))])
        return [
            "f": .f, "fPrime": .fPrime, "sigma": .sigma, "sigmaPrime": .sigmaPrime,
            "m": .m, "i": i, "j": j, "k": k, "l": .l, "x": .x, "y": y, "lMinus1": .lMinus1,
            "dCdz": .partial(by: z),
            "nablaC": .costGradient,
            "xi": .ofExample(.x, i),
            "xiyi": .parenthesized(.row([.ofExample(.x, i), .operator(","), .ofExample(y, i)])),
            "deltaLi": .quantity("δ", .l, example: i),
            "l2term": .row([.fraction(.lambda, .row([.number("2"), .m])), .sum(over: .identifier("w")),
                            .superscript(.identifier("w"), .number("2"))]),
            "l2derivative": .row([.fraction(.lambda, .m), .quantity("W", .l)]),
            "lambdaW": .row([.lambda, .quantity("W", .l)]),
            "wjkl": .subSuperscript(.identifier("w"), .row([j, k]), layerL),
            "Wl": .quantity("W", .l),
            "bl": .quantity("b", .l),
            "wa": .row([.subscript(.identifier("w"), .row([j, k])), .dot, .subscript(a, k)]),
            "nablaCsigmoid": .row([.costGradient, .equals, .fraction(.row([a, .minus, y]), aTimesOneMinusA)]),
            "sigmaPrimeValue": .row([.apply(.sigmaPrime, z), .equals, aTimesOneMinusA]),
            "nablaCsoftmax": .row([.costGradient, .equals, .minus, .fraction(y, a)]),
            "deltaLSimple": .row([.quantity("δ", .outputLayer), .equals, aL, .minus, y]),
            "C1": .ofExample(.cost, .number("1")),
            "Ci": .ofExample(.cost, i),
            "sigmoidDefinition": .row([.apply(.sigma, z), .equals, .activationDefinition(.sigmoid, of: z, NumberFormat(precision: 1, language: .english))]),
            "bp4example1": .row([
                .quantity("δ", .l, example: .number("1")), .transposed(.quantity("a", .lMinus1, example: .number("1"))),
            ]),
        ]
    }()

    /// `text` with every `$name$` of a known symbol replaced by its inline `<math>` element.
    static func expand(_ text: String) -> String {
        guard text.contains("$") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(of: "$") {
            let afterStart = rest.index(after: start)
            guard let end = rest[afterStart...].firstIndex(of: "$"),
                  let symbol = symbols[String(rest[afterStart..<end])]
            else {
                result += rest[...start]
                rest = rest[afterStart...]
                continue
            }
            result += rest[..<start] + symbol.inlineMarkup
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// `table` with the symbols of its page strings typeset; the figures' strings (`figure.…`), drawn
    /// as plain text, stay as they are.
    static func expanding(_ table: StringTable) -> StringTable {
        StringTable(
            language: table.language,
            strings: Dictionary(uniqueKeysWithValues: table.strings.map { key, text in
                (key, key.hasPrefix("figure.") ? text : expand(text))
            }))
    }
}
