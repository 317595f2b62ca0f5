import BackpropEngine
import FigureLayout
import LessonFormatting
import Testing

/// A figure laid out in one theme and recoloured into another (`Scene.recolored(from:to:)`, how the
/// site makes its dark figures) is exactly the figure laid out in the other.
@Suite struct RecoloringTests {
    @Test(arguments: [ExampleNetwork.seed004, .softmax, .deepTanh, .sigmoid3442])
    func aRecolouredFigureIsTheFigureLaidOutInTheOtherTheme(network: ExampleNetwork) throws {
        for language in Language.allCases {
            let light = testContext(language), dark = testContext(language, .dark)
            for kind in FigureKind.allCases {
                let figure = try kind.scene(walkthrough: network.walkthrough, context: light)
                #expect(figure.recolored(from: .light, to: .dark) == (try kind.scene(walkthrough: network.walkthrough, context: dark)),
                        "\(network) \(kind) \(language)")
                let narrow = try kind.narrowScene(walkthrough: network.walkthrough, context: light)
                #expect(narrow.recolored(from: .light, to: .dark) == (try kind.narrowScene(walkthrough: network.walkthrough, context: dark)),
                        "\(network) \(kind) \(language), narrow")
            }
        }
    }

    /// A colour that is none of the theme's, or a theme whose roles share a colour that the other
    /// theme tells apart, gives no recoloured scene rather than a wrong one.
    @Test func aColourOutsideTheThemeGivesNoScene() {
        let stray = Scene(width: 10, height: 10, background: Theme.light.background, items: [
            .box(Box(frame: Rect(x: 0, y: 0, width: 5, height: 5), cornerRadius: 0, fill: Color(hex: 0x123456), stroke: nil)),
        ])
        #expect(stray.recolored(from: .light, to: .dark) == nil)
        let plain = Scene(width: 10, height: 10, background: Theme.light.background)
        #expect(plain.recolored(from: .light, to: .dark)?.background == Theme.dark.background)
        let oneColour = Theme(name: "one", background: nil, palette: Dictionary(uniqueKeysWithValues: Theme.Role.allCases.map { ($0, Color(hex: 0x000000)) }))
        #expect(plain.recolored(from: oneColour, to: .dark) == nil)
    }
}
