import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file in the same folder, which is
/// then renamed over the destination (rename is atomic within one file system). A reader sees the
/// old file or the new one, never a partial one, and a failed write leaves no temporary file.
/// Like compilers and `dot`, it does not `fsync`: that would add 0.3 ms to a figure (several ms
/// while the disk is busy) to keep a file that the same command writes again across a power cut.
enum AtomicFile {
    /// Why a file could not be written, naming it.
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): cannot write the file: \(reason)" }
    }

    /// Writes `data` to `path`, replacing any file there.
    static func write(_ data: Data, to path: String) throws(WriteError) {
        let destination = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw WriteError(path: path, reason: "it is a folder; give a file name such as \(path)/figure.svg")
        }
        let folder = destination.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: Self.systemError()) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Self.systemError()
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = Self.systemError() }
        if failure == nil, rename(temporary, path) != 0 { failure = Self.systemError() }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}
