/// The media type of a served file, by its extension, with a charset for text.
public enum ContentType {
    /// The `Content-Type` header value of the file at `path`.
    public static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        let fileExtension = name.contains(".") ? String(name.split(separator: ".").last!).lowercased() : ""
        return types[fileExtension] ?? "application/octet-stream"
    }

    private static let types: [String: String] = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": "application/json",
        "txt": "text/plain; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "pdf": "application/pdf",
        "dot": "text/vnd.graphviz; charset=utf-8",
        "otf": "font/otf",
        "ttf": "font/ttf",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ico": "image/x-icon",
    ]
}
