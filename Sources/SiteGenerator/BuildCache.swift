import Foundation

/// What the last build was made from and what it wrote, kept beside the output folder (not in it, so
/// that uploading the site uploads only the site; not committed), so that the next build can skip what
/// did not change: the whole build when no input changed and the output is intact, and the figures of
/// every example and language whose inputs are the same.
public struct BuildCache: Codable, Equatable, Sendable {
    /// The name the cache file ends with.
    public static let fileName = ".backprop-site-cache.json"

    /// The cache file of the site in `folder`: beside it, "site" → ".site.backprop-site-cache.json".
    public static func path(forSite folder: String) -> String {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent)\(fileName)").path
    }

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
    /// Which folder the cache describes (`identity(ofSite:)` when it was published): a cache kept
    /// beside the site must not vouch for a folder that was since deleted, replaced or copied over.
    public var site: String?
    /// The manifest: every file the build wrote, by path in the site, as `record(of:)`.
    public var files: [String: String] = [:]

    public init(build: String? = nil, figures: [String: Figures] = [:], site: String? = nil, files: [String: String] = [:]) {
        self.build = build
        self.figures = figures
        self.site = site
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
    /// build writes the cache last, after publishing).
    public func verifies(folder: String) -> Bool {
        let manager = FileManager.default
        guard !files.isEmpty,
              let written = (try? manager.attributesOfItem(atPath: Self.path(forSite: folder)))?[.modificationDate] as? Date
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

    /// The cache of the site in `folder`, or an empty one when there is none or it describes
    /// another folder than the one there now.
    public static func read(from folder: String, io: FileIO) -> BuildCache {
        guard let data = try? io.read(path(forSite: folder)),
              let cache = try? JSONDecoder().decode(BuildCache.self, from: data),
              cache.site == nil || cache.site == identity(ofSite: folder)
        else { return BuildCache() }
        return cache
    }

    /// The folder at `folder` as the file system knows it (device, inode and the time its list of
    /// files last changed), nil when absent: a new folder at the same path (deleted and made again,
    /// or a copy put in its place, even one that reuses the inode) has another.
    public static func identity(ofSite folder: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: folder),
              let device = attributes[.systemNumber], let inode = attributes[.systemFileNumber],
              let modified = attributes[.modificationDate] as? Date
        else { return nil }
        return "\(device):\(inode):\(modified.timeIntervalSince1970)"
    }

    /// The cache as a file, keys sorted so the bytes are stable.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (try? encoder.encode(self)) ?? Data()
    }
}
