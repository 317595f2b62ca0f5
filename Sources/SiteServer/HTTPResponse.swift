import Foundation

/// An answer of `serve`: a status, header fields and a body.
public struct HTTPResponse: Sendable {
    /// 200, 304, 404, …
    public var status: Int
    public var headers: HTTPHeaders
    public var body: Data

    public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The bytes sent for it: the status line, the header fields (with the body's `Content-Length`
    /// unless they give one, or the status has no body), a blank line and, unless the request was a
    /// `HEAD`, the body.
    func message(withBody: Bool) -> Data {
        var fields = headers
        if fields["Content-Length"] == nil, status >= 200, status != 204, status != 304 {
            fields["Content-Length"] = String(body.count)
        }
        var head = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "Status \(status)")\r\n"
        for (name, value) in fields.fields { head += "\(name): \(value)\r\n" }
        return Data((head + "\r\n").utf8) + (withBody ? body : Data())
    }

    /// The reason phrases of the statuses `serve` sends (RFC 9110).
    private static let reasons = [
        101: "Switching Protocols", 200: "OK", 301: "Moved Permanently", 304: "Not Modified", 400: "Bad Request",
        403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 431: "Request Header Fields Too Large",
    ]
}
