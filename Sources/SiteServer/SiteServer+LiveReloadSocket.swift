import Foundation

extension SiteServer {
    /// Accepts a page's WebSocket (RFC 6455) on `connection` and sends it `liveReload`'s news until
    /// the page closes it; answers its pings and its close.
    func streamLiveReload(answering request: HTTPRequest, on connection: inout HTTPConnection) async throws {
        guard let key = request.headers["Sec-WebSocket-Key"], request.headers["Sec-WebSocket-Version"] == "13" else {
            let refusal = HTTPResponse(status: 400, headers: ["Sec-WebSocket-Version": "13", "Connection": "close"])
            try await connection.send(refusal.message(withBody: true))
            return
        }
        let handshake = HTTPResponse(
            status: 101, headers: ["Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Accept": Self.webSocketAccept(for: key)])
        try await connection.send(handshake.message(withBody: false))
        let news = await liveReload.listen()
        // One writer, so that news and answers to the page never interleave on the socket.
        let (frames, outgoing) = AsyncStream<WebSocketFrame>.makeStream()
        let socket = connection.socket
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await message in news { outgoing.yield(.text(message)) }
            }
            group.addTask {
                for await frame in frames {
                    do { try await socket.write(frame.bytes) } catch { return }
                }
            }
            reading: while let frame = try? await WebSocketFrame.read(from: &connection) {
                switch frame.opcode {
                case .ping: outgoing.yield(WebSocketFrame(opcode: .pong, payload: frame.payload))
                case .close:
                    outgoing.yield(WebSocketFrame(opcode: .close, payload: Array(frame.payload.prefix(2))))
                    break reading
                case .continuation, .text, .binary, .pong: continue
                }
            }
            // The writer sends what is queued and ends; then the news stop.
            outgoing.finish()
            await group.next()
            group.cancelAll()
        }
    }

    /// The `Sec-WebSocket-Accept` answer to a page's `Sec-WebSocket-Key` (RFC 6455, section 4.2.2).
    static func webSocketAccept(for key: String) -> String {
        Data(SHA1.digest(Array((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8))).base64EncodedString()
    }
}
