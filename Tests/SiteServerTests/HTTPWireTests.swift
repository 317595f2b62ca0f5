import Foundation
@testable import SiteServer
import Testing

/// What `serve` reads and writes on the wire: request heads, response messages, the WebSocket
/// handshake's accept key and frames.
@Suite struct HTTPWireTests {
    @Test func aRequestHeadGivesMethodPathAndHeaders() throws {
        let head = "GET http://127.0.0.1:8000/es/xor/?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match:  \"a\", \"b\" \r\nAccept: x\r\nAccept: y"
        let request = try #require(HTTPRequest(head: Array(head.utf8)))
        #expect(request.method == "GET" && request.path == "/es/xor/" && request.version == "HTTP/1.1")
        #expect(request.headers["if-none-match"] == "\"a\", \"b\"")
        #expect(request.headers["ACCEPT"] == "x, y")
        #expect(request.keepsConnectionOpen)
        #expect(HTTPRequest(head: Array("GET /\r\nHost: x".utf8)) == nil)
        #expect(HTTPRequest(head: Array("GET / HTTP/2\r\n".utf8)) == nil)
        #expect(HTTPRequest(head: Array("GET / HTTP/1.1\r\nno colon".utf8)) == nil)
    }

    @Test(arguments: [
        ("HTTP/1.1", "", true), ("HTTP/1.1", "Connection: close", false), ("HTTP/1.0", "", false),
        ("HTTP/1.0", "Connection: Keep-Alive", true), ("HTTP/1.1", "Content-Length: 5", false),
    ])
    func whetherTheConnectionStaysOpen(version: String, header: String, open: Bool) throws {
        let request = try #require(HTTPRequest(head: Array("GET / \(version)\r\n\(header)".utf8)))
        #expect(request.keepsConnectionOpen == open)
    }

    @Test func aResponseCarriesItsLengthAndLeavesTheBodyOutForHead() {
        let response = HTTPResponse(status: 404, headers: ["Content-Type": "text/plain"], body: Data("gone\n".utf8))
        #expect(String(decoding: response.message(withBody: true), as: UTF8.self)
            == "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\ngone\n")
        #expect(String(decoding: response.message(withBody: false), as: UTF8.self)
            == "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n")
        #expect(String(decoding: HTTPResponse(status: 304, headers: ["ETag": "\"1\""]).message(withBody: true), as: UTF8.self)
            == "HTTP/1.1 304 Not Modified\r\nETag: \"1\"\r\n\r\n")
    }

    @Test func headerNamesIgnoreCaseAndSettingReplaces() {
        var headers: HTTPHeaders = ["Content-Type": "text/html"]
        headers["content-type"] = "image/png"
        #expect(headers.fields.count == 1 && headers["CONTENT-TYPE"] == "image/png")
        headers["Content-Type"] = nil
        #expect(headers.fields.isEmpty)
    }

    /// FIPS 180-2's examples, and RFC 6455's handshake example (section 1.3).
    @Test func sha1AndTheWebSocketAcceptKey() {
        let hex = { (bytes: [UInt8]) in bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
            == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(hex(SHA1.digest([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(SiteServer.webSocketAccept(for: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test(arguments: [0, 5, 125, 126, 65535, 65536])
    func serverFramesHaveTheShortestLengthField(length: Int) {
        let bytes = [UInt8](WebSocketFrame(opcode: .text, payload: [UInt8](repeating: 65, count: length)).bytes)
        #expect(bytes[0] == 0x81)
        switch length {
        case ..<126: #expect(bytes[1] == UInt8(length) && bytes.count == 2 + length)
        case ..<65536: #expect(bytes[1] == 126 && Int(bytes[2]) << 8 | Int(bytes[3]) == length && bytes.count == 4 + length)
        default: #expect(bytes[1] == 127 && bytes[2..<10].reduce(0) { $0 << 8 | Int($1) } == length && bytes.count == 10 + length)
        }
    }
}
