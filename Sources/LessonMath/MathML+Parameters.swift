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
                                   .layer(layer))
        case .bias(let layer, let neuron):
            return .subSuperscript(.identifier("b"), .integer(neuron + 1), .layer(layer))
        }
    }

    /// A small positive quantity such as a relative error, as mantissa × 10^exponent (1.2 × 10⁻⁹),
    /// the mantissa with one decimal in the lesson's separator; 0 as 0.
    public static func scientific(_ value: Double, _ format: NumberFormat) -> MathML {
        guard value != 0, value.isFinite else { return .number(NumberFormat(precision: 0, decimalSeparator: format.decimalSeparator).string(value)) }
        var exponent = Int(floor(log10(abs(value))))
        var mantissa = value / pow(10, Double(exponent))
        if abs(mantissa) >= 9.95 { mantissa /= 10; exponent += 1 }
        let digits = NumberFormat(precision: 1, decimalSeparator: format.decimalSeparator)
        return .row([.number(digits.string(mantissa)), .operator("×"), .superscript(.number("10"), .integer(exponent))])
    }
}
