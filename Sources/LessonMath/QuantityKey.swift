/// The keys that link a number in an equation to the element of the figures that draws it: the
/// same strings as the figures' element ids (`NetworkLayout.neuronID` and `.edgeID` in FigureLayout,
/// checked equal by a test), so hovering either can light up the other.
public enum QuantityKey {
    /// Neuron `neuron` of layout column `column` (0 = the input layer): its a, z, δ and b.
    public static func neuron(column: Int, neuron: Int) -> String { "neuron-\(column)-\(neuron)" }

    /// wⱼₖ of the non-input layer `parameterLayer` (row j, column k): its weight and its ∂C/∂w.
    public static func edge(parameterLayer: Int, row: Int, column: Int) -> String {
        "edge-\(parameterLayer)-\(row)-\(column)"
    }

    /// The neurons of layout column `column`, by index.
    public static func neurons(column: Int) -> (Int) -> String { { neuron(column: column, neuron: $0) } }

    /// The weights of `parameterLayer`, by row and column.
    public static func edges(parameterLayer: Int) -> (Int, Int) -> String {
        { edge(parameterLayer: parameterLayer, row: $0, column: $1) }
    }
}
