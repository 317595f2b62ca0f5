import Foundation

extension Example {
    /// Reads the example file at `path` and validates it; the only part of this module that touches the disk.
    /// - Throws: `ExampleError` when the file is missing, a directory or not a regular file, unreadable,
    ///   empty, larger than 1 MB, binary or not UTF-8, or not a valid example (see `parse(yaml:path:)`).
    public static func load(from path: String) throws(ExampleError) -> Example {
        try LastParsedExample.shared.example(path: path, text: text(ofFile: path)) { text, path throws(ExampleError) in
            try parse(yaml: text, path: path)
        }
    }

    /// The text of an example file, refusing anything that is not a small UTF-8 text file before
    /// reading more of it than needed.
    private static func text(ofFile path: String) throws(ExampleError) -> String {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExampleError(file: path, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ExampleError(
                file: path, message: "is a directory; give the path of an example file, such as Examples/xor.yaml")
        }
        // lstat, as FileManager's attributes would (a symbolic link is not a regular file), without
        // their look-up of the owner's and group's names in /etc/passwd and /etc/group.
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw ExampleError(file: path, message: "is not a regular file")
        }
        let size = Int(status.st_size)
        guard size <= largestFile else {
            throw ExampleError(
                file: path, message: "is \(size) bytes; an example file may have at most 1 MB (\(largestFile) bytes)")
        }
        guard files.isReadableFile(atPath: path), let data = files.contents(atPath: path) else {
            throw ExampleError(file: path, message: "cannot be read; check its permissions")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw ExampleError(file: path, message: "is UTF-16 text; save it as UTF-8")
        }
        // Valid UTF-8 without a NUL byte (nearly every file): decoded once, by the standard library's validator.
        if !data.withUnsafeBytes({ $0.contains(0) }), let text = String(validating: data, as: UTF8.self) { return text }
        if let problem = firstNonTextByte(in: data) {
            let what = problem.byte == 0
                ? "a NUL byte, so it looks like a binary file, not a YAML text file"
                : String(format: "the byte 0x%02X, which is not UTF-8; save the file as UTF-8 text", problem.byte)
            throw ExampleError(file: path, line: problem.line, column: problem.column, message: "contains \(what)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The first NUL byte or invalid UTF-8 sequence, with its line and column (counted in Unicode
    /// scalars, as YAML positions are).
    private static func firstNonTextByte(in data: Data) -> (byte: UInt8, line: Int, column: Int)? {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0, line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\0" { return (0, line, column) }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                offset += encoded.count
            case .error:
                return (data[data.startIndex + offset], line, column)
            case .emptyInput:
                return nil
            }
        }
    }
}
