import BackpropEngine
import FigureLayout
import LessonMath

/// One part of the lesson's equations, as a lecture shows it on a slide or as one exported block:
/// the forward pass of a layer, the cost, BP1, BP2 of a hidden layer, BP3 and BP4 of a layer, the
/// update of a layer, the cost after the update. Worked for the first example of a batch.
public enum LessonPart: Equatable, Hashable, Sendable {
    case forward(layer: Int)
    case cost
    case outputError
    case hiddenError(layer: Int)
    case gradients(layer: Int)
    case update(layer: Int)
    case costAfter

    /// The parts in the order a lecture runs: forward layer by layer, the cost, BP1, BP2 from the
    /// last hidden layer down, BP3 and BP4 from the output layer down, the updates, the new cost.
    public static func lecture(_ equations: LessonEquations) -> [LessonPart] {
        let layers = equations.layers.map(\.layer)
        let hidden = equations.backward.first?.hiddenErrors.map(\.layer) ?? []
        return layers.map { .forward(layer: $0) } + [.cost, .outputError] + hidden.map { .hiddenError(layer: $0) }
            + layers.reversed().map { .gradients(layer: $0) } + layers.map { .update(layer: $0) } + [.costAfter]
    }

    /// The equations of this part, in order; empty for a layer the lesson does not have.
    public func equations(in lesson: LessonEquations) -> [Equation] {
        switch self {
        case .forward(let layer):
            guard let forward = lesson.forward.first?.layers.first(where: { $0.layer == layer }) else { return [] }
            return [forward.weightedInput, forward.output]
        case .cost:
            return (lesson.forward.first.map { [$0.cost] } ?? []) + (lesson.batchCost.map { [$0] } ?? [])
        case .outputError:
            guard let backward = lesson.backward.first else { return [] }
            return [backward.costGradient, backward.outputDerivative, backward.outputError].compactMap { $0 }
        case .hiddenError(let layer):
            guard let hidden = lesson.backward.first?.hiddenErrors.first(where: { $0.layer == layer }) else { return [] }
            return [hidden.derivative, hidden.error]
        case .gradients(let layer):
            guard let gradient = lesson.layers.first(where: { $0.layer == layer }) else { return [] }
            return [gradient.biasGradient, gradient.weightGradient]
        case .update(let layer):
            guard let gradient = lesson.layers.first(where: { $0.layer == layer }) else { return [] }
            return [gradient.weightUpdate] + (gradient.biasUpdate.map { [$0] } ?? [])
        case .costAfter:
            return (lesson.forwardAfter.first.map { [$0.cost] } ?? []) + (lesson.batchCostAfter.map { [$0] } ?? [])
        }
    }

    /// The colour role of the results: forward blue, backward vermillion, update green.
    public var accent: Theme.Role {
        switch self {
        case .forward, .cost, .costAfter: .forward
        case .outputError, .hiddenError, .gradients: .backward
        case .update: .update
        }
    }

    /// The keys of the slide's title and caption, and the layer for the title's placeholder.
    var slideKeys: (title: SlideString, caption: SlideString, layer: Int?) {
        switch self {
        case .forward(let layer): (.forwardTitle, .forwardCaption, layer)
        case .cost: (.costTitle, .costCaption, nil)
        case .outputError: (.bp1Title, .bp1Caption, nil)
        case .hiddenError(let layer): (.bp2Title, .bp2Caption, layer)
        case .gradients(let layer): (.gradientsTitle, .gradientsCaption, layer)
        case .update(let layer): (.updateTitle, .updateCaption, layer)
        case .costAfter: (.costAfterTitle, .costAfterCaption, nil)
        }
    }
}
