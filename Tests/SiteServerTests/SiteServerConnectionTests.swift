import FlyingSocks
import Foundation
import SiteServer
import Testing

/// The server over a real loopback connection: requests one after another on one connection, and a
/// page's WebSocket from the handshake to its close.
@Suite struct SiteServerConnectionTests {
    /// A running server on a free port of 127.0.0.1, and its port.
    static func start(_ server: SiteServer) async throws -> (task: Task<Void, any Error>, port: UInt16) {
        let (addresses, address) = AsyncStream<String>.makeStream()
        let task = Task { try await server.run(host: "127.0.0.1", port: 0) { address.yield($0) } }
        var next = addresses.makeAsyncIterator()
        let url = try #require(await next.next())
        return (task, try #require(UInt16(url.split(separator: ":").last!.dropLast())))
    }

    /// Reads from `socket` until `bytes` hold what `complete` looks for.
    static func read(_ socket: AsyncSocket, into bytes: inout [UInt8], until complete: ([UInt8]) -> Bool) async throws {
        while !complete(bytes) { bytes += try await socket.read(atMost: 65536) }
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func twoRequestsOnOneConnection() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let (server, port) = try await Self.start(SiteServer(site: site, liveReload: LiveReload()))
        defer { server.cancel() }
        let socket = try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        defer { try? socket.close() }
        try await socket.write(Data("HEAD /es/xor/figures/forward.svg HTTP/1.1\r\nHost: x\r\n\r\nGET /es/xor/figures/forward.svg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8))
        var bytes: [UInt8] = []
        try await Self.read(socket, into: &bytes) { Self.text($0).hasSuffix("<svg/>") }
        let answers = Self.text(bytes).components(separatedBy: "HTTP/1.1 200 OK\r\n")
        #expect(answers.count == 3)
        #expect(answers[1].contains("Content-Type: image/svg+xml\r\n") && answers[1].contains("Content-Length: 6\r\n") && answers[1].hasSuffix("\r\n\r\n"))
        #expect(answers[2].contains("Connection: close\r\n") && answers[2].hasSuffix("\r\n\r\n<svg/>"))
    }

    @Test func aPageHearsTheNewsOverItsWebSocketUntilItClosesIt() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let news = LiveReload()
        let (server, port) = try await Self.start(SiteServer(site: site, liveReload: news))
        defer { server.cancel() }
        let socket = try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        defer { try? socket.close() }
        try await socket.write(Data(("GET \(ReloadScript.socketPath) HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").utf8))
        let handshake = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n"
        let first = [0x81, 16] + Array(#"{"generation":0}"#.utf8)
        var bytes: [UInt8] = []
        try await Self.read(socket, into: &bytes) { $0.count >= handshake.utf8.count + first.count }
        #expect(bytes == Array(handshake.utf8) + first)
        await news.built(fingerprints: ["/es/xor/index.html": 1])
        bytes = []
        try await Self.read(socket, into: &bytes) { $0.count >= 2 && $0.count >= 2 + Int($0[1]) }
        #expect(bytes == [0x81, 49] + Array(#"{"changed":["/es/xor/index.html"],"generation":1}"#.utf8))
        // A masked close with status 1000: the server closes too, and the page no longer listens.
        let mask: [UInt8] = [1, 2, 3, 4]
        try await socket.write(Data([0x88, 0x82] + mask + [0x03 ^ mask[0], 0xE8 ^ mask[1]]))
        bytes = []
        try await Self.read(socket, into: &bytes) { $0.count >= 4 }
        #expect(bytes == [0x88, 2, 0x03, 0xE8])
        for _ in 0..<200 where await news.listeners > 0 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(await news.listeners == 0)
    }
}
