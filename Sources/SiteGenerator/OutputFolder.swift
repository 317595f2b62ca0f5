import CFileSwap
import Foundation

/// The folder a build publishes into, replaced whole or not at all.
///
/// A build writes into a staging folder beside it (`.<name>.staging-<pid>`), then swaps the two
/// with one atomic `renameat2(RENAME_EXCHANGE)`, so at every moment the folder holds either the
/// previous site or the new one, never a mix. A marker file says the folder was made by
/// backprop-site; a folder without it that holds other files is never replaced.
public struct OutputFolder: Sendable {
    /// Why an output folder cannot be used.
    public struct Refusal: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "refusing to write the site to \(path): \(reason)" }
    }

    /// The file that marks a folder as made by backprop-site.
    public static let markerName = ".backprop-site"

    /// The folder, as an absolute, standardized path.
    public let path: String

    /// Checks that `path` may be replaced: not `/`, not the home folder, not a folder holding a
    /// Swift package (such as the project itself), and either absent, empty or made by backprop-site.
    public init(_ path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) throws(Refusal) {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
        let absolute = url.standardizedFileURL.path
        self.path = absolute
        let manager = FileManager.default
        if absolute == "/" { throw Refusal(path: absolute, reason: "it is the root folder") }
        if absolute == manager.homeDirectoryForCurrentUser.standardizedFileURL.path {
            throw Refusal(path: absolute, reason: "it is your home folder")
        }
        if manager.fileExists(atPath: absolute + "/Package.swift") || manager.fileExists(atPath: absolute + "/.git") {
            throw Refusal(path: absolute, reason: "it holds a project (Package.swift or .git); choose a folder for the site alone")
        }
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: absolute, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw Refusal(path: absolute, reason: "it is a file, not a folder") }
        let contents = (try? manager.contentsOfDirectory(atPath: absolute)) ?? []
        if !contents.isEmpty && !contents.contains(Self.markerName) {
            throw Refusal(
                path: absolute,
                reason: "it holds files that backprop-site did not make (no \(Self.markerName) marker); empty it or choose another folder")
        }
    }

    private var parent: String { (path as NSString).deletingLastPathComponent }
    private var name: String { (path as NSString).lastPathComponent }

    /// A new, empty staging folder beside the output folder, marked as ours. Staging folders left
    /// behind by builds that were killed are removed first.
    public func makeStagingFolder() throws -> String {
        let manager = FileManager.default
        try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let staging = "\(parent)/.\(name).staging-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: staging)
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        try Data().write(to: URL(fileURLWithPath: "\(staging)/\(Self.markerName)"))
        return staging
    }

    /// Puts the staging folder in place of the output folder in one atomic step, then deletes the
    /// previous site.
    public func publish(staging: String) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            guard file_swap_exchange(staging, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [
                    NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "could not swap \(staging) into \(path): \(String(cString: strerror(errno)))",
                ])
            }
            try manager.removeItem(atPath: staging)
        } else {
            try manager.moveItem(atPath: staging, toPath: path)
        }
    }

    /// Deletes a staging folder after a failed build, leaving the output folder as it was.
    public func discard(staging: String) {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Staging folders of earlier builds whose process no longer runs.
    private func removeLeftovers() {
        let manager = FileManager.default
        let prefix = ".\(name).staging-"
        for entry in (try? manager.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count)), kill(pid, 0) != 0 else { continue }
            try? manager.removeItem(atPath: "\(parent)/\(entry)")
        }
    }
}
