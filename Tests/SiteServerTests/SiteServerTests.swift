import Foundation
import SiteServer
import Testing

/// The server's answers (`HEAD`, `ETag` and `304`, the reload script on pages only) and the news
/// `LiveReload` sends to the pages.
@Suite struct SiteServerTests {
    static func request(_ method: String, _ path: String, headers: HTTPHeaders = [:]) -> HTTPRequest {
        HTTPRequest(method: method, path: path, headers: headers)
    }

    @Test func pagesGetTheReloadScriptAndOtherFilesAreSentAsTheyAre() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        let page = await server.respond(to: Self.request("GET", "/es/xor/"))
        #expect(page.status == 200)
        #expect(page.headers["Content-Type"] == "text/html; charset=utf-8")
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.contains("<script data-backprop-site-serve>") && html.hasSuffix("</script></body></html>"))
        #expect(html.contains(ReloadScript.socketPath))
        let figure = await server.respond(to: Self.request("GET", "/es/xor/figures/forward.svg"))
        #expect(figure.body == Data("<svg/>".utf8))
        #expect(figure.headers["Content-Type"] == "image/svg+xml")
    }

    @Test func headSendsTheLengthWithoutTheBody() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        let head = await server.respond(to: Self.request("HEAD", "/es/xor/figures/forward.svg"))
        #expect(head.status == 200)
        #expect(head.headers["Content-Length"] == "6")
        #expect(head.body.isEmpty)
    }

    @Test func aKnownETagGetsNotModifiedUntilTheFileChanges() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        let first = await server.respond(to: Self.request("GET", "/es/xor/figures/forward.svg"))
        let tag = try #require(first.headers["ETag"])
        let again = await server.respond(to: Self.request("GET", "/es/xor/figures/forward.svg", headers: ["If-None-Match": tag]))
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        try Data("<svg></svg>".utf8).write(to: URL(fileURLWithPath: site.root).appending(path: "es/xor/figures/forward.svg"))
        let changed = await server.respond(to: Self.request("GET", "/es/xor/figures/forward.svg", headers: ["If-None-Match": tag]))
        #expect(changed.status == 200)
        #expect(changed.headers["ETag"] != tag)
    }

    @Test func refusedMissingAndOtherMethods() async throws {
        let (site, base) = try SiteFolderTests.makeSite()
        defer { try? FileManager.default.removeItem(at: base) }
        let server = SiteServer(site: site, liveReload: LiveReload())
        #expect(await server.respond(to: Self.request("GET", "/%2e%2e/secret.txt")).status == 403)
        #expect(await server.respond(to: Self.request("GET", "/out.txt")).status == 403)
        #expect(await server.respond(to: Self.request("GET", "/es/xor/figures/")).status == 404)
        #expect(await server.respond(to: Self.request("POST", "/es/xor/")).status == 405)
        let redirect = await server.respond(to: Self.request("GET", "/es/xor"))
        #expect(redirect.status == 301 && redirect.headers["Location"] == "/es/xor/")
    }

    @Test func thePagesHearWhatChangedAndAFailedBuildsError() async throws {
        let news = LiveReload(fingerprints: ["/es/xor/index.html": 1, "/es/xor/figures/forward.svg": 2])
        var messages = await news.listen().makeAsyncIterator()
        #expect(await messages.next() == #"{"generation":0}"#)
        #expect(await news.built(fingerprints: ["/es/xor/index.html": 3, "/es/xor/figures/forward.svg": 2, "/en/xor/index.html": 4])
            == ["/en/xor/index.html", "/es/xor/index.html"])
        #expect(await messages.next() == #"{"changed":["/en/xor/index.html","/es/xor/index.html"],"generation":1}"#)
        await news.failed("Examples/xor.yaml:3:5: layers is empty")
        #expect(await messages.next() == #"{"error":"Examples/xor.yaml:3:5: layers is empty","generation":1}"#)
        // A page opened while the build is broken hears the error at once.
        var lateMessages = await news.listen().makeAsyncIterator()
        #expect(await lateMessages.next() == #"{"error":"Examples/xor.yaml:3:5: layers is empty","generation":1}"#)
        // The next good build clears it, even when no file changed.
        #expect(await news.built(fingerprints: ["/es/xor/index.html": 3, "/es/xor/figures/forward.svg": 2, "/en/xor/index.html": 4]).isEmpty)
        #expect(await messages.next() == #"{"changed":[],"generation":2}"#)
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
        let missing = await server.respond(to: Self.request("GET", "/en/xor/"))
        #expect(missing.status == 404)
        #expect(String(decoding: missing.body, as: UTF8.self).contains("data-backprop-site-serve"))
        let figure = await server.respond(to: Self.request("GET", "/en/xor/figures/forward.svg"))
        #expect(String(decoding: figure.body, as: UTF8.self) == "404 Not Found\n")
    }
}
