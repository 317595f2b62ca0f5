import FlyingSocks
import Foundation

/// `serve`'s HTTP/1.1 server, over FlyingSocks' non-blocking sockets: the files of a `SiteFolder`,
/// with `ETag`s and `304 Not Modified`, `HEAD`, the right content types, the `ReloadScript` added to
/// every page, and the `LiveReload` WebSocket. Only `GET` and `HEAD`.
public struct SiteServer: Sendable {
    public let site: SiteFolder
    public let liveReload: LiveReload

    public init(site: SiteFolder, liveReload: LiveReload) {
        self.site = site
        self.liveReload = liveReload
    }

    /// Listens on `host`:`port` (port 0: any free port) until the task is cancelled; `listening`
    /// hears the address once the socket is open.
    public func run(host: String, port: UInt16, listening: @escaping @Sendable (String) -> Void) async throws {
        let address: any SocketAddress = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        let pool = SocketPool.ePoll()
        try await pool.prepare()
        let socket = try Socket(domain: Int32(type(of: address).family))
        defer { try? socket.close() }
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: address)
        try socket.listen()
        switch try socket.sockname() {
        case let .ip4(ip, port): listening("http://\(ip):\(port)/")
        case let .ip6(ip, port): listening("http://[\(ip)]:\(port)/")
        default: listening("http://\(host):\(port)/")
        }
        let listener = try AsyncSocket(socket: socket, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    for try await client in listener.sockets {
                        connections.addTask { await serve(HTTPConnection(socket: client)) }
                    }
                }
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Answers the requests of one connection until the client closes it or sends one that ends it.
    private func serve(_ connection: HTTPConnection) async {
        var connection = connection
        defer { try? connection.socket.close() }
        do {
            while let request = try await connection.nextRequest() {
                if request.path == ReloadScript.socketPath, request.asksForWebSocket {
                    try await streamLiveReload(answering: request, on: &connection)
                    return
                }
                var response = await respond(to: request)
                let keepOpen = request.keepsConnectionOpen && (request.method == "GET" || request.method == "HEAD")
                if !keepOpen { response.headers["Connection"] = "close" }
                try await connection.send(response.message(withBody: request.method != "HEAD"))
                if !keepOpen { return }
            }
        } catch HTTPConnection.Failure.headTooLarge {
            try? await connection.send(Self.text(431, "431 Request Header Fields Too Large\n").message(withBody: true))
        } catch HTTPConnection.Failure.malformed {
            try? await connection.send(Self.text(400, "400 Bad Request\n").message(withBody: true))
        } catch {
            // The client went away; nothing to answer.
        }
    }

    /// The answer to one request.
    public func respond(to request: HTTPRequest) async -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return HTTPResponse(status: 405, headers: ["Allow": "GET, HEAD"])
        }
        switch site.resolve(request.path) {
        case .refused: return Self.text(403, "403 Forbidden: this path leaves the site folder.\n")
        case .notFound:
            // A page that is not there yet (say, the first build failed) still hears the builds: it
            // shows the error, and reloads once a good build has made it.
            let path = request.path.removingPercentEncoding ?? request.path
            guard path.hasSuffix("/") || path.hasSuffix(".html") else { return Self.text(404, "404 Not Found\n") }
            let escaped = path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            let page = Data(("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head><body>"
                + "<p>404: \(escaped) is not in the site (yet).</p></body></html>\n").utf8)
            return HTTPResponse(
                status: 404, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"],
                body: ReloadScript.inject(into: page, generation: await liveReload.generation))
        case let .redirect(location): return HTTPResponse(status: 301, headers: ["Location": location])
        case let .file(path):
            let generation = await liveReload.generation
            guard let identity = SiteFolder.identity(of: path) else { return Self.text(404, "404 Not Found\n") }
            let isPage = path.hasSuffix(".html")
            // A page's bytes include the reload script of the current build, so its tag does too.
            let tag = "\"\(identity)\(isPage ? "-g\(generation)" : "")\""
            var headers: HTTPHeaders = ["Content-Type": ContentType.of(path), "ETag": tag, "Cache-Control": "no-cache"]
            if let match = request.headers["If-None-Match"], match.split(separator: ",").contains(where: {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "") == tag || $0 == "*"
            }) {
                return HTTPResponse(status: 304, headers: ["ETag": tag, "Cache-Control": "no-cache"])
            }
            guard var body = FileManager.default.contents(atPath: path) else { return Self.text(404, "404 Not Found\n") }
            if isPage { body = ReloadScript.inject(into: body, generation: generation) }
            if request.method == "HEAD" {
                headers["Content-Length"] = String(body.count)
                return HTTPResponse(status: 200, headers: headers)
            }
            return HTTPResponse(status: 200, headers: headers, body: body)
        }
    }

    private static func text(_ status: Int, _ message: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Data(message.utf8))
    }
}
