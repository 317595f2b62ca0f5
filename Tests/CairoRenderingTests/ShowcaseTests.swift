@testable import CairoRendering
import FigureLayout
import Foundation
import Testing

@Suite struct ShowcaseTests {
    let renderer = SceneRenderer()
    let showcase: ShowcaseScene

    init() throws { showcase = ShowcaseScene(measurer: try CairoTextMeasurer()) }

    @Test(arguments: [ShowcaseScene.light, ShowcaseScene.dark].map(\.name))
    func rendersEveryItemKindInEveryFormat(paletteName: String) throws {
        let palette = paletteName == "light" ? ShowcaseScene.light : ShowcaseScene.dark
        let scene = showcase.scene(palette)
        let png = try renderer.png(scene, scale: 2)
        let svg = try renderer.svg(scene)
        let pdf = try renderer.pdf(scene)
        let decoded = try DecodedPNG(png)
        #expect(decoded.width == 1800 && decoded.height == 1000)
        // The solid square at the top right is drawn in the forward colour.
        let forward = palette.forward
        let expected = [forward.red, forward.green, forward.blue].map { UInt8(($0 * 255).rounded()) } + [255]
        #expect(decoded.pixel(x: 1720, y: 160) == expected)
        #expect(String(decoding: svg, as: UTF8.self).contains("<use href=\"#g"))

        if let folder = ProcessInfo.processInfo.environment["RENDER_SHOWCASE_TO"] {
            let base = URL(fileURLWithPath: folder).appendingPathComponent("showcase-\(palette.name)")
            try Data(png).write(to: base.appendingPathExtension("png"))
            try Data(svg).write(to: base.appendingPathExtension("svg"))
            try Data(pdf).write(to: base.appendingPathExtension("pdf"))
            try Data(renderer.png(showcase.glyphSheet(palette), scale: 2))
                .write(to: URL(fileURLWithPath: folder).appendingPathComponent("glyphs-\(palette.name).png"))
        }
    }
}
