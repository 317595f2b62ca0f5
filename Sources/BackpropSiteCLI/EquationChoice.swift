import ArgumentParser
import FigureLayout
import LessonMath
import MathLayout

/// The `--equation` values of `render`: one block of the lesson's equations.
enum EquationChoice: String, ArgumentWord {
    /// zˡ = Wˡaˡ⁻¹ + bˡ and aˡ = σ(zˡ) of one layer.
    case forward
    /// The cost of the (first) example, and of the batch.
    case cost
    /// δᴸ, the error of the output layer.
    case bp1
    /// δˡ of one hidden layer.
    case bp2
    /// ∂C/∂bˡ.
    case bp3
    /// ∂C/∂Wˡ.
    case bp4
    /// Wˡ ← Wˡ − η ∂C/∂Wˡ (and bˡ).
    case update

    /// The layers `--layer` may name for this choice in `lesson` (empty: the choice has no layer).
    func layers(in lesson: LessonEquations) -> [Int] {
        switch self {
        case .forward, .bp3, .bp4, .update: lesson.layers.map(\.layer)
        case .bp2: lesson.backward.first?.hiddenErrors.map(\.layer).reversed() ?? []
        case .cost, .bp1: []
        }
    }

    /// The layer drawn without `--layer`: the output layer, or the last hidden one for BP2.
    func defaultLayer(in lesson: LessonEquations) -> Int? { layers(in: lesson).last }

    /// The lesson part it draws from, for its colour and name.
    func part(layer: Int?) -> LessonPart {
        switch self {
        case .forward: .forward(layer: layer ?? 0)
        case .cost: .cost
        case .bp1: .outputError
        case .bp2: .hiddenError(layer: layer ?? 0)
        case .bp3, .bp4: .gradients(layer: layer ?? 0)
        case .update: .update(layer: layer ?? 0)
        }
    }

    /// The equations drawn.
    func equations(in lesson: LessonEquations, layer: Int?) -> [Equation] {
        let all = part(layer: layer).equations(in: lesson)
        switch self {
        case .bp3: return Array(all.prefix(1))
        case .bp4: return Array(all.dropFirst())
        default: return all
        }
    }

    /// The file-name stem: bp1, bp2-layer2, forward-layer3, cost…
    func name(layer: Int?) -> String {
        guard let layer else { return rawValue }
        return "\(rawValue)-layer\(layer)"
    }
}
