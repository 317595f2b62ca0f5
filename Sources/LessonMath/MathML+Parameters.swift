import BackpropEngine
import Foundation
import LessonFormatting

extension MathML {
    /// wˡⱼₖ or bˡⱼ of `parameter`, with the lessons' layer number and 1-based neurons.
    public static func parameter(_ parameter: GradientCheck.Parameter) -> MathML {
        switch parameter {
        case .weight(let layer, let row, let column):
            let separator: [MathML] = row >= 9 || column >= 9 ? [.operator(",")] : []
            return .subSuperscript(.identifier("w"), .row([.integer(row + 1)] + separator + [.integer(column + 1)]),
                                   mark(.layer, .layer(layer)))
        case .bias(let layer, let neuron):
            return .subSuperscript(.identifier("b"), .integer(neuron + 1), mark(.layer, .layer(layer)))
        }
    }

    /// A small positive quantity such as a relative error: the lesson's number rule, which writes it
    /// in scientific notation (5,6·10⁻¹²) when it is below 10⁻⁴.
    public static func scientific(_ value: Double, _ format: NumberFormat) -> MathML {
        MathML.value(value, format)
    }
}
