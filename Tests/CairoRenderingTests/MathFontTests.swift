@testable import CairoRendering
import FigureLayout
import Foundation
import Testing

/// Registering the templates' math font: the real one, and files that are not it.
@Suite struct MathFontTests {
    static let mathFont = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates/fonts/\(MathFont.fileName)").path

    @Test func theTemplatesFontDrawsTheMathAlphabet() throws {
        try MathFont.register(at: Self.mathFont)
        try MathFont.register(at: Self.mathFont)
        let measurer = try CairoTextMeasurer()
        #expect(measurer.missingCharacters(in: "𝑊𝑥∂", font: FontStyle(size: 12, family: .math)) == [])
        #expect(measurer.missingCharacters(in: "𝑊𝑥", font: FontStyle(size: 12)) == ["𝑊", "𝑥"], "DejaVu Sans has no math italic")
    }

    @Test func anotherFontIsRefusedByName() {
        let dejaVu = Data(FigureFonts.file(of: FigureFonts.Style(bold: false, italic: false)))
        let error = #expect(throws: MathFont.RegistrationError.self) {
            try MathFont.register(reading: "fonts/\(MathFont.fileName)") { _ in dejaVu }
        }
        #expect(error?.description == "fonts/Asana-Math.otf: this is the font DejaVu Sans, not Asana Math")
    }

    @Test func aFileThatIsNoFontIsRefused() {
        let error = #expect(throws: MathFont.RegistrationError.self) {
            try MathFont.register(reading: "fonts/\(MathFont.fileName)") { _ in Data("not a font".utf8) }
        }
        #expect(error?.description.hasPrefix("fonts/Asana-Math.otf: FreeType cannot read it as a font (error ") == true)
    }

    @Test func aMissingFileNamesWhatTheEquationsNeed() {
        let error = #expect(throws: MathFont.RegistrationError.self) { try MathFont.register(at: "/no/such/Asana-Math.otf") }
        #expect(
            error?.description
                == "/no/such/Asana-Math.otf: cannot be read; the equations need the math font Asana-Math.otf of the templates' fonts folder")
    }
}
