import FigureLayout
import Foundation
import LessonFormatting
import Testing

/// Golden text descriptions of the seed-004 figures, under Snapshots/. A missing file is recorded;
/// RECORD_SNAPSHOTS=1 records them all again on purpose.
@Suite struct FigureSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test(arguments: FigureKind.allCases, Language.allCases)
    func seed004SceneMatchesItsSnapshot(kind: FigureKind, language: Language) throws {
        let scene = try kind.scene(walkthrough: ExampleNetwork.seed004.walkthrough, context: testContext(language))
        let file = Self.folder.appendingPathComponent("seed-004-\(kind.rawValue)-\(language.code).txt")
        let actual = scene.textDescription
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        if record || !FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "\(file.lastPathComponent) differs; run with RECORD_SNAPSHOTS=1 if intended")
    }
}
