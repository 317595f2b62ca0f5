/// A request as `serve` reads it: the request line and the header fields. Bodies are never read: only
/// `GET` and `HEAD` are served, and a request that sends a body is answered and its connection closed.
public struct HTTPRequest: Sendable {
    /// `GET`, `HEAD`, …, as sent.
    public var method: String
    /// The target's path, still percent-encoded, without the query.
    public var path: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    public var headers: HTTPHeaders

    public init(method: String, path: String, version: String = "HTTP/1.1", headers: HTTPHeaders = [:]) {
        self.method = method
        self.path = path
        self.version = version
        self.headers = headers
    }

    /// The request whose head (request line and header fields, each line ended by CRLF or LF, without
    /// the blank line) is `head`; nil when it is not HTTP/1.x.
    init?(head: [UInt8]) {
        // By bytes: as characters, "\r\n" is one.
        var lines = head.split(separator: 10, omittingEmptySubsequences: false)
            .map { Substring(decoding: $0.last == 13 ? $0.dropLast() : $0, as: UTF8.self) }
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3, requestLine[2] == "HTTP/1.1" || requestLine[2] == "HTTP/1.0" else { return nil }
        (method, version) = (String(requestLine[0]), String(requestLine[2]))
        // An absolute target ("http://host/path", as to a proxy) names the same path.
        var target = requestLine[1]
        if target.hasPrefix("http://") || target.hasPrefix("https://") {
            let afterScheme = target[target.firstRange(of: "://")!.upperBound...]
            target = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? "/"
        }
        path = String(target.prefix { $0 != "?" && $0 != "#" })
        headers = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers.append(String(line[..<colon]), Self.trimmed(line[line.index(after: colon)...]))
        }
    }

    /// Whether the client may send another request on the same connection: HTTP/1.1 unless it says
    /// `Connection: close`, HTTP/1.0 only if it says `keep-alive`; never after a body we did not read.
    var keepsConnectionOpen: Bool {
        if headers["Content-Length"].map({ $0 != "0" }) ?? false || headers["Transfer-Encoding"] != nil { return false }
        return version == "HTTP/1.1" ? !headers.contains("Connection", token: "close") : headers.contains("Connection", token: "keep-alive")
    }

    /// Whether this is a page opening a WebSocket (RFC 6455, section 4.1).
    var asksForWebSocket: Bool {
        method == "GET" && headers.contains("Upgrade", token: "websocket") && headers.contains("Connection", token: "upgrade")
    }

    /// `text` without the spaces and tabs around it.
    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
