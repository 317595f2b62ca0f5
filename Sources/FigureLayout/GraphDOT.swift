import BackpropEngine
import LessonFormatting

/// The `graph` figure as Graphviz DOT text, for readers who lay graphs out with their own tools:
/// the same nodes with the same labels (name, value, grad in the page language's number format),
/// each edge twice — forward solid in the theme's forward colour, backward dashed in its backward
/// colour with the arrow towards the input (`dir=back`, so only the forward direction ranks the
/// nodes), except into a node without a gradient (a target) — left to right, with the figure's notes as the graph label. The same walkthrough and
/// context always give the same text.
public struct GraphDOT: Sendable {
    public let figure: GraphFigure

    public init(walkthrough: Walkthrough, step: Int = 0) {
        self.init(figure: GraphFigure(walkthrough: walkthrough, step: step))
    }

    /// The DOT of `figure` as configured (for instance forced to the scalar graph).
    public init(figure: GraphFigure) {
        self.figure = figure
    }

    /// The DOT document: a `digraph` whose nodes are `n0`, `n1`… in the graph's topological order.
    public func text(_ context: FigureContext) throws(StringTable.MissingKey) -> String {
        let diagram = try figure.diagram(context)
        let theme = context.theme
        let notes = diagram.notes.flatMap { $0 }.map { Self.escaped($0.text) + "\\l" }.joined()
        var lines = [
            "digraph \(Self.quoted(diagram.title)) {",
            "  graph [rankdir=LR, bgcolor=\(Self.quoted(theme.background?.hexString ?? "transparent")), "
                + "fontname=\"DejaVu Sans\", fontsize=11, fontcolor=\"\(theme.color(.secondaryText).hexString)\", "
                + "labelloc=b, labeljust=l, label=\"\(notes)\"];",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"\(theme.color(.neuronFill).hexString)\", "
                + "color=\"\(theme.color(.neuronStroke).hexString)\", fontcolor=\"\(theme.color(.text).hexString)\", "
                + "fontname=\"DejaVu Sans\", fontsize=11];",
            "  edge [penwidth=1.6, arrowsize=0.7];",
        ]
        for (index, node) in diagram.nodes.enumerated() {
            lines.append("  n\(index) [label=\(Self.quoted(node.lines.map(\.text).joined(separator: "\n")))];")
        }
        let edges = diagram.nodes.enumerated().flatMap { index, node in node.inputs.map { (input: $0, reader: index) } }
        let forward = theme.color(.forward).hexString, backward = theme.color(.backward).hexString
        for edge in edges {
            lines.append("  n\(edge.input) -> n\(edge.reader) [color=\"\(forward)\"];")
        }
        for edge in edges where diagram.nodes[edge.input].hasGradient {
            lines.append("  n\(edge.input) -> n\(edge.reader) [color=\"\(backward)\", style=dashed, dir=back];")
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    /// `text` as a DOT quoted string.
    static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

    /// `text` made safe inside a DOT quoted string: backslashes and quotes escaped, line breaks as
    /// DOT's centred `\n`.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }
}
