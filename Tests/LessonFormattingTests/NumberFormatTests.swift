import LessonFormatting
import Testing

@Suite struct NumberFormatTests {
    @Test func spanishUsesADecimalCommaAndARealMinus() {
        let format = NumberFormat(precision: 4, language: .spanish)
        #expect(format.string(0.191) == "0,1910")
        #expect(format.string(-0.809) == "\u{2212}0,8090")
        #expect(format.string(12) == "12,0000")
    }

    @Test func englishUsesADecimalPoint() {
        let format = NumberFormat(precision: 3, language: .english)
        #expect(format.string(0.2557) == "0.256")
        #expect(format.string(-1234.5) == "\u{2212}1234.500")
    }

    @Test func roundsHalfAwayFromZeroAndDropsTheSignOfZero() {
        let format = NumberFormat(precision: 2, language: .english)
        #expect(format.string(0.125) == "0.13")
        #expect(format.string(-0.125) == "\u{2212}0.13")
        #expect(format.string(-0.001) == "0.00")
        #expect(format.string(-0.0) == "0.00")
    }

    @Test func theStringTableCanSwitchSpanishToADecimalPoint() {
        let switched = StringTable(language: .spanish, strings: [NumberFormat.separatorKey: "."])
        #expect(NumberFormat(precision: 2, strings: switched).string(-0.5) == "\u{2212}0.50")
        let unspecified = StringTable(language: .spanish, strings: [:])
        #expect(NumberFormat(precision: 2, strings: unspecified).string(0.5) == "0,50")
    }

    @Test func precisionZeroHasNoSeparator() {
        #expect(NumberFormat(precision: 0, language: .spanish).string(2.5) == "3")
    }

    @Test func terminalsCanAskForAHyphenMinus() {
        let format = NumberFormat(precision: 1, decimalSeparator: ".", minusSign: "-")
        #expect(format.string(-0.25) == "-0.3")
    }

    @Test func hugeAndNonFiniteValuesStillGiveText() {
        let format = NumberFormat(precision: 2, language: .english)
        #expect(format.string(1e20) == "100000000000000000000.00")
        #expect(format.string(.infinity) == "∞")
        #expect(format.string(-.infinity) == "\u{2212}∞")
        #expect(format.string(.nan) == "?")
    }
}

@Suite struct StringTableTests {
    @Test func nestedKeysAreJoinedWithDotsAndPlaceholdersFilled() throws {
        let table = try StringTable.parse(
            yaml: "figure:\n  layer:\n    hidden: \"Capa oculta {n}\"\n", language: .spanish)
        #expect(try table.text("figure.layer.hidden", ["n": "2"]) == "Capa oculta 2")
    }

    @Test func aMissingKeyNamesTheKeyAndTheFile() {
        let table = StringTable(language: .english, strings: [:])
        let error = #expect(throws: StringTable.MissingKey.self) { try table.text("home.title") }
        #expect(error?.description == "missing string 'home.title' in Templates/strings/en.yaml")
    }

    @Test func aListIsNotAString() {
        #expect(throws: StringTable.FormatError.self) {
            try StringTable.parse(yaml: "home: [a, b]\n", language: .english)
        }
    }
}
