import Foundation
import SiteServer
import Testing

/// What `serve` answers for a path: only regular files under the site folder.
@Suite struct SiteFolderTests {
    /// A site with a page, a figure, a hidden file, a symbolic link inside and one out of it, and a
    /// secret file beside the site.
    static func makeSite() throws -> (site: SiteFolder, base: URL) {
        let base = FileManager.default.temporaryDirectory.appending(path: "site-folder-\(UUID().uuidString)")
        let root = base.appending(path: "site")
        try FileManager.default.createDirectory(at: root.appending(path: "es/xor/figures"), withIntermediateDirectories: true)
        try Data("<html><body>xor</body></html>".utf8).write(to: root.appending(path: "es/xor/index.html"))
        try Data("<svg/>".utf8).write(to: root.appending(path: "es/xor/figures/forward.svg"))
        try Data("{}".utf8).write(to: root.appending(path: ".backprop-site-cache.json"))
        try Data("secret".utf8).write(to: base.appending(path: "secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appending(path: "out.txt").path, withDestinationPath: base.appending(path: "secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: root.appending(path: "outfolder").path, withDestinationPath: base.path)
        try FileManager.default.createSymbolicLink(atPath: root.appending(path: "in.svg").path, withDestinationPath: "es/xor/figures/forward.svg")
        return (SiteFolder(root: root.path), base)
    }

    @Test func filesUnderTheFolderAreServed() throws {
        let (site, base) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        guard case let .file(path) = site.resolve("/es/xor/figures/forward.svg") else { Issue.record("not served"); return }
        #expect(path.hasSuffix("/site/es/xor/figures/forward.svg"))
        guard case let .file(page) = site.resolve("/es/xor/") else { Issue.record("index not served"); return }
        #expect(page.hasSuffix("/es/xor/index.html"))
        guard case .file = site.resolve("/in.svg") else { Issue.record("a link inside the folder is refused"); return }
        #expect(site.resolve("/es/%78or/index.html") != .notFound)
    }

    @Test(arguments: [
        "/../secret.txt", "/es/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd", "/es/..%2f..%2fsecret.txt",
        "/out.txt", "/outfolder/secret.txt", "/es/xor/index.html%00.svg", "/..\\secret.txt", "relative",
    ])
    func pathsThatLeaveTheFolderAreRefused(_ path: String) throws {
        let (site, base) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(site.resolve(path) == .refused, "\(path)")
    }

    @Test func noListingsNoHiddenFilesAndFoldersGetTheirSlash() throws {
        let (site, base) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(site.resolve("/es/xor/figures/") == .notFound)
        #expect(site.resolve("/.backprop-site-cache.json") == .notFound)
        #expect(site.resolve("/nothing.html") == .notFound)
        #expect(site.resolve("/es/xor") == .redirect("/es/xor/"))
    }

    @Test func contentTypes() {
        #expect(ContentType.of("/a/forward.svg") == "image/svg+xml")
        #expect(ContentType.of("/a/index.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("/assets/fonts/Asana-Math.otf") == "font/otf")
        #expect(ContentType.of("/x.woff2") == "font/woff2")
        #expect(ContentType.of("/a/deck.pdf") == "application/pdf")
        #expect(ContentType.of("/a/forward.png") == "image/png")
        #expect(ContentType.of("/assets/style.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("/LICENSE") == "application/octet-stream")
    }
}
