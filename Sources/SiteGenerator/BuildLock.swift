import Foundation

/// The lock that keeps two builds from writing the same output folder at once: an exclusive
/// `flock(2)` on the file `.<name>.lock` beside the folder, held from before the staging folder is
/// made until the site is published. The kernel releases it when the process ends, even when it is
/// killed, so a lock is never left behind; the file itself stays, which is harmless.
public final class BuildLock {
    /// Another build holds the lock.
    public struct Busy: Error, CustomStringConvertible {
        public let outputFolder: String
        /// The process that holds the lock, as it wrote in the lock file.
        public let holder: Int32?
        public var description: String {
            let who = holder.map { " (process \($0))" } ?? ""
            return "another build\(who) is writing \(outputFolder); wait for it to finish, then build again"
        }
    }

    /// The lock file could not be made or opened.
    public struct Unavailable: Error, CustomStringConvertible {
        public let lockFile: String
        public let reason: String
        public var description: String { "cannot lock the output folder: \(lockFile): \(reason)" }
    }

    /// The path of the lock file.
    public let lockFile: String
    private var descriptor: Int32

    /// Takes the lock of the output folder at `outputFolder` (an absolute path), without waiting.
    /// - Throws: `Busy` when another build holds it; `Unavailable` when the lock file cannot be made,
    ///   such as in a read-only folder.
    public init(outputFolder: String) throws {
        let parent = (outputFolder as NSString).deletingLastPathComponent
        lockFile = "\(parent)/.\((outputFolder as NSString).lastPathComponent).lock"
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Unavailable(lockFile: lockFile, reason: error.localizedDescription)
        }
        descriptor = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Unavailable(lockFile: lockFile, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(in: descriptor)
            close(descriptor)
            throw Busy(outputFolder: outputFolder, holder: holder)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    /// Releases the lock; a later build may take it.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// The process id the holder wrote in the lock file.
    private static func holder(in descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
