/// TeX's math style of a subformula: its type size and whether it is displayed (fractions and sums
/// at full size, limits under ∑) or inline. Scripts are 70 % of their base, never below `minimumSize`.
public struct MathStyle: Equatable, Sendable {
    /// Scripts are this fraction of their base's size (TeX's 7 pt on 10 pt).
    static let scriptRatio = 0.7

    public var size: Double
    public var display: Bool
    /// No type is set smaller than this, in points (18 pt is readable from the back of a room at 1280 × 720).
    public var minimumSize: Double
    /// 0 for the formula itself, 1 for its scripts, 2 for scripts of scripts.
    var scriptLevel = 0

    public init(size: Double, display: Bool = true, minimumSize: Double) {
        self.size = size
        self.display = display
        self.minimumSize = minimumSize
    }

    /// One em.
    var em: Double { size }
    /// One math unit, 1/18 em.
    var mu: Double { size / 18 }
    var inScript: Bool { scriptLevel > 0 }

    /// The style of this style's sub- and superscripts.
    var script: MathStyle {
        var style = self
        style.size = max(size * Self.scriptRatio, min(minimumSize, size))
        style.display = false
        style.scriptLevel += 1
        return style
    }

    /// The style of a fraction's numerator and denominator: inline at the same size from a display,
    /// script size from inline.
    var fractionPart: MathStyle {
        guard display else { return script }
        var style = self
        style.display = false
        return style
    }

    /// Inline at the same size: table cells.
    var inline: MathStyle {
        var style = self
        style.display = false
        return style
    }
}
