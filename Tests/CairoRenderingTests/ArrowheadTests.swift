@testable import CairoRendering
import FigureLayout
import Testing

@Suite struct ArrowheadTests {
    let stroke = Stroke(color: Color(hex: 0), width: 2)

    @Test func headPointsAlongAStraightLine() throws {
        let path = Path(start: Point(x: 0, y: 0), segments: [.line(to: Point(x: 100, y: 0))], stroke: stroke, arrowAtEnd: true)
        let head = try #require(Arrowhead(for: path))
        let length = stroke.arrowheadLength
        #expect(head.tip == Point(x: 100, y: 0))
        #expect(abs(head.left.x - (100 - length)) < 1e-9)
        #expect(abs(head.right.x - (100 - length)) < 1e-9)
        #expect(abs(head.left.y + head.right.y) < 1e-9)
        #expect(abs(head.left.distance(to: head.right) - 2 * length * Arrowhead.halfWidthRatio) < 1e-9)
    }

    @Test func headFollowsTheTangentAtTheEndOfACurve() throws {
        // Arrives from straight above: the last control point is directly over the end.
        let path = Path(
            start: Point(x: 0, y: 0),
            segments: [.curve(control1: Point(x: 80, y: 0), control2: Point(x: 50, y: 20), to: Point(x: 50, y: 90))],
            stroke: stroke, arrowAtEnd: true)
        let head = try #require(Arrowhead(for: path))
        #expect(abs(head.left.y - head.right.y) < 1e-9)
        #expect(head.left.y < head.tip.y)
        #expect(abs((head.left.x + head.right.x) / 2 - 50) < 1e-9)
    }

    @Test func pathWithoutDirectionHasNoHead() {
        let path = Path(start: Point(x: 3, y: 3), segments: [.line(to: Point(x: 3, y: 3))], stroke: stroke, arrowAtEnd: true)
        #expect(Arrowhead(for: path) == nil)
    }

    @Test func trimmingAStraightLineStopsShortOfTheTip() {
        let path = Path(start: Point(x: 0, y: 0), segments: [.line(to: Point(x: 30, y: 40))], stroke: stroke)
        #expect(path.trimmingEnd(by: 10).segments == [.line(to: Point(x: 24, y: 32))])
    }

    @Test func trimmingACurveKeepsItsShapeAndCutsAtTheDistance() throws {
        let bezier = CubicBezier(start: Point(x: 0, y: 0), control1: Point(x: 0, y: 60), control2: Point(x: 40, y: 100), end: Point(x: 100, y: 100))
        let path = Path(start: bezier.start, segments: [.curve(control1: bezier.control1, control2: bezier.control2, to: bezier.end)], stroke: stroke)
        guard case .curve(_, _, let end) = try #require(path.trimmingEnd(by: 12).segments.last) else {
            Issue.record("the trimmed segment is no longer a curve")
            return
        }
        #expect(abs(end.distance(to: bezier.end) - 12) < 1e-6)
        // The cut point lies on the original curve.
        let t = bezier.parameter(atDistance: 12, fromEnd: bezier.end)
        #expect(end.distance(to: bezier.point(at: t)) < 1e-9)
    }

    @Test func segmentsShorterThanTheHeadStayWhole() {
        let path = Path(start: Point(x: 0, y: 0), segments: [.line(to: Point(x: 4, y: 0))], stroke: stroke)
        #expect(path.trimmingEnd(by: 10) == path)
    }
}
