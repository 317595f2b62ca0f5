import FigureLayout
import Foundation
import LessonFormatting
import Testing

@Suite struct FigureStringTests {
    @Test(arguments: Language.allCases)
    func siteStringTablesHaveEveryKeyTheFiguresUse(language: Language) {
        let table = SiteStrings.table(language)
        #expect(FigureString.keys.filter { table.strings[$0] == nil } == [])
        #expect(FigureString.keys.allSatisfy { $0.hasPrefix("figure.") })
    }

    @Test func aMissingStringNamesItsKey() {
        let context = FigureContext(
            strings: StringTable(language: .english, strings: [:]), theme: .light, precision: 4,
            measurer: ConservativeMeasurer())
        let error = #expect(throws: StringTable.MissingKey.self) {
            try FigureKind.network.scene(walkthrough: ExampleNetwork.seed004.walkthrough, context: context)
        }
        #expect(error?.key.hasPrefix("figure.") == true && error?.language == .english)
    }
}
