import Testing
@testable import ExampleFile

/// The byte-by-byte number syntax against the regular expression it replaced.
@Suite struct DecimalNumberTests {
    static let texts = [
        "0", "1", "-1", "+1", "0.5", ".5", "5.", "-.5", "+.5e3", "1e10", "1E-10", "1e+5", "2.5e", "e5", ".", "-", "+",
        "", " 1", "1 ", "1.2.3", "1e5.5", "0x10", ".inf", ".nan", "1_000", "١", "1e", "--1", "+-1", "00012", "3.14159",
        "-0.0", "1e400", "١٢", "12a", "a12", "1.e3", "-.e3",
    ]

    @Test(arguments: texts)
    func agreesWithTheRegularExpression(_ text: String) {
        let expected = text.wholeMatch(of: /[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?/) != nil
        #expect(text.isDecimalNumber == expected)
    }
}
