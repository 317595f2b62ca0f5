import CairoRendering
import FigureLayout
import Testing

@Suite struct PDFOutputTests {
    let renderer = SceneRenderer()

    func slide(_ number: Int) -> Scene {
        Scene(
            width: 960, height: 540, background: Color(hex: 0xFFFFFF),
            items: [.circle(Circle(center: Point(x: 480, y: 270), radius: 40 + Double(number), fill: Color(hex: 0x1F5FAF), stroke: nil))],
            title: "Slide \(number)")
    }

    func text(_ pdf: [UInt8]) -> String { String(decoding: pdf, as: UTF8.self) }

    @Test func startsWithPDFHeader() throws {
        let pdf = try renderer.pdf(slide(1))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(text(pdf).hasSuffix("%%EOF\n"))
    }

    @Test func deckHasOnePagePerScene() throws {
        let pdf = text(try renderer.pdf(pages: [slide(1), slide(2), slide(3)]))
        #expect(pdf.matches(of: /\/Type\s*\/Page[^s]/).count == 3)
    }

    @Test func eachPageHasItsScenesSize() throws {
        let small = Scene(width: 300, height: 200, background: nil)
        let pdf = text(try renderer.pdf(pages: [slide(1), small]))
        let boxes = pdf.matches(of: /\/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]/).map { "\($0.1)×\($0.2)" }
        #expect(boxes.contains("960×540"))
        #expect(boxes.contains("300×200"))
    }

    @Test func hasNoDates() throws {
        let pdf = text(try renderer.pdf(slide(1)))
        #expect(!pdf.contains("CreationDate"))
        #expect(!pdf.contains("ModDate"))
    }

    @Test func emptyDeckIsRejected() {
        #expect(throws: SceneRenderingError.noPages) { try renderer.pdf(pages: []) }
    }
}
