import Foundation

/// What the last build was made from, kept in the output folder (not committed) so that the next
/// build can skip what did not change: the whole build when no input changed, and the figures of
/// every example and language whose inputs are the same.
public struct BuildCache: Codable, Equatable, Sendable {
    /// The file the cache is kept in, inside the output folder.
    public static let fileName = ".backprop-site-cache.json"

    /// The figures of one example in one language: what they were drawn from, and their alt texts
    /// (by figure name), which the page needs when the figures are kept.
    public struct Figures: Codable, Equatable, Sendable {
        public var fingerprint: String
        public var alt: [String: String]

        public init(fingerprint: String, alt: [String: String]) {
            self.fingerprint = fingerprint
            self.alt = alt
        }
    }

    /// The fingerprint of every input of the build (example files, templates, languages, the tool).
    public var build: String?
    /// The figures of each example in each language, by "<lang>/<id>".
    public var figures: [String: Figures] = [:]
    /// The manifest: every file the build wrote (but this one), by path in the site, as `record(of:)`.
    public var files: [String: String] = [:]

    public init(build: String? = nil, figures: [String: Figures] = [:], files: [String: String] = [:]) {
        self.build = build
        self.figures = figures
        self.files = files
    }

    /// A file's entry in the manifest: its size in bytes and a hash of its bytes.
    public static func record(of data: Data) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(data)
        return "\(data.count) \(fingerprint.hex)"
    }

    /// Whether the site in `folder` still holds every file of the manifest with the bytes the build
    /// wrote (a deleted folder, a missing figure or an overwritten page make it false). Cheap: it
    /// compares sizes, and reads and hashes only the files modified after the cache was written (the
    /// build writes the cache last).
    public func verifies(folder: String) -> Bool {
        let manager = FileManager.default
        guard !files.isEmpty,
              let written = (try? manager.attributesOfItem(atPath: "\(folder)/\(Self.fileName)"))?[.modificationDate] as? Date
        else { return false }
        for (path, record) in files {
            let size = record.split(separator: " ").first.map(String.init)
            guard let attributes = try? manager.attributesOfItem(atPath: "\(folder)/\(path)"),
                  let actual = attributes[.size] as? NSNumber, size == actual.stringValue
            else { return false }
            if let modified = attributes[.modificationDate] as? Date, modified > written {
                guard let data = manager.contents(atPath: "\(folder)/\(path)"), Self.record(of: data) == record else { return false }
            }
        }
        return true
    }

    /// The cache of the site in `folder`, or an empty one.
    public static func read(from folder: String, io: FileIO) -> BuildCache {
        guard let data = try? io.read("\(folder)/\(fileName)") else { return BuildCache() }
        return (try? JSONDecoder().decode(BuildCache.self, from: data)) ?? BuildCache()
    }

    /// The cache as a file, keys sorted so the bytes are stable.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (try? encoder.encode(self)) ?? Data()
    }
}
