import Foundation
@testable import LessonFormatting
import Testing

/// The byte-for-byte replacement behind the decimal comma and the string tables' placeholders gives
/// what Foundation's `replacingOccurrences(of:with:)` gives.
@Suite struct ReplacingTests {
    @Test(arguments: [
        ("0.5", ".", ","), ("-0.0412", ".", ","), ("12", ".", ","), ("1.2.3", ".", ","),
        ("{n} de {n} (δ⁽{l}⁾)", "{n}", "3"), ("{l}{l}", "{l}", "ℓ"), ("sin {x}", "{y}", "1"), ("", "{n}", "1"),
        ("α{n}β", "{n}", ""), ("{{n}}", "{n}", "{n}"), ("{n", "{n}", "1"),
    ])
    func sameAsFoundation(text: String, target: String, replacement: String) {
        #expect(text.replacingEvery(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement))
    }
}
