import LessonFormatting
import Testing
@testable import MathLayout

/// The equation slides' words are in both string tables, and short enough for a slide.
@Suite struct SlideStringTests {
    @Test(arguments: Language.allCases)
    func everyKeyIsInTheSiteStringTable(language: Language) throws {
        let table = try MathFixture.strings(language)
        #expect(SlideString.keys.filter { table.strings[$0] == nil } == [])
        #expect(SlideString.keys.allSatisfy { $0.hasPrefix("slide.") })
    }
}
