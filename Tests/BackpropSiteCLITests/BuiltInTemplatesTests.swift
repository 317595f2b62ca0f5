import BuiltInTemplates
import Foundation
import LessonFormatting
import Testing

/// The templates built into the program are exactly Templates/: every file, byte for byte.
@Suite struct BuiltInTemplatesTests {
    @Test func theBuiltInCopyIsTemplatesFolder() throws {
        let folder = CommandLineTests.root.appending(path: "Templates")
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var onDisk: [String: Data] = [:]
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            let url = folder.appending(path: path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            onDisk[path] = try Data(contentsOf: url)
        }
        #expect(BuiltInTemplates.paths == onDisk.keys.sorted())
        for (path, data) in onDisk { #expect(BuiltInTemplates.file(path) == data, "\(path)") }
        #expect(BuiltInTemplates.file("fonts/Asana-Math.otf") != nil)
        #expect(BuiltInTemplates.file("fonts/none.otf") == nil)
    }

    @Test func writingThemOutGivesTheSameFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "ejected-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuiltInTemplates.write(to: folder.path)
        for path in BuiltInTemplates.paths {
            #expect(try Data(contentsOf: folder.appending(path: path)) == BuiltInTemplates.file(path), "\(path)")
        }
    }

    /// The tables parsed at build time are what parsing the files gives, and are used only for
    /// exactly those bytes.
    @Test(arguments: Language.allCases)
    func theStringTablesParsedAtBuildTimeAreTheFiles(language: Language) throws {
        let path = "strings/\(language.code).yaml"
        let data = try #require(BuiltInTemplates.file(path))
        let parsed = try #require(BuiltInTemplates.parsedStringTable(path, ifSameAs: data))
        #expect(parsed == (try StringTable.parse(yaml: String(decoding: data, as: UTF8.self), language: language)).strings)
        #expect(BuiltInTemplates.parsedStringTable(path, ifSameAs: data + Data("\n".utf8)) == nil)
        #expect(BuiltInTemplates.parsedStringTable("base.mustache", ifSameAs: data) == nil)
    }
}
