import Foundation
import Testing

/// The committed site/ is what the README's first command makes from the shipped examples.
@Suite struct SiteFreshnessTests {
    /// Every file below `folder`, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        let manager = FileManager.default
        var result: [String: Data] = [:]
        let enumerator = try #require(manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator
        where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            result[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }

    @Test func committedSiteMatchesAFreshBuild() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: scratch)
            // The build cache is kept beside the site.
            try? FileManager.default.removeItem(
                at: scratch.deletingLastPathComponent().appendingPathComponent(".\(scratch.lastPathComponent).backprop-site-cache.json"))
        }
        let run = try CommandLineTests.run(["build", "--out", scratch.path])
        #expect(run.status == 0, "\(run.error)")
        let fresh = try Self.files(in: scratch)
        let committed = try Self.files(in: CommandLineTests.root.appendingPathComponent("site"))
        #expect(fresh.count > 10)
        let stale = Set(fresh.keys).union(committed.keys).filter { fresh[$0] != committed[$0] }.sorted()
        #expect(stale.isEmpty, "site/ is stale; run `make site` and commit it. Differing files: \(stale.prefix(20))")
    }
}
