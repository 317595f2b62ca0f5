import Foundation
import Testing

/// `worksheet` run as a user runs it: the files it writes, their determinism, and its answers to mistakes.
@Suite struct WorksheetCommandTests {
    func inFreshFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("worksheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func writesOneSheetPerVariantAndAKeyTheSameForTheSameSeed() throws {
        try inFreshFolder { folder in
            let first = folder.appendingPathComponent("a"), second = folder.appendingPathComponent("b")
            for target in [first, second] {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                let run = try CommandLineTests.run([
                    "worksheet", "Examples/sigmoide-con-sesgos.yaml", "--variants", "3", "--seed", "12", "--lang", "en",
                    "-o", target.path,
                ])
                #expect(run.status == 0, "\(run.error)")
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
            #expect(names == [
                "sigmoide-con-sesgos-answers-en.pdf", "sigmoide-con-sesgos-worksheet-en-1.pdf",
                "sigmoide-con-sesgos-worksheet-en-2.pdf", "sigmoide-con-sesgos-worksheet-en-3.pdf",
            ])
            for name in names {
                let a = try Data(contentsOf: first.appendingPathComponent(name))
                #expect(a.starts(with: Data("%PDF".utf8)))
                #expect(a == (try Data(contentsOf: second.appendingPathComponent(name))), "\(name) differs between runs")
            }
            let sheets = try names.filter { $0.contains("worksheet") }.map { try Data(contentsOf: first.appendingPathComponent($0)) }
            #expect(Set(sheets).count == 3)
        }
    }

    @Test(arguments: [
        (["--variants", "0"], "--variants must be from 1 to 200"),
        (["--variants", "2", "-o", "/nonexistent-folder"], "no such folder"),
    ])
    func misusedOptionsExitWithTwoAndSayWhy(_ options: [String], _ explanation: String) throws {
        let run = try CommandLineTests.run(["worksheet", "Examples/xor.yaml"] + options)
        #expect(run.status == 2)
        #expect(run.error.contains(explanation), "\(run.error)")
    }

    @Test func aNetworkTooLargeToWorkByHandIsRefused() throws {
        try inFreshFolder { folder in
            let file = folder.appendingPathComponent("wide.yaml")
            try """
                id: wide
                title: {es: "Ancha", en: "Wide"}
                layers: [8, 2, 1]
                activations: [relu, linear]
                loss: half-squared-error
                learning_rate: 0.1
                data:
                  - {input: [1, 1, 1, 1, 1, 1, 1, 1], target: [1]}
                """.write(to: file, atomically: true, encoding: .utf8)
            let run = try CommandLineTests.run(["worksheet", file.path, "--variants", "2", "-o", folder.path])
            #expect(run.status == 1)
            #expect(run.error.contains("wide.yaml: no worksheet: layer 1 has 8 neurons"), "\(run.error)")
        }
    }
}
