import ExampleFile
import Foundation
import Testing

/// The I/O edge: files that are not small UTF-8 text are refused before parsing, with the path.
@Suite struct LoadingTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ExampleFileTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to a new file in the test folder and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func loadError(_ path: String) -> ExampleError? {
        #expect(throws: ExampleError.self) { try Example.load(from: path) }
    }

    @Test func loadsAValidFileAndKeepsItsPath() throws {
        let path = try file("prueba.yaml", Array(SampleExample.yaml.utf8))
        let example = try Example.load(from: path)
        #expect(example.sourcePath == path)
        #expect(example == (try Example.parse(yaml: SampleExample.yaml, path: path)))
    }

    @Test func missingFile() {
        let path = folder.appendingPathComponent("nada.yaml").path
        let error = loadError(path)
        #expect(error == ExampleError(file: path, message: "no such file"))
        #expect(error?.description == "\(path): no such file")
    }

    @Test func directory() {
        #expect(loadError(folder.path)?.message.hasPrefix("is a directory;") == true)
    }

    @Test func emptyFile() throws {
        let path = try file("vacio.yaml", [])
        #expect(loadError(path)?.message.hasPrefix("the file is empty; an example needs the keys id, title") == true)
    }

    @Test func fileLargerThanOneMegabyte() throws {
        let path = try file("grande.yaml", Array(repeating: UInt8(ascii: "#"), count: Example.largestFile + 1))
        #expect(loadError(path)?.message == "is 1048577 bytes; an example file may have at most 1 MB (1048576 bytes)")
    }

    /// Refused from its size alone, without reading it: a sparse 50 MB file.
    @Test func fiftyMegabyteFile() throws {
        let path = try file("enorme.yaml", [])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        #expect(loadError(path)?.message == "is 52428800 bytes; an example file may have at most 1 MB (1048576 bytes)")
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let path = try file("bom.yaml", [0xEF, 0xBB, 0xBF] + Array(SampleExample.yaml.utf8))
        #expect(try Example.load(from: path).id == "prueba")
    }

    @Test func binaryFile() throws {
        let path = try file("imagen.yaml", Array("id: x\nab".utf8) + [0, 1, 2])
        let error = loadError(path)
        #expect(error?.line == 2 && error?.column == 3)
        #expect(error?.message == "contains a NUL byte, so it looks like a binary file, not a YAML text file")
    }

    @Test func notUTF8() throws {
        let path = try file("latin1.yaml", Array("id: se".utf8) + [0xF1] + Array("al\n".utf8))
        let error = loadError(path)
        #expect(error?.line == 1 && error?.column == 7)
        #expect(error?.message == "contains the byte 0xF1, which is not UTF-8; save the file as UTF-8 text")
    }

    @Test func utf16() throws {
        let path = try file("utf16.yaml", [0xFF, 0xFE] + Array("id: x".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(loadError(path)?.message == "is UTF-16 text; save it as UTF-8")
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func unreadableFile() throws {
        let path = try file("secreto.yaml", Array(SampleExample.yaml.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        #expect(loadError(path)?.message == "cannot be read; check its permissions")
    }

    @Test func invalidExampleInAFileNamesTheFile() throws {
        let path = try file("mala.yaml", Array(SampleExample.replacing(10, with: "learning_rate: 0").utf8))
        #expect(loadError(path)?.description == "\(path):10:16: learning_rate must be greater than 0, got 0")
    }
}
