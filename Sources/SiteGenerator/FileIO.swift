import Foundation

/// The site build's only contact with the disk, as closures (in the style of Saga's `FileIO`): the
/// disk version for the command line, an in-memory one for tests.
public struct FileIO: Sendable {
    /// The bytes of the file at a path.
    public var read: @Sendable (String) throws -> Data
    /// Writes bytes to a path, creating folders as needed.
    public var write: @Sendable (String, Data) throws -> Void
    /// Puts the file at the first path also at the second, creating folders as needed: a hard link on
    /// disk (so a figure kept from the previous build is not written again), a copy elsewhere.
    public var link: @Sendable (String, String) throws -> Void

    /// File access from `read` and `write`; `link` defaults to reading and writing a copy.
    public init(
        read: @escaping @Sendable (String) throws -> Data, write: @escaping @Sendable (String, Data) throws -> Void,
        link: (@Sendable (String, String) throws -> Void)? = nil
    ) {
        self.read = read
        self.write = write
        self.link = link ?? { source, destination in try write(destination, try read(source)) }
    }

    /// Reads and writes real files. Writes are not flushed to the disk one by one (`Data.write`
    /// syncs every file, which made writing a site of 200 files take a second): the site is built
    /// in a staging folder and published whole, so a crash leaves the previous site in place.
    public static let disk = FileIO(
        read: { path in try Data(contentsOf: URL(fileURLWithPath: path)) },
        write: writeFile,
        link: { source, destination in
            var status = Foundation.link(source, destination)
            if status != 0 && errno == ENOENT {
                let folder = URL(fileURLWithPath: destination).deletingLastPathComponent()
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                status = Foundation.link(source, destination)
            }
            if status != 0 {
                // Another file system, or one without hard links: a copy does the same job.
                try writeFile(destination, try Data(contentsOf: URL(fileURLWithPath: source)))
            }
        })

    /// Writes `data` to `path` with plain system calls, creating the folder when it is missing.
    @Sendable private static func writeFile(_ path: String, _ data: Data) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw writeError(path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw writeError(path) }
                offset += written
            }
        }
    }

    /// The error of a failed write to `path`, with the system's reason.
    private static func writeError(_ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "could not write \(path): \(String(cString: strerror(errno)))",
        ])
    }

    /// Reads from `files` and writes into it.
    public static func inMemory(_ files: InMemoryFiles) -> FileIO {
        FileIO(
            read: { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
                return data
            },
            write: { path, data in files[path] = data })
    }
}

/// A thread-safe folder of files in memory, by path.
public final class InMemoryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Data]

    public init(_ files: [String: Data] = [:]) { self.files = files }

    public subscript(path: String) -> Data? {
        get { lock.withLock { files[path] } }
        set { lock.withLock { files[path] = newValue } }
    }

    /// Every path, sorted.
    public var paths: [String] { lock.withLock { files.keys.sorted() } }
}
