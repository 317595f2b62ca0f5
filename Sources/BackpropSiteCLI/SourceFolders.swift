import Foundation
import SiteGenerator

/// The folders a site is built from (examples and templates): their files, a fingerprint of their
/// contents, and a cheap snapshot of sizes and modification times for `--watch`.
struct SourceFolders {
    let folders: [String]

    /// Every input file below the folders (see `InputFiles` for what is ignored), by path, in path order.
    func files() -> [String] {
        folders.flatMap { InputFiles.files(below: $0) }.sorted()
    }

    /// A fingerprint of every file's path and bytes, plus `extra` (languages, the tool's identity).
    func fingerprint(extra: [String]) -> String {
        var fingerprint = Fingerprint()
        extra.forEach { fingerprint.add($0) }
        for path in files() {
            fingerprint.add(path)
            fingerprint.add((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
        }
        return fingerprint.hex
    }

    /// Each file's size and modification time, by path.
    func snapshot() -> [String: String] {
        Dictionary(uniqueKeysWithValues: files().map { path in
            let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return (path, "\(size) \(modified)")
        })
    }
}
