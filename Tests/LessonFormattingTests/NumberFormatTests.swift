import LessonFormatting
import Testing

@Suite struct NumberFormatTests {
    @Test func spanishUsesADecimalCommaAndARealMinus() {
        let format = NumberFormat(precision: 4, language: .spanish)
        #expect(format.string(0.191) == "0,1910")
        #expect(format.string(-0.809) == "\u{2212}0,8090")
        #expect(format.string(12) == "12,00")
    }

    @Test func englishUsesADecimalPoint() {
        let format = NumberFormat(precision: 3, language: .english)
        #expect(format.string(0.2557) == "0.256")
        #expect(format.string(-1234.5) == "\u{2212}1235")
    }

    @Test(arguments: [(Language.spanish, ","), (Language.english, ".")])
    func computedValuesKeepPrecisionSignificantDigits(language: Language, separator: String) {
        let format = NumberFormat(precision: 4, language: language)
        #expect(format.string(0.32722) == "0\(separator)3272")
        #expect(format.string(0.00041234) == "0\(separator)0004123")
        #expect(format.string(0.0123456) == "0\(separator)01235")
        #expect(format.string(123.456) == "123\(separator)5")
        #expect(format.string(98765.4) == "98765")
        // Rounding that carries into the next power of ten keeps the digits: 9,99996 → 10,00.
        #expect(format.string(9.99996) == "10\(separator)00")
    }

    @Test func tinyAndHugeValuesSwitchToScientificNotationInBothLanguages() {
        let spanish = NumberFormat(precision: 4, language: .spanish)
        #expect(spanish.string(5.5e-11) == "5,5·10⁻¹¹")
        #expect(spanish.string(-1.2345e-7) == "\u{2212}1,235·10⁻⁷")
        #expect(spanish.string(2.5e6) == "2,5·10⁶")
        let english = NumberFormat(precision: 4, language: .english)
        #expect(english.string(5.5e-11) == "5.5×10⁻¹¹")
        #expect(english.string(1e20) == "1×10²⁰")
        // The switch happens below 10⁻⁴ and from 10⁶ up, so no value ever reads as 0.
        #expect(english.string(0.0001) == "0.0001000")
        #expect(english.string(0.00009999) == "9.999×10⁻⁵")
        #expect(english.string(999_999) == "999999")
        #expect(english.string(1_000_000) == "1×10⁶")
    }

    @Test func scientificPartsSplitTheMantissaAndThePower() {
        let format = NumberFormat(precision: 2, language: .spanish)
        #expect(format.parts(5.6e-12) == NumberFormat.Parts(mantissa: "5,6", exponent: -12))
        #expect(format.parts(0.5) == NumberFormat.Parts(mantissa: "0,50", exponent: nil))
    }

    @Test func zeroIsZeroWithoutASign() {
        let format = NumberFormat(precision: 2, language: .english)
        #expect(format.string(0) == "0")
        #expect(format.string(-0.0) == "0")
        #expect(format.string(-0.001) == "\u{2212}0.0010")
    }

    @Test func roundsHalfAwayFromZero() {
        let format = NumberFormat(precision: 2, language: .english)
        #expect(format.string(0.125) == "0.13")
        #expect(format.string(-0.125) == "\u{2212}0.13")
    }

    @Test(arguments: [(Language.spanish, "0,05", "\u{2212}0,10", "2"), (Language.english, "0.05", "\u{2212}0.10", "2")])
    func givenValuesAreWrittenAsTheTeacherWroteThem(language: Language, eta: String, weight: String, two: String) {
        let format = NumberFormat(precision: 4, language: language).giving([0.05: "0.05", -0.1: "-0.10", 2: "2"])
        #expect(format.given(0.05) == eta)
        #expect(format.given(-0.1) == weight)
        #expect(format.given(2) == two)
        // A value the file did not give is a computed one.
        #expect(format.given(0.3) == (language == .spanish ? "0,3000" : "0.3000"))
        #expect(format.string(2) == (language == .spanish ? "2,000" : "2.000"))
    }

    @Test func axisTicksShareTheStepsDecimals() {
        let format = NumberFormat(precision: 4, language: .spanish)
        #expect([0, 0.05, 0.1, 0.15].map { format.tick($0, decimals: 2) } == ["0,00", "0,05", "0,10", "0,15"])
        #expect(format.tick(-0.5, decimals: 1) == "\u{2212}0,5")
    }

    @Test func spanishListsUseASemicolon() {
        let spanish = NumberFormat(precision: 4, language: .spanish).giving([2: "2", 3: "3", 0.5: "0.5"])
        #expect(spanish.list([2, 3], spanish.given) == "(2; 3)")
        #expect(spanish.list([0.5, 2], spanish.given) == "(0,5; 2)")
        let english = NumberFormat(precision: 4, language: .english).giving([2: "2", 3: "3"])
        #expect(english.list([2, 3], english.given) == "(2, 3)")
        #expect(english.list([2], english.given) == "2", "one number needs no parentheses")
    }

    @Test func theStringTableCanSwitchSpanishToADecimalPoint() {
        let switched = StringTable(language: .spanish, strings: [NumberFormat.separatorKey: "."])
        #expect(NumberFormat(precision: 2, strings: switched).string(-0.5) == "\u{2212}0.50")
        let unspecified = StringTable(language: .spanish, strings: [:])
        #expect(NumberFormat(precision: 2, strings: unspecified).string(0.5) == "0,50")
    }

    @Test func precisionIsAtLeastOneDigit() {
        #expect(NumberFormat(precision: 0, language: .spanish).string(2.5) == "3")
    }

    @Test func terminalsCanAskForAHyphenMinus() {
        let format = NumberFormat(precision: 1, decimalSeparator: ".", minusSign: "-")
        #expect(format.string(-0.25) == "-0.3")
    }

    @Test func nonFiniteValuesStillGiveText() {
        let format = NumberFormat(precision: 2, language: .english)
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
