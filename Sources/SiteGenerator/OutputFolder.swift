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
        let given = url.standardizedFileURL.path
        let manager = FileManager.default
        // A symbolic link is published through: the site goes to the folder it points to, and the link stays.
        let absolute: String
        if let target = try? manager.destinationOfSymbolicLink(atPath: given) {
            let resolved = URL(fileURLWithPath: target, relativeTo: URL(fileURLWithPath: (given as NSString).deletingLastPathComponent, isDirectory: true))
                .standardizedFileURL.resolvingSymlinksInPath().path
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: resolved, isDirectory: &isFolder) else {
                throw Refusal(
                    path: given,
                    reason: "it is a symbolic link to \(target), which does not exist; create that folder or give --out another folder")
            }
            guard isFolder.boolValue else {
                throw Refusal(path: given, reason: "it is a symbolic link to \(target), which is a file, not a folder")
            }
            absolute = resolved
        } else {
            absolute = given
        }
        self.path = absolute
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
    public func makeStagingFolder() throws(Refusal) -> String {
        let manager = FileManager.default
        let staging = "\(parent)/.\(name).staging-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            removeLeftovers()
            Self.removeTree(staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            try Data().write(to: URL(fileURLWithPath: "\(staging)/\(Self.markerName)"))
        } catch {
            throw Refusal(path: path, reason: "cannot create the staging folder \(staging) beside it (\(Self.reason(error)))")
        }
        return staging
    }

    /// Puts the staging folder in place of the output folder in one atomic step, then deletes the
    /// previous site.
    public func publish(staging: String) throws(Refusal) {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            guard file_swap_exchange(staging, path) == 0 else {
                throw Refusal(path: path, reason: "could not swap the new site into place (\(String(cString: strerror(errno))))")
            }
            Self.removeTree(staging)
        } else {
            do {
                try manager.moveItem(atPath: staging, toPath: path)
            } catch {
                throw Refusal(path: path, reason: "could not move the new site into place (\(Self.reason(error)))")
            }
        }
    }

    /// A Foundation error as a short sentence: its POSIX reason when it has one, never a raw dump.
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteFileExists: return "a file of that name already exists"
        case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileWriteOutOfSpace: return "the disk is full"
        default: return "error \(nsError.code)"
        }
    }

    /// Refuses an output folder that is `folder` (an input folder such as the examples, named by
    /// `option` in the message), lies inside it or holds it: the site would be read back as input, and
    /// `--watch` would rebuild forever on its own output.
    public func requireSeparate(from folder: String, option: String) throws(Refusal) {
        let other = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        if other == path || other.hasPrefix(path + "/") || path.hasPrefix(other + "/") {
            throw Refusal(
                path: path,
                reason: "it overlaps the \(option) folder \(folder), so the site would be read back as input; choose a folder outside it")
        }
    }

    /// Deletes a staging folder after a failed build, leaving the output folder as it was.
    public func discard(staging: String) {
        Self.removeTree(staging)
    }

    /// Staging folders of earlier builds whose process no longer runs.
    private func removeLeftovers() {
        let manager = FileManager.default
        let prefix = ".\(name).staging-"
        for entry in (try? manager.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count)), kill(pid, 0) != 0 else { continue }
            Self.removeTree("\(parent)/\(entry)")
        }
    }
}
