import CairoRendering
import FigureLayout
import Testing

@Suite struct DeterminismTests {
    let renderer = SceneRenderer()

    enum Format: String, CaseIterable { case svg, png, pdf }

    func render(_ scene: Scene, as format: Format) throws -> [UInt8] {
        switch format {
        case .svg: try renderer.svg(scene)
        case .png: try renderer.png(scene, scale: 2)
        case .pdf: try renderer.pdf(scene)
        }
    }

    @Test(arguments: Format.allCases)
    func sameSceneGivesSameBytesAfterOtherRenders(format: Format) throws {
        let showcase = ShowcaseScene(measurer: try CairoTextMeasurer())
        let scene = showcase.scene(ShowcaseScene.light)
        let other = showcase.scene(ShowcaseScene.dark)
        var outputs: [[UInt8]] = []
        for _ in 0..<3 {
            outputs.append(try render(scene, as: format))
            _ = try render(other, as: format)
            _ = try renderer.svg(other)
            _ = try renderer.pdf(pages: [other, scene])
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    @Test(arguments: Format.allCases)
    func concurrentRendersGiveTheSameBytes(format: Format) async throws {
        let showcase = ShowcaseScene(measurer: try CairoTextMeasurer())
        let scenes = [showcase.scene(ShowcaseScene.light), showcase.scene(ShowcaseScene.dark)]
        let expected = try scenes.map { try render($0, as: format) }
        let outputs = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for index in 0..<8 {
                group.addTask { [self] in (index % 2, try render(scenes[index % 2], as: format)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs.count == 8)
        for (sceneIndex, bytes) in outputs { #expect(bytes == expected[sceneIndex]) }
    }
}
