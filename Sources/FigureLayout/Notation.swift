/// The lessons' symbols written with Unicode sub- and superscripts, e.g. a₁⁽²⁾ (neuron 1 of layer 2),
/// so that figures need no maths typesetting.
enum Notation {
    private static let subscriptDigits = Array("₀₁₂₃₄₅₆₇₈₉")
    private static let superscriptDigits = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")

    static func subscripted(_ number: Int) -> String {
        String(String(number).map { subscriptDigits[Int(String($0))!] })
    }

    static func superscripted(_ number: Int) -> String {
        String(String(number).map { superscriptDigits[Int(String($0))!] })
    }

    /// ⁽ˡ⁾, the layer of a quantity in the lessons' numbering (the input layer is 1).
    static func layer(_ number: Int) -> String { "⁽" + superscripted(number) + "⁾" }

    /// xₖ for the input layer (column 0 of a layout), aⱼ⁽ˡ⁾ otherwise; neurons are 0-based here.
    static func neuron(column: Int, index: Int) -> String {
        column == 0 ? "x" + subscripted(index + 1) : "a" + subscripted(index + 1) + layer(column + 1)
    }

    /// wⱼₖ⁽ˡ⁾ of the non-input layer at `parameterLayer`: row j, column k.
    static func weight(parameterLayer: Int, row: Int, column: Int) -> String {
        "w" + subscripted(row + 1) + subscripted(column + 1) + layer(parameterLayer + 2)
    }

    /// bⱼ⁽ˡ⁾.
    static func bias(parameterLayer: Int, neuron: Int) -> String {
        "b" + subscripted(neuron + 1) + layer(parameterLayer + 2)
    }

    /// zⱼ⁽ˡ⁾.
    static func weightedInput(parameterLayer: Int, neuron: Int) -> String {
        "z" + subscripted(neuron + 1) + layer(parameterLayer + 2)
    }

    /// aⱼ⁽ˡ⁾ of a non-input layer.
    static func activation(parameterLayer: Int, neuron: Int) -> String {
        Notation.neuron(column: parameterLayer + 1, index: neuron)
    }
}
