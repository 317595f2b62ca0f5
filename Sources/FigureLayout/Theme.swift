/// The colours of a figure, by role. Forward and backward differ in colour (Okabe–Ito palette) and
/// in line style, so they stay apart in grayscale and for colour-blind readers.
public struct Theme: Equatable, Sendable {
    /// What a colour is used for.
    public enum Role: String, CaseIterable, Sendable {
        /// Labels and numbers.
        case text
        /// Notes, legends, tick labels and the ⋮ of elided layers.
        case secondaryText
        case neuronFill
        case neuronStroke
        /// Connections that carry no pass, e.g. the weights of the network figure.
        case edge
        /// The forward pass: solid lines.
        case forward
        /// The backward pass: dashed lines.
        case backward
        /// Gradient-descent updates.
        case update
        /// The halo around a label that sits on a line: the colour of the background it sits on.
        case labelBackdrop
        case axis
        case grid
        /// Marks on the loss curve at the worked steps.
        case marker
    }

    /// "light", "dark" or "transparent", for file names and messages.
    public let name: String
    /// `nil` for a transparent canvas.
    public let background: Color?
    private let palette: [Role: Color]

    public init(name: String, background: Color?, palette: [Role: Color]) {
        precondition(Role.allCases.allSatisfy { palette[$0] != nil }, "theme \(name) lacks a colour")
        self.name = name
        self.background = background
        self.palette = palette
    }

    /// The colour of `role`.
    public func color(_ role: Role) -> Color { palette[role]! }

    /// The stroke of the forward pass: solid.
    public var forwardStroke: Stroke { Stroke(color: color(.forward), width: 1.6) }
    /// The stroke of the backward pass: dashed, so it differs from the forward pass without colour.
    public var backwardStroke: Stroke { Stroke(color: color(.backward), width: 1.6, dash: [6, 4]) }
    /// The stroke of an update: dash-dotted.
    public var updateStroke: Stroke { Stroke(color: color(.update), width: 1.6, dash: [8, 3, 2, 3]) }
    /// The stroke of a plain connection.
    public var edgeStroke: Stroke { Stroke(color: color(.edge), width: 1.2) }

    private static let lightPalette: [Role: Color] = [
        .text: Color(hex: 0x1A1A1A), .secondaryText: Color(hex: 0x4D4D4D),
        .neuronFill: Color(hex: 0xF4F4F4), .neuronStroke: Color(hex: 0x333333),
        .edge: Color(hex: 0x808080), .forward: Color(hex: 0x0072B2), .backward: Color(hex: 0xD55E00),
        .update: Color(hex: 0x009E73), .labelBackdrop: Color(hex: 0xFFFFFF),
        .axis: Color(hex: 0x333333), .grid: Color(hex: 0xDDDDDD), .marker: Color(hex: 0xD55E00),
    ]

    /// Dark text on white.
    public static let light = Theme(name: "light", background: Color(hex: 0xFFFFFF), palette: lightPalette)

    private static let darkPalette: [Role: Color] = [
        .text: Color(hex: 0xF0F0F0), .secondaryText: Color(hex: 0xC0C0C0),
        .neuronFill: Color(hex: 0x2B2B2B), .neuronStroke: Color(hex: 0xDDDDDD),
        .edge: Color(hex: 0x9A9A9A), .forward: Color(hex: 0x56B4E9), .backward: Color(hex: 0xE69F00),
        .update: Color(hex: 0x009E73), .labelBackdrop: Color(hex: 0x161616),
        .axis: Color(hex: 0xDDDDDD), .grid: Color(hex: 0x3A3A3A), .marker: Color(hex: 0xE69F00),
    ]

    /// Light text on a near-black canvas, with the lighter Okabe–Ito blue and orange.
    public static let dark = Theme(name: "dark", background: Color(hex: 0x161616), palette: darkPalette)

    /// The light colours on no background, for light slides with their own; label halos are white.
    public static let transparent = Theme(name: "transparent", background: nil, palette: lightPalette)

    /// The dark colours on no background, for dark slides with their own; label halos are near-black.
    public static let transparentDark = Theme(name: "transparent-dark", background: nil, palette: darkPalette)

    /// Every theme, light first.
    public static let all: [Theme] = [.light, .dark, .transparent, .transparentDark]
}
