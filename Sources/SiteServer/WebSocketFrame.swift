import Foundation

/// One WebSocket frame (RFC 6455, section 5.2): what the live reload sends a page (text), and what a
/// page may send back (close, ping; anything else is read and ignored).
struct WebSocketFrame: Equatable, Sendable {
    /// The frames' kinds.
    enum Opcode: UInt8, Sendable {
        case continuation = 0x0, text = 0x1, binary = 0x2, close = 0x8, ping = 0x9, pong = 0xA
    }

    /// The largest payload read from a page: it sends only control frames (at most 125 bytes).
    static let maxPayload = 64 * 1024

    /// A frame that is not one.
    enum Failure: Error {
        case malformed
        case tooLarge
    }

    var opcode: Opcode
    var payload: [UInt8]

    /// A text message, whole in one frame.
    static func text(_ message: String) -> WebSocketFrame {
        WebSocketFrame(opcode: .text, payload: Array(message.utf8))
    }

    /// The frame as a server sends it: final, unmasked, with the shortest length field.
    var bytes: Data {
        var bytes: [UInt8] = [0x80 | opcode.rawValue]
        switch payload.count {
        case ..<126: bytes.append(UInt8(payload.count))
        case ..<65536: bytes += [126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
        default: bytes += [127] + (0..<8).reversed().map { UInt8(truncatingIfNeeded: payload.count >> ($0 * 8)) }
        }
        return Data(bytes + payload)
    }

    /// The next frame a page sends on `connection` (clients mask every frame), unmasked.
    static func read(from connection: inout HTTPConnection) async throws -> WebSocketFrame {
        let start = try await connection.read(count: 2)
        guard let opcode = Opcode(rawValue: start[0] & 0x0F), start[1] & 0x80 != 0 else { throw Failure.malformed }
        var length = Int(start[1] & 0x7F)
        if length >= 126 {
            let extended = try await connection.read(count: length == 126 ? 2 : 8)
            guard extended.count == 2 || extended[0] & 0x80 == 0 else { throw Failure.malformed }
            length = extended.reduce(0) { $0 << 8 | Int($1) }
        }
        guard length <= maxPayload else { throw Failure.tooLarge }
        let mask = try await connection.read(count: 4)
        let payload = try await connection.read(count: length).enumerated().map { $0.element ^ mask[$0.offset % 4] }
        return WebSocketFrame(opcode: opcode, payload: payload)
    }
}
