import Foundation

/// The built site as `serve` offers it: a request path is answered only with a regular file under the
/// folder. No directory listings, no `..` (plain or percent-encoded), no hidden files (the build
/// cache), and no symbolic link that leads out of the folder.
public struct SiteFolder: Sendable {
    /// What a request path names.
    public enum Resolution: Equatable, Sendable {
        /// A regular file under the folder, by its real path.
        case file(String)
        /// A folder asked for without its final slash: the same path with one (so relative links work).
        case redirect(String)
        /// Nothing to serve there (including a folder without an index.html: no listings).
        case notFound
        /// A path that tries to leave the folder, or is malformed.
        case refused
    }

    /// The folder served, as given.
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// What `requestPath` (the percent-encoded path of the request target, without the query) names.
    public func resolve(_ requestPath: String) -> Resolution {
        guard requestPath.hasPrefix("/"), let decoded = requestPath.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\")
        else { return .refused }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if segments.contains("..") { return .refused }
        if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        guard let realRoot = Self.realPath(root) else { return .notFound }
        var candidate = ([realRoot] + segments.map(String.init)).joined(separator: "/")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            guard requestPath.hasSuffix("/") else { return .redirect(requestPath + "/") }
            candidate += "/index.html"
        }
        // The real path, with every symbolic link followed, must still be under the folder.
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard real.hasPrefix(realRoot + "/") else { return .refused }
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue else { return .notFound }
        return .file(real)
    }

    /// `path` with every symbolic link and `.`/`..` resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension SiteFolder {
    /// A file's identity on disk (inode, size, modification time): what its `ETag` is made of, and
    /// the key under which its content fingerprint is remembered between builds.
    public static func identity(of path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return "\(status.st_ino)-\(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }

    /// A fingerprint of the content of every file served, by site path ("/es/xor/index.html").
    /// `known` remembers fingerprints by `identity`, so files kept from an earlier build (figures
    /// are hard-linked) are not read again.
    public func fingerprints(known: inout [String: UInt64]) -> [String: UInt64] {
        guard let realRoot = Self.realPath(root), let entries = FileManager.default.enumerator(atPath: realRoot) else { return [:] }
        var result: [String: UInt64] = [:]
        var seen: [String: UInt64] = [:]
        for case let entry as String in entries {
            if entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let path = realRoot + "/" + entry
            guard case .file = resolve("/" + entry), let identity = Self.identity(of: path) else { continue }
            let fingerprint = known[identity] ?? (FileManager.default.contents(atPath: path).map(Self.fnv1a) ?? 0)
            seen[identity] = fingerprint
            result["/" + entry] = fingerprint
        }
        known = seen
        return result
    }

    /// The 64-bit FNV-1a hash of `data`: enough to tell whether a file changed.
    static func fnv1a(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
    }
}
