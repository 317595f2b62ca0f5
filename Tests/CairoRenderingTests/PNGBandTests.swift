@testable import CairoRendering
import FigureLayout
import Testing

@Suite struct PNGBandTests {
    /// A tall image is drawn in parallel bands of rows; edges, circles and text cross the bands'
    /// boundaries, and every pixel must be what drawing in one piece gives.
    @Test func bandsGiveTheSamePixelsAsOnePiece() throws {
        let scene = ShowcaseScene(measurer: try CairoTextMeasurer()).scene(ShowcaseScene.light)
        let scale = 2048 / scene.height
        let banded = try SceneRenderer().png(scene, scale: scale)
        let whole = try SceneRenderer(rowsPerBand: .max).png(scene, scale: scale)
        #expect(try DecodedPNG(banded).height == 2048)
        #expect(banded == whole)
    }
}
