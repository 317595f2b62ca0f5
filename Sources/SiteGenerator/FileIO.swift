import Foundation

/// The site build's only contact with the disk, as closures (in the style of Saga's `FileIO`): the
/// disk version for the command line, an in-memory one for tests.
public struct FileIO: Sendable {
    /// The bytes of the file at a path.
    public var read: @Sendable (String) throws -> Data
    /// Writes bytes to a path, creating folders as needed.
    public var write: @Sendable (String, Data) throws -> Void

    public init(read: @escaping @Sendable (String) throws -> Data, write: @escaping @Sendable (String, Data) throws -> Void) {
        self.read = read
        self.write = write
    }

    /// Reads and writes real files.
    public static let disk = FileIO(
        read: { path in try Data(contentsOf: URL(fileURLWithPath: path)) },
        write: { path, data in
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        })

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
