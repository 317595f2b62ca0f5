import CairoRendering
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
        let referenced = Set(svg.matches(of: /#([A-Za-z][A-Za-z0-9_.-]*)/).map { String($0.1) })
        #expect(!referenced.isEmpty)
        #expect(referenced.isSubset(of: defined))
        #expect(defined.contains("glyph1"))
    }
}
