import Foundation
import Testing

/// Issue 10, item 8: `render -o forward.png` wrote SVG into forward.png, and `render`/`deck -o
/// victim.yaml` overwrote the lesson file.
@Suite struct FigureDestinationTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("destination-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [("png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("pdf", Array("%PDF".utf8)), ("svg", Array("<?xml".utf8))])
    func theFormatFollowsTheExtension(_ suffix: String, _ magic: [UInt8]) throws {
        let path = try Self.scratch().appendingPathComponent("forward.\(suffix)").path
        let run = try CommandLineTests.run(["render", "Examples/xor.yaml", "--figure", "forward", "-o", path])
        #expect(run.status == 0, "\(run.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: magic))
    }

    @Test func aContradictionIsRefused() throws {
        let path = try Self.scratch().appendingPathComponent("forward.png").path
        let run = try CommandLineTests.run(["render", "Examples/xor.yaml", "--figure", "forward", "--format", "svg", "-o", path])
        #expect(run.status == 2)
        #expect(run.error.contains("--format svg contradicts the extension .png"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func anExampleFileIsNeverOverwrittenWithoutForce() throws {
        let folder = try Self.scratch()
        let victim = folder.appendingPathComponent("victim.yaml")
        try FileManager.default.copyItem(at: CommandLineTests.root.appendingPathComponent("Examples/xor.yaml"), to: victim)
        let lesson = try Data(contentsOf: victim)
        for arguments in [
            ["render", "Examples/xor.yaml", "--figure", "forward", "-o", victim.path],
            ["render", "Examples/xor.yaml", "--figure", "forward", "--format", "svg", "-o", victim.path],
            ["deck", "Examples/xor.yaml", "-o", victim.path],
        ] {
            let run = try CommandLineTests.run(arguments)
            #expect(run.status != 0, "\(arguments)")
            #expect(try Data(contentsOf: victim) == lesson, "\(arguments)")
        }
        let forced = try CommandLineTests.run(["render", "Examples/xor.yaml", "--figure", "forward", "--format", "svg", "-o", victim.path, "--force"])
        #expect(forced.status == 0)
    }

    @Test func aFileThatIsNotOurFigureIsNotReplaced() throws {
        let folder = try Self.scratch()
        let notes = folder.appendingPathComponent("notes.pdf")
        try Data("my notes".utf8).write(to: notes)
        let run = try CommandLineTests.run(["deck", "Examples/xor.yaml", "-o", notes.path])
        #expect(run.status == 1)
        #expect(run.error.contains("refusing to overwrite a file that is not a pdf figure"))
        #expect(try Data(contentsOf: notes) == Data("my notes".utf8))
        // Our own figure is replaced as before.
        let figure = folder.appendingPathComponent("forward.svg")
        #expect(try CommandLineTests.run(["render", "Examples/xor.yaml", "--figure", "forward", "-o", figure.path]).status == 0)
        #expect(try CommandLineTests.run(["render", "Examples/xor.yaml", "--figure", "backward", "-o", figure.path]).status == 0)
    }
}
