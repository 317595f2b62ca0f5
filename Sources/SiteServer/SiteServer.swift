import FlyingFox
import FlyingSocks
import Foundation

/// `serve`'s HTTP server (FlyingFox): the files of a `SiteFolder`, with `ETag`s and `304 Not
/// Modified`, `HEAD`, the right content types, the `ReloadScript` added to every page, and the
/// `LiveReload` WebSocket. Only `GET` and `HEAD`.
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
        let server = HTTPServer(config: .init(address: address, timeout: 60, logger: .disabled))
        await server.appendRoute(HTTPRoute("GET \(ReloadScript.socketPath)"), to: WebSocketHTTPHandler.webSocket(liveReload))
        await server.appendRoute("*", handler: respond)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening(timeout: 10)
                let bound = await server.listeningAddress
                switch bound {
                case let .ip4(ip, port): listening("http://\(ip):\(port)/")
                case let .ip6(ip, port): listening("http://[\(ip)]:\(port)/")
                default: listening("http://\(host):\(port)/")
                }
            }
            do {
                try await group.waitForAll()
            } catch {
                await server.stop()
                throw error
            }
        }
    }

    /// The answer to one request.
    @Sendable public func respond(to request: HTTPRequest) async -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        switch site.resolve(request.target.path(percentEncoded: true)) {
        case .refused: return Self.text(.forbidden, "403 Forbidden: this path leaves the site folder.\n")
        case .notFound:
            // A page that is not there yet (say, the first build failed) still hears the builds: it
            // shows the error, and reloads once a good build has made it.
            let path = request.target.path(percentEncoded: false)
            guard path.hasSuffix("/") || path.hasSuffix(".html") else { return Self.text(.notFound, "404 Not Found\n") }
            let escaped = path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            let page = Data(("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head><body>"
                + "<p>404: \(escaped) is not in the site (yet).</p></body></html>\n").utf8)
            return HTTPResponse(
                statusCode: .notFound, headers: HTTPHeaders([.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]),
                body: ReloadScript.inject(into: page, generation: await liveReload.generation))
        case let .redirect(location): return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
        case let .file(path):
            let generation = await liveReload.generation
            guard let identity = SiteFolder.identity(of: path) else { return Self.text(.notFound, "404 Not Found\n") }
            let isPage = path.hasSuffix(".html")
            // A page's bytes include the reload script of the current build, so its tag does too.
            let tag = "\"\(identity)\(isPage ? "-g\(generation)" : "")\""
            var headers: HTTPHeaders = [.contentType: ContentType.of(path), .eTag: tag, .cacheControl: "no-cache"]
            if let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "") == tag || $0 == "*"
            }) {
                return HTTPResponse(statusCode: .notModified, headers: HTTPHeaders([.eTag: tag, .cacheControl: "no-cache"]))
            }
            guard var body = FileManager.default.contents(atPath: path) else { return Self.text(.notFound, "404 Not Found\n") }
            if isPage { body = ReloadScript.inject(into: body, generation: generation) }
            if request.method == .HEAD {
                headers[.contentLength] = String(body.count)
                return HTTPResponse(statusCode: .ok, headers: headers)
            }
            return HTTPResponse(statusCode: .ok, headers: headers, body: body)
        }
    }

    private static func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]), body: Data(message.utf8))
    }
}
