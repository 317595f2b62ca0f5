import ExampleFile
import Foundation
import Testing

/// The corpus of bad example files in BadInputs/: each `name.yaml` sits beside `name.expected`, the exact
/// message it must give, with `{file}` for the file's path. A file is read as the build reads it: loaded
/// and validated, then its walkthrough computed (a number that overflows in a worked step is an error too).
/// Set `RECORD_BAD_INPUTS=1` to write the `.expected` files that are missing, then read them before committing.
@Suite struct BadInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadInputs")

    /// The corpus, by name without `.yaml`.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// The message `path` gives, with `{file}` in place of the path, or `nil` if the example is valid.
    static func message(ofFile path: String) -> String? {
        let description: String
        do {
            _ = try Example.load(from: path).walkthrough()
            return nil
        } catch let error as ExampleError {
            description = error.description
        } catch {
            description = "\(path): \(error)"
        }
        return description.replacingOccurrences(of: path, with: "{file}")
    }

    @Test func theCorpusCoversEveryKindOfMistake() {
        #expect(Self.names.count >= 120)
        for kind in ["syntax-", "key-", "text-", "network-", "training-", "data-"] {
            #expect(Self.names.filter { $0.hasPrefix(kind) }.count >= 8, "\(kind)")
        }
    }

    @Test(arguments: names)
    func givesTheExpectedMessage(_ name: String) throws {
        let path = Self.folder.appendingPathComponent("\(name).yaml").path
        let expectedURL = Self.folder.appendingPathComponent("\(name).expected")
        let message = try #require(Self.message(ofFile: path), "\(name).yaml is a valid example")
        guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
            if ProcessInfo.processInfo.environment["RECORD_BAD_INPUTS"] != nil {
                try Data((message + "\n").utf8).write(to: expectedURL)
            }
            Issue.record("\(name).expected is missing; the message is:\n\(message)")
            return
        }
        #expect(message == expected.trimmingCharacters(in: .newlines))
    }

    @Test func everyExpectedMessageHasItsFile() {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
        let orphans = files.filter { $0.hasSuffix(".expected") && !Self.names.contains(String($0.dropLast(9))) }
        #expect(orphans.isEmpty)
    }

    /// Too big to keep in the corpus: 10 001 training examples.
    @Test func tooManyTrainingExamples() {
        let rows = Array(repeating: "  - {input: [0, 1], target: [1]}", count: Example.mostTrainingExamples + 1)
        let yaml = SampleExample.replacing(12...13, with: rows.joined(separator: "\n"))
        #expect(throws: ExampleError(
            file: "x.yaml", line: 12, column: 3, field: "data", message: "has 10001 examples; an example file may have at most 10000"
        )) { try Example.parse(yaml: yaml, path: "x.yaml") }
    }

    @Test func theSampleItselfIsValid() throws {
        let example = try Example.parse(yaml: SampleExample.yaml, path: "x.yaml")
        #expect(example.id == "prueba")
        #expect(example.data.count == 2)
    }
}
