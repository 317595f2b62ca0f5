import CairoRendering
import FigureLayout
import Testing

@Suite struct PNGOutputTests {
    let renderer = SceneRenderer()
    let red = Color(red: 1, green: 0, blue: 0)

    func redBox(background: Color?) -> Scene {
        Scene(
            width: 120, height: 80, background: background,
            items: [.box(Box(frame: Rect(x: 10, y: 10, width: 40, height: 30), cornerRadius: 4, fill: red, stroke: nil))])
    }

    @Test(arguments: [1.0, 2.0, 3.0])
    func headerSizeIsSceneSizeTimesScale(scale: Double) throws {
        let png = try DecodedPNG(renderer.png(redBox(background: Color(hex: 0xFFFFFF)), scale: scale))
        #expect(png.width == Int(120 * scale))
        #expect(png.height == Int(80 * scale))
    }

    @Test func chunksComeInOrderWithValidCRCs() throws {
        let bytes = try renderer.png(redBox(background: nil), scale: 2)
        #expect(bytes.starts(with: DecodedPNG.signature))
        let png = try DecodedPNG(bytes)
        #expect(png.chunks.map(\.type) == ["IHDR", "pHYs", "IDAT", "IEND"])
        for chunk in png.chunks {
            #expect(chunk.storedCRC == chunk.computedCRC, "CRC of \(chunk.type)")
        }
        #expect(png.chunks.last?.data.isEmpty == true)
    }

    @Test func crcMatchesPublishedCheckValue() {
        #expect(DecodedPNG.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func resolutionIs72DotsPerInchTimesScale() throws {
        let png = try DecodedPNG(renderer.png(redBox(background: nil), scale: 2))
        let pHYs = try #require(png.chunks.first { $0.type == "pHYs" }).data
        let pixelsPerMetre = pHYs[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
        #expect(pixelsPerMetre == UInt32((144 / 0.0254).rounded()))
        #expect(pHYs[0..<4] == pHYs[4..<8])
        #expect(pHYs[8] == 1)
    }

    @Test func opaqueSceneIsRGBAndTransparentSceneIsRGBA() throws {
        let opaque = try DecodedPNG(renderer.png(redBox(background: Color(hex: 0xFFFFFF)), scale: 1))
        let transparent = try DecodedPNG(renderer.png(redBox(background: nil), scale: 1))
        #expect(opaque.chunks[0].data[9] == 2)
        #expect(transparent.chunks[0].data[9] == 6)
        #expect(opaque.scanlines.count == 80 * (1 + 120 * 3))
        #expect(transparent.scanlines.count == 80 * (1 + 120 * 4))
    }

    @Test(arguments: [nil, Color(hex: 0xFFFFFF)] as [Color?])
    func filledBoxIsRedInTheMiddle(background: Color?) throws {
        let png = try DecodedPNG(renderer.png(redBox(background: background), scale: 2))
        #expect(png.pixel(x: 60, y: 50) == [255, 0, 0, 255])
    }

    /// Sizes whose rows do not split evenly into the encoder's parallel bands, some with empty bands.
    @Test(arguments: [(1, 1), (3, 2), (5, 7), (33, 130), (700, 3)])
    func oddSizesDecodeToTheDrawnPixels(width: Int, height: Int) throws {
        let scene = Scene(
            width: Double(width), height: Double(height), background: Color(hex: 0x00FF00, alpha: 0.5),
            items: [.box(Box(frame: Rect(x: 0, y: Double(height - 1), width: 1, height: 1), fill: red, stroke: nil))])
        let png = try DecodedPNG(renderer.png(scene, scale: 1))
        #expect(png.scanlines.count == height * (1 + width * png.channels))
        #expect(png.pixel(x: 0, y: height - 1) == [255, 0, 0, 255])
        if width > 1 { #expect(png.pixel(x: width - 1, y: 0) == [0, 255, 0, 128]) }
    }

    @Test func transparentBackgroundLeavesCornersClear() throws {
        let png = try DecodedPNG(renderer.png(redBox(background: nil), scale: 2))
        #expect(png.pixel(x: 0, y: 0)[3] == 0)
        #expect(png.pixel(x: 239, y: 159)[3] == 0)
    }

    @Test func backgroundColourFillsTheCanvas() throws {
        let png = try DecodedPNG(renderer.png(redBox(background: Color(hex: 0x2050A0)), scale: 1))
        #expect(png.pixel(x: 119, y: 79) == [0x20, 0x50, 0xA0, 255])
    }

    @Test func halfTransparentFillKeepsItsStraightColour() throws {
        let scene = Scene(
            width: 20, height: 20, background: nil,
            items: [.box(Box(frame: Rect(x: 0, y: 0, width: 20, height: 20), fill: Color(hex: 0x3366CC, alpha: 0.5), stroke: nil))])
        let pixel = try DecodedPNG(renderer.png(scene, scale: 1)).pixel(x: 10, y: 10)
        #expect(abs(Int(pixel[0]) - 0x33) <= 1)
        #expect(abs(Int(pixel[1]) - 0x66) <= 1)
        #expect(abs(Int(pixel[2]) - 0xCC) <= 1)
        #expect(abs(Int(pixel[3]) - 128) <= 1)
    }

    @Test func emptyCanvasIsRejected() {
        #expect(throws: SceneRenderingError.invalidCanvas(width: 0, height: 160)) {
            try renderer.png(Scene(width: 0, height: 80, background: nil), scale: 2)
        }
        #expect(throws: SceneRenderingError.invalidCanvas(width: 40000, height: 80)) {
            try renderer.png(Scene(width: 20000, height: 40, background: nil), scale: 2)
        }
    }
}
