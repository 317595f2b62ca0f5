@testable import CairoRendering
import FigureLayout
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct SVGOutputTests {
    let renderer = SceneRenderer()

    @Test func parsesAsXMLWithTheSceneSize() throws {
        let measurer = try CairoTextMeasurer()
        let scene = ShowcaseScene(measurer: measurer).scene(ShowcaseScene.light)
        let document = try XMLDocument(data: Data(renderer.svg(scene)))
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        // FoundationXML's `attribute(forName:)` misses attributes under a default namespace on Linux.
        func attribute(_ name: String) -> String? { root.attributes?.first { $0.name == name }?.stringValue }
        #expect(attribute("width") == "900px")
        #expect(attribute("height") == "500px")
        #expect(attribute("viewBox") == "0 0 900 500")
    }

    @Test func titleIsTheFirstChildAndEscaped() throws {
        let scene = Scene(width: 40, height: 30, background: nil, title: "σ′ & <δ>")
        let document = try XMLDocument(data: Data(renderer.svg(scene)))
        let first = try #require(document.rootElement()?.children?.first)
        #expect(first.name == "title")
        #expect(first.stringValue == "σ′ & <δ>")
    }

    @Test func everyReferenceNamesADefinedId() throws {
        let measurer = try CairoTextMeasurer()
        let svg = String(decoding: try renderer.svg(ShowcaseScene(measurer: measurer).scene(ShowcaseScene.dark)), as: UTF8.self)
        let defined = Set(svg.matches(of: /id="([^"]+)"/).map { String($0.1) })
        let referenced = Set(svg.matches(of: /href="#([^"]+)"/).map { String($0.1) })
        #expect(!referenced.isEmpty)
        #expect(referenced.isSubset(of: defined))
        #expect(defined.contains("g1"))
    }

    @Test func drawsShapesAsSVGElementsWithTheirStrokes() throws {
        let stroke = Stroke(color: Color(hex: 0x1F5FAF), width: 2, dash: [6, 5])
        let scene = Scene(
            width: 200, height: 100, background: nil,
            items: [
                .circle(Circle(center: Point(x: 20, y: 30), radius: 10.25, fill: Color(hex: 0xFF0000), stroke: nil)),
                .box(Box(frame: Rect(x: 40, y: 10, width: 50, height: 20), cornerRadius: 30, fill: nil, stroke: stroke)),
                .path(Path(start: Point(x: 100, y: 50), segments: [.line(to: Point(x: 180, y: 50))], stroke: stroke, arrowAtEnd: true)),
            ])
        let svg = String(decoding: try renderer.svg(scene), as: UTF8.self)
        #expect(svg.contains(##"<circle cx="20" cy="30" r="10.25" fill="#ff0000"/>"##))
        // The corner radius is clamped to half the height, as Cairo clamps it.
        // Most shapes fill nothing and every stroke is 2 wide: the root says so once.
        #expect(svg.contains(##"stroke-linejoin="round" fill="none" stroke-width="2">"##))
        #expect(svg.contains(##"<rect x="40" y="10" width="50" height="20" rx="10" stroke="#1f5faf" stroke-dasharray="6 5"/>"##))
        // The line stops inside its arrowhead, which is filled in the stroke's colour; both are
        // written by their steps, shorter here than their end points.
        let length = Stroke(color: Color(hex: 0), width: 2).arrowheadLength
        var step: [UInt8] = [], back: [UInt8] = []
        step.appendSVGNumber(80 - length * Arrowhead.lineStopRatio)
        back.appendSVGNumber(-length)
        #expect(svg.contains(##"<path d="M100 50l\##(String(decoding: step, as: UTF8.self)) 0" stroke="#1f5faf""##))
        #expect(svg.contains(##"<path d="M180 50l\##(String(decoding: back, as: UTF8.self))"##))
        #expect(!svg.contains("<rect width="), "a transparent scene has no background rectangle")
    }

    @Test func theRootCarriesTheCommonestFillAndStrokeWidth() throws {
        let thin = Stroke(color: Color(hex: 0x333333), width: 1.5), thick = Stroke(color: Color(hex: 0x333333), width: 3)
        let grey = Color(hex: 0xF4F4F4), seeThrough = Color(hex: 0x0000FF, alpha: 0.5)
        let scene = Scene(
            width: 100, height: 100, background: nil,
            items: [
                .circle(Circle(center: Point(x: 10, y: 10), radius: 5, fill: seeThrough, stroke: thick)),
                .circle(Circle(center: Point(x: 30, y: 10), radius: 5, fill: seeThrough, stroke: thick)),
                .circle(Circle(center: Point(x: 50, y: 10), radius: 5, fill: grey, stroke: thin)),
                .circle(Circle(center: Point(x: 70, y: 10), radius: 5, fill: grey, stroke: thick)),
            ])
        let svg = String(decoding: try renderer.svg(scene), as: UTF8.self)
        // A translucent fill is never the root's: its opacity would have to be inherited too.
        #expect(svg.contains(##"stroke-linejoin="round" fill="#f4f4f4" stroke-width="3">"##))
        #expect(svg.contains(##"<circle cx="10" cy="10" r="5" fill="#0000ff" fill-opacity="0.5" stroke="#333333"/>"##))
        #expect(svg.contains(##"<circle cx="50" cy="10" r="5" stroke="#333333" stroke-width="1.5"/>"##))
        #expect(svg.contains(##"<circle cx="70" cy="10" r="5" stroke="#333333"/>"##))
    }

    @Test func textIsPlacedGlyphOutlinesAtTheRunsOrigin() throws {
        let measurer = try CairoTextMeasurer()
        let font = FontStyle(size: 20, bold: true)
        let metrics = measurer.measure("aa", font: font)
        let run = TextRun(
            text: "aa", origin: Point(x: 10, y: 40), font: font, color: Color(hex: 0x000000),
            bounds: Rect(x: 10, y: 40 - metrics.ascent, width: metrics.width, height: metrics.ascent + metrics.descent))
        let svg = String(decoding: try renderer.svg(Scene(width: 100, height: 60, background: Color(hex: 0xFFFFFF), items: [.text(run)])), as: UTF8.self)
        // The background and the text are one fill each: the first met is the root's.
        #expect(svg.contains(##"stroke-linejoin="round" fill="#ffffff">"##))
        #expect(svg.contains(##"<rect width="100" height="60"/>"##))
        #expect(svg.contains(##"<g transform="translate(10 40) scale(0.02)" fill="#000000"><use href="#g1"/><use href="#g1" x=""##))
        #expect(svg.matches(of: /<path id="g/).count == 1, "a glyph is defined once per document")
        #expect(svg.matches(of: /<use href="#g1" x="\d+"\/>/).count == 1, "positions in whole units of the em")
    }

    @Test func aHaloAndItsTextShareOneListOfGlyphs() throws {
        let font = FontStyle(size: 11)
        let run = TextRun(
            text: "δ = 0,5", origin: Point(x: 10, y: 40), font: font, color: Color(hex: 0x1A1A1A),
            bounds: Rect(x: 10, y: 30, width: 40, height: 13), owner: "neuron-1-0", backdrop: Color(hex: 0xFFFFFF))
        let svg = String(decoding: try renderer.svg(Scene(width: 100, height: 60, background: nil, items: [.text(run)])), as: UTF8.self)
        // The halo (stroked in the backdrop colour) first, under the text, which reuses its glyphs.
        #expect(svg.contains(##"<g data-q="neuron-1-0" fill="#ffffff" stroke="#ffffff" stroke-width="500"><g transform="translate(10 40) scale(0.011)" id="t1"><use href="#g1"/>"##))
        // The text's fill is the root's.
        #expect(svg.hasSuffix(##"</g></g>\##n<use href="#t1" data-q="neuron-1-0"/>\##n</svg>\##n"##))
        #expect(svg.matches(of: /<use href="#g/).count == 5, "each drawn glyph placed once (the spaces draw nothing)")
    }

    @Test func figurePathsTakeTheShorterOfEachLinesEndAndStep() {
        var bytes: [UInt8] = []
        bytes.appendFigurePath(
            from: Point(x: 100, y: 100),
            [.line(to: Point(x: 101, y: 100)), .line(to: Point(x: 102.004, y: 99.5)), .line(to: Point(x: 0, y: 0)),
             .curve(control1: Point(x: 1, y: 2), control2: Point(x: 3, y: 4), to: Point(x: 5, y: 6))],
            closed: true)
        // Steps from the rounded points: 102.004 is 102, so the second step is 1, not 1.004.
        #expect(String(decoding: bytes, as: UTF8.self) == "M100 100l1 0 1-0.5L0 0C1 2 3 4 5 6Z")
    }

    @Test func glyphOutlinesAreCompactRelativePathData() {
        var bytes: [UInt8] = []
        bytes.appendCompactPath([
            .move(Point(x: 10.4, y: -20.6)), .line(Point(x: 30, y: -21)), .line(Point(x: 30, y: 5)), .line(Point(x: 12, y: 7)),
            .line(Point(x: 2, y: 9)), .curve(Point(x: 1, y: 1), Point(x: 0, y: 0), Point(x: 10.2, y: -20.9)), .close,
            .move(Point(x: 100, y: 0)), .line(Point(x: 90, y: -10)), .close,
        ])
        // Whole units, relative to the current point; `z` goes back to the contour's start.
        #expect(String(decoding: bytes, as: UTF8.self) == "m10-21h20v26l-18 2-10 2c-1-8-2-9 8-30zm90 21-10-10z")
    }

    /// TrueType's quadratic curves, which Cairo hands over raised to cubics, go back to `q`, and to
    /// `t` where the control point is the reflection of the one before.
    @Test func cubicsThatAreQuadraticsAreWrittenAsQuadratics() {
        // The cubic of the quadratic from p0 through control q to p1: controls at 2/3 towards q.
        func raised(_ p0: Point, _ q: Point, _ p1: Point) -> PathCommand {
            .curve(Point(x: p0.x + 2 * (q.x - p0.x) / 3, y: p0.y + 2 * (q.y - p0.y) / 3),
                   Point(x: p1.x + 2 * (q.x - p1.x) / 3, y: p1.y + 2 * (q.y - p1.y) / 3), p1)
        }
        var bytes: [UInt8] = []
        bytes.appendCompactPath([
            .move(Point(x: 0, y: 0)),
            raised(Point(x: 0, y: 0), Point(x: 0, y: -100), Point(x: 100, y: -100)),
            raised(Point(x: 100, y: -100), Point(x: 200, y: -100), Point(x: 200, y: 0)),
            raised(Point(x: 200, y: 0), Point(x: 200, y: 50), Point(x: 150, y: 50)),
            .curve(Point(x: 100, y: 60), Point(x: 50, y: 60), Point(x: 0, y: 0)), .close,
        ])
        #expect(String(decoding: bytes, as: UTF8.self) == "m0 0q0-100 100-100t100 100q0 50-50 50c-50 10-100 10-150-50z")
    }

    @Test func textCanBeRealTextElementsInAnEmbeddedSubsetOfTheirFont() throws {
        let font = FontStyle(size: 11, bold: true, italic: true)
        let run = TextRun(
            text: "−0,5 < δ", origin: Point(x: 10, y: 40), font: font, color: Color(hex: 0x1A1A1A),
            bounds: Rect(x: 10, y: 30, width: 40, height: 13), backdrop: Color(hex: 0xFFFFFF))
        let plain = TextRun(
            text: "a  b", origin: Point(x: 10, y: 55), font: FontStyle(size: 9), color: Color(hex: 0x1A1A1A),
            bounds: Rect(x: 10, y: 47, width: 20, height: 10))
        let scene = Scene(width: 100, height: 60, background: nil, items: [.text(run), .text(plain)])
        let svg = String(decoding: try renderer.svg(scene, text: .text), as: UTF8.self)
        let family = try #require(svg.firstMatch(of: /font-family="(bp[0-9a-z]+), DejaVu Sans, sans-serif"/)).1
        #expect(svg.contains(##"font-size="11" text-rendering="geometricPrecision" xml:space="preserve">"##))
        #expect(svg.contains(
            ##"<text x="10" y="40" font-weight="bold" font-style="italic" stroke="#ffffff" stroke-width="5.5" paint-order="stroke">−0,5 &lt; δ</text>"##))
        #expect(svg.contains(##"<text x="10" y="55" font-size="9">a  b</text>"##))
        // One face per style used, under the figure's own family name.
        #expect(svg.contains("<style>@font-face{font-family:\(family);src:url(data:font/woff;base64,"))
        #expect(svg.contains("@font-face{font-family:\(family);font-weight:bold;font-style:italic;src:url(data:font/woff;base64,"))
        #expect(!svg.contains("<use"), "no outlines")
        let document = try XMLDocument(data: Data(svg.utf8))
        #expect(document.rootElement()?.stringValue?.contains("−0,5 < δ") == true, "the text is searchable")
        // Other text, another family; the same text, the same bytes.
        let other = String(decoding: try renderer.svg(Scene(width: 100, height: 60, background: nil, items: [.text(plain)]), text: .text), as: UTF8.self)
        #expect(!other.contains(String(family)))
        #expect(try renderer.svg(scene, text: .text) == Array(svg.utf8))
    }

    @Test(arguments: [
        (0.0, 2, "0"), (12.5, 2, "12.5"), (-3.0, 2, "-3"), (0.005, 2, "0.01"), (-0.004, 2, "0"), (1234.5678, 2, "1234.57"),
        (0.014, 6, "0.014"), (100.0, 2, "100"), (7.0, 0, "7"),
    ])
    func numbersArePrintedInFixedPointWithoutTrailingZeros(value: Double, decimals: Int, expected: String) {
        var bytes: [UInt8] = []
        bytes.appendSVGNumber(value, decimals: decimals)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }
}
