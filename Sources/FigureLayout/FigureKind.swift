import BackpropEngine
import LessonFormatting

/// The figures of a lesson, in lesson order; the raw value names output files ("network.svg").
public enum FigureKind: String, CaseIterable, Sendable {
    case network
    case forward
    case backward
    case update
    case graph
    case loss

    /// The figure of `walkthrough` at worked step `step` (the loss curve covers all of training).
    public func scene(walkthrough: Walkthrough, step: Int = 0, context: FigureContext) throws(StringTable.MissingKey) -> Scene {
        switch self {
        case .network: try NetworkFigure(walkthrough: walkthrough, step: step).scene(context)
        case .forward: try ForwardFigure(walkthrough: walkthrough, step: step).scene(context)
        case .backward: try BackwardFigure(walkthrough: walkthrough, step: step).scene(context)
        case .update: try UpdateFigure(walkthrough: walkthrough, step: step).scene(context)
        case .graph: try GraphFigure(walkthrough: walkthrough, step: step).scene(context)
        case .loss: try LossCurveFigure(walkthrough: walkthrough).scene(context)
        }
    }

    /// The key of the figure's title (slide headings).
    public var titleKey: FigureString {
        switch self {
        case .network: .networkTitle
        case .forward: .forwardTitle
        case .backward: .backwardTitle
        case .update: .updateTitle
        case .graph: .graphTitle
        case .loss: .lossTitle
        }
    }

    /// The key of the figure's one-line caption.
    public var captionKey: FigureString {
        switch self {
        case .network: .networkCaption
        case .forward: .forwardCaption
        case .backward: .backwardCaption
        case .update: .updateCaption
        case .graph: .graphCaption
        case .loss: .lossCaption
        }
    }
}
