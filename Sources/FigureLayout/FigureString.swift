/// Every string-table key the figures use, in one place. The values live in the site's string
/// tables (Templates/strings/figures.<code>.yaml); `{name}` marks a placeholder.
public enum FigureString: String, CaseIterable, Sendable {
    /// {l}: the lessons' layer number, 1.
    case layerInput = "figure.layer.input"
    /// {l}: the lessons' layer number (2 for the first hidden layer), as on the pages.
    case layerHidden = "figure.layer.hidden"
    /// {l}
    case layerOutput = "figure.layer.output"
    /// {value}
    case prediction = "figure.prediction"
    /// {value}
    case target = "figure.target"
    /// {value}
    case cost = "figure.cost"
    /// {before} {after}
    case costChange = "figure.costChange"
    /// {value}
    case learningRate = "figure.learningRate"
    /// {value}
    case before = "figure.before"
    /// {value}
    case after = "figure.after"
    /// {m}: the batch size, when only example 1 is drawn.
    case firstExample = "figure.firstExample"
    /// {m}: the backward figure of a batch, which shows example 1's own numbers throughout.
    case batchGradient = "figure.batchGradient"
    /// {m}: the update figure of a batch: example 1's prediction, the batch's weights and cost.
    case batchUpdate = "figure.batchUpdate"
    /// {value}: the cost of example 1 of a batch.
    case exampleCost = "figure.exampleCost"
    /// {n}: how many neurons of a layer are not drawn.
    case elided = "figure.elided"
    /// {epoch}
    case diverged = "figure.diverged"
    /// {value} {epoch}
    case offScale = "figure.offScale"
    case axisEpoch = "figure.axis.epoch"
    case axisCost = "figure.axis.cost"
    case workedSteps = "figure.loss.workedSteps"
    /// {value}: a node's ∂C/∂node.
    case graphGradient = "figure.graph.gradient"
    case networkLegend = "figure.network.legend"
    case networkLegendWithoutBiases = "figure.network.legendWithoutBiases"
    case forwardLegend = "figure.forward.legend"
    case forwardLegendWithoutBiases = "figure.forward.legendWithoutBiases"
    case backwardLegend = "figure.backward.legend"
    case updateLegend = "figure.update.legend"
    case graphLegend = "figure.graph.legend"
    /// The key of a forward stroke sample.
    case keyForward = "figure.key.forward"
    /// The key of a backward stroke sample.
    case keyBackward = "figure.key.backward"
    /// The key of an update stroke sample.
    case keyUpdate = "figure.key.update"
    /// {from} {to} {shown} {count}: a crowded layer pair labels only its strongest connections.
    case strongestEdges = "figure.strongestEdges"
    /// The name of the linear activation on a graph node (a = identity).
    case graphLayerLegend = "figure.graph.layerLegend"
    case networkTitle = "figure.network.title"
    /// {sizes}, e.g. 2-2-1
    case networkAlt = "figure.network.alt"
    /// {sizes}
    case networkAltWithoutBiases = "figure.network.altWithoutBiases"
    case networkCaption = "figure.network.caption"
    case forwardTitle = "figure.forward.title"
    /// {sizes}
    case forwardAlt = "figure.forward.alt"
    case forwardCaption = "figure.forward.caption"
    case backwardTitle = "figure.backward.title"
    /// {sizes}
    case backwardAlt = "figure.backward.alt"
    case backwardCaption = "figure.backward.caption"
    case updateTitle = "figure.update.title"
    /// {sizes}
    case updateAlt = "figure.update.alt"
    case updateCaption = "figure.update.caption"
    case graphTitle = "figure.graph.title"
    /// {sizes}
    case graphAlt = "figure.graph.alt"
    case graphCaption = "figure.graph.caption"
    case lossTitle = "figure.loss.title"
    /// {title} {part} {parts}: the heading of one part of a figure split over several slides.
    case deckPart = "figure.deck.part"
    /// {title} {from} {to}: the heading of the slide of one layer pair (layers numbered from the input,
    /// layer 1) of a figure too large for one slide.
    case deckLayerPair = "figure.deck.layerPair"
    /// Above the matrix a layer pair's slide shows when its connections are too many to label.
    case deckMatrix = "figure.deck.matrix"
    /// {sizes} {loss}: the network on the deck's title slide.
    case deckNetwork = "figure.deck.network"
    /// {title} {step} {steps}: the heading of one slide of a figure revealed step by step.
    case deckStep = "figure.deck.step"
    /// {from} {to}: the heading of one layer pair of a figure laid out for a phone.
    case narrowLayerPair = "figure.narrow.layerPair"
    /// {part} {parts}: the heading of one part of a figure laid out for a phone.
    case narrowPart = "figure.narrow.part"
    /// {part} {parts} {what}: the heading of one step of the graph laid out for a phone, {what} the
    /// node it computes ("z₁⁽²⁾ = Σ") or `narrowProducts`.
    case narrowStep = "figure.narrow.step"
    /// {z}: what the first step of a neuron of the graph laid out for a phone computes.
    case narrowProducts = "figure.narrow.products"
    /// {epochs} {first} {last}
    case lossAlt = "figure.loss.alt"
    case lossCaption = "figure.loss.caption"

    /// Every key, for checking string tables.
    public static var keys: [String] { allCases.map(\.rawValue) }
}
