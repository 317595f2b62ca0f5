import BackpropEngine
import LessonFormatting

/// Which connections of a network figure carry their number. A layer pair with more drawn
/// connections than `maxLabelledEdges` would be a wall of numbers: only its `strongestShown`
/// largest (by the figure's measure, e.g. |w| or |∂C/∂w|; zeros never count as strong) are
/// labelled, and a note says so.
struct EdgeLabelSelection {
    /// A layer pair with more drawn connections than this labels only its strongest.
    static let maxLabelledEdges = 12
    /// How many connections a crowded layer pair labels.
    static let strongestShown = 6

    /// The ids of the labelled edges.
    let labelled: Set<String>
    /// One note per crowded layer pair.
    let notes: [[TextLine]]

    /// The selection for `network`'s drawn connections, `strength` giving each connection's weight
    /// (parameter layer, row, column) in the choice.
    init(
        _ network: Network, kept: [[Int]], strength: (_ parameterLayer: Int, _ row: Int, _ column: Int) -> Double,
        _ context: FigureContext
    ) throws(StringTable.MissingKey) {
        var labelled: Set<String> = []
        var notes: [[TextLine]] = []
        let headings = try context.layerHeadings(network, activations: false).map { $0[0].text }
        for i in 0..<network.parameterLayerCount {
            let rows = NetworkLayout.drawnNeurons(ofLayerWith: network.layerSizes[i + 1], keeping: kept[i + 1])
            let columns = NetworkLayout.drawnNeurons(ofLayerWith: network.layerSizes[i], keeping: kept[i])
            var edges = rows.flatMap { j in columns.map { k in (j: j, k: k) } }
            if edges.count > Self.maxLabelledEdges {
                edges = Array(edges.filter { strength(i, $0.j, $0.k) != 0 }
                    .sorted { abs(strength(i, $0.j, $0.k)) > abs(strength(i, $1.j, $1.k)) }
                    .prefix(Self.strongestShown))
                notes.append(try context.note(.strongestEdges, [
                    "from": headings[i], "to": headings[i + 1], "shown": String(edges.count),
                    "count": String(rows.count * columns.count),
                ]))
            }
            for edge in edges { labelled.insert(NetworkLayout.edgeID(parameterLayer: i, row: edge.j, column: edge.k)) }
        }
        self.labelled = labelled
        self.notes = notes
    }

    /// `label` for a labelled edge, `nil` for the others.
    func label(_ edge: NetworkLayout.Edge, _ label: () -> String) -> String? {
        labelled.contains(edge.id) ? label() : nil
    }
}
