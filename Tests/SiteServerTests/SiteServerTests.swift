import FlyingFox
import Foundation
import SiteServer
import Testing

/// The server's answers (`HEAD`, `ETag` and `304`, the reload script on pages only) and the news
/// `LiveReload` sends to the pages.
@Suite struct SiteServerTests {
    static func request(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:]) -> HTTPRequest {
        HTTPRequest(method: method, version: .http11, target: .init(path: path, query: ""), headers: headers, body: HTTPBodySequence(data: Data()))
    }

    @Test func pagesGetTheReloadScriptAndOtherFilesAreSentAsTheyAre() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        let page = await server.respond(to: Self.request(.GET, "/es/xor/"))
        #expect(page.statusCode == .ok)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        let html = String(decoding: try await page.bodyData, as: UTF8.self)
        #expect(html.contains("<script data-backprop-site-serve>") && html.hasSuffix("</script></body></html>"))
        #expect(html.contains(ReloadScript.socketPath))
        let figure = await server.respond(to: Self.request(.GET, "/es/xor/figures/forward.svg"))
        #expect(try await figure.bodyData == Data("<svg/>".utf8))
        #expect(figure.headers[.contentType] == "image/svg+xml")
    }

    @Test func headSendsTheLengthWithoutTheBody() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        let head = await server.respond(to: Self.request(.HEAD, "/es/xor/figures/forward.svg"))
        #expect(head.statusCode == .ok)
        #expect(head.headers[.contentLength] == "6")
        #expect(try await head.bodyData.isEmpty)
    }

    @Test func aKnownETagGetsNotModifiedUntilTheFileChanges() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        let first = await server.respond(to: Self.request(.GET, "/es/xor/figures/forward.svg"))
        let tag = try #require(first.headers[.eTag])
        let again = await server.respond(to: Self.request(.GET, "/es/xor/figures/forward.svg", headers: [.ifNoneMatch: tag]))
        #expect(again.statusCode == .notModified)
        #expect(try await again.bodyData.isEmpty)
        try Data("<svg></svg>".utf8).write(to: URL(fileURLWithPath: site.root).appending(path: "es/xor/figures/forward.svg"))
        let changed = await server.respond(to: Self.request(.GET, "/es/xor/figures/forward.svg", headers: [.ifNoneMatch: tag]))
        #expect(changed.statusCode == .ok)
        #expect(changed.headers[.eTag] != tag)
    }

    @Test func refusedMissingAndOtherMethods() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        #expect(await server.respond(to: Self.request(.GET, "/%2e%2e/secret.txt")).statusCode == .forbidden)
        #expect(await server.respond(to: Self.request(.GET, "/out.txt")).statusCode == .forbidden)
        #expect(await server.respond(to: Self.request(.GET, "/es/xor/figures/")).statusCode == .notFound)
        #expect(await server.respond(to: Self.request(.POST, "/es/xor/")).statusCode == .methodNotAllowed)
        let redirect = await server.respond(to: Self.request(.GET, "/es/xor"))
        #expect(redirect.statusCode == .movedPermanently && redirect.headers[.location] == "/es/xor/")
    }

    @Test func thePagesHearWhatChangedAndAFailedBuildsError() async throws {
        let news = LiveReload(fingerprints: ["/es/xor/index.html": 1, "/es/xor/figures/forward.svg": 2])
        let (client, _) = AsyncStream<WSMessage>.makeStream()
        var messages = try await news.makeMessages(for: client).makeAsyncIterator()
        #expect(await messages.next() == .text(#"{"generation":0}"#))
        #expect(await news.built(fingerprints: ["/es/xor/index.html": 3, "/es/xor/figures/forward.svg": 2, "/en/xor/index.html": 4])
            == ["/en/xor/index.html", "/es/xor/index.html"])
        #expect(await messages.next() == .text(#"{"changed":["/en/xor/index.html","/es/xor/index.html"],"generation":1}"#))
        await news.failed("Examples/xor.yaml:3:5: layers is empty")
        #expect(await messages.next() == .text(#"{"error":"Examples/xor.yaml:3:5: layers is empty","generation":1}"#))
        // A page opened while the build is broken hears the error at once.
        let (late, _) = AsyncStream<WSMessage>.makeStream()
        var lateMessages = try await news.makeMessages(for: late).makeAsyncIterator()
        #expect(await lateMessages.next() == .text(#"{"error":"Examples/xor.yaml:3:5: layers is empty","generation":1}"#))
        // The next good build clears it, even when no file changed.
        #expect(await news.built(fingerprints: ["/es/xor/index.html": 3, "/es/xor/figures/forward.svg": 2, "/en/xor/index.html": 4]).isEmpty)
        #expect(await messages.next() == .text(#"{"changed":[],"generation":2}"#))
    }

    @Test func theScriptGoesBeforeTheLastBodyEnd() {
        let page = Data("<html><body><p>&lt;/body&gt;</p></body></html>".utf8)
        let injected = String(decoding: ReloadScript.inject(into: page, generation: 7), as: UTF8.self)
        #expect(injected.hasPrefix("<html><body><p>&lt;/body&gt;</p><script data-backprop-site-serve>"))
        #expect(injected.contains("let generation = 7;"))
        #expect(injected.hasSuffix("</script></body></html>"))
    }
}

extension SiteServerTests {
    @Test func aMissingPageStillListensSoItCanShowTheErrorAndReload() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        let missing = await server.respond(to: Self.request(.GET, "/en/xor/"))
        #expect(missing.statusCode == .notFound)
        #expect(String(decoding: try await missing.bodyData, as: UTF8.self).contains("data-backprop-site-serve"))
        let figure = await server.respond(to: Self.request(.GET, "/en/xor/figures/forward.svg"))
        #expect(String(decoding: try await figure.bodyData, as: UTF8.self) == "404 Not Found\n")
    }
}
