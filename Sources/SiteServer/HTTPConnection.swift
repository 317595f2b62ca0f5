import FlyingSocks
import Foundation

/// One client's connection: the requests it sends one after another (HTTP/1.1 keeps a connection
/// open for the next), read through a buffer that a WebSocket's frames are read from after the
/// handshake.
struct HTTPConnection {
    /// The largest request head (request line and header fields) read: a browser's are under 8 KB.
    static let maxHeadSize = 32 * 1024

    /// A request that cannot be answered.
    enum Failure: Error {
        case malformed
        case headTooLarge
    }

    let socket: AsyncSocket
    /// Bytes read from the socket and not yet taken.
    private var buffer: [UInt8] = []

    init(socket: AsyncSocket) {
        self.socket = socket
    }

    /// The next request; nil when the client closed the connection between requests.
    mutating func nextRequest() async throws -> HTTPRequest? {
        while true {
            // Empty lines before a request line are allowed (RFC 9112, section 2.2).
            if let start = buffer.firstIndex(where: { $0 != 13 && $0 != 10 }) { buffer.removeFirst(start) } else { buffer.removeAll() }
            if let (headEnd, next) = Self.blankLine(in: buffer) {
                let head = Array(buffer[..<headEnd])
                buffer.removeFirst(next)
                guard let request = HTTPRequest(head: head) else { throw Failure.malformed }
                return request
            }
            guard buffer.count <= Self.maxHeadSize else { throw Failure.headTooLarge }
            do {
                buffer += try await socket.read(atMost: 8192)
            } catch SocketError.disconnected where buffer.isEmpty {
                return nil
            }
        }
    }

    /// The next `count` bytes the client sends.
    mutating func read(count: Int) async throws -> [UInt8] {
        while buffer.count < count {
            buffer += try await socket.read(atMost: max(count - buffer.count, 4096))
        }
        defer { buffer.removeFirst(count) }
        return Array(buffer[..<count])
    }

    /// Sends `data` whole.
    func send(_ data: Data) async throws {
        try await socket.write(data)
    }

    /// Where the head ends (before the line break of its last line) and the next bytes start (after
    /// the blank line), if `bytes` hold a whole head.
    private static func blankLine(in bytes: [UInt8]) -> (headEnd: Int, next: Int)? {
        for index in bytes.indices where bytes[index] == 10 {
            if index + 1 < bytes.count, bytes[index + 1] == 10 { return (index, index + 2) }
            if index + 2 < bytes.count, bytes[index + 1] == 13, bytes[index + 2] == 10 { return (index, index + 3) }
        }
        return nil
    }
}
