/// One line of a label before it is placed: its text, font and colour role.
struct TextLine: Equatable, Sendable {
    var text: String
    var font: FontStyle
    var role: Theme.Role

    init(_ text: String, _ font: FontStyle = FigureFont.label, role: Theme.Role = .text) {
        self.text = text
        self.font = font
        self.role = role
    }
}

/// The type sizes of the figures, in figure units.
enum FigureFont {
    /// Numbers on edges and next to neurons.
    static let label = FontStyle(size: 11)
    /// Neuron and node names.
    static let name = FontStyle(size: 12, bold: true)
    /// Layer names above the columns.
    static let heading = FontStyle(size: 12, bold: true)
    /// Legends and notes under a figure.
    static let note = FontStyle(size: 11, italic: true)
}
