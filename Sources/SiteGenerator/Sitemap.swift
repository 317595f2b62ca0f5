/// sitemap.xml: every page of the site at its absolute address, with its translations as
/// `hreflang` alternates, for a site published at a known base URL.
struct Sitemap {
    /// Page paths relative to the site root, such as "es/xor/index.html".
    let pages: [String]
    /// The site's address, ending in "/".
    let baseURL: String

    /// The XML text, pages in path order.
    var xml: String {
        let languagePages = pages.filter { $0 != "index.html" }
        // A page's translations are the pages with the same path after the language folder.
        let byPath = Dictionary(grouping: languagePages) { $0.drop { $0 != "/" } }
        let entries = pages.sorted().map { page -> String in
            let alternates = page == "index.html" ? [] : (byPath[page.drop { $0 != "/" }] ?? []).sorted().map {
                "    <xhtml:link rel=\"alternate\" hreflang=\"\($0.prefix { $0 != "/" })\" href=\"\(address($0))\"/>\n"
            }
            return "  <url>\n    <loc>\(address(page))</loc>\n\(alternates.joined())  </url>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """ + entries.joined() + "</urlset>\n"
    }

    /// The absolute address of `page`, without "index.html" (the address a static host serves).
    private func address(_ page: String) -> String {
        HTML.escape(baseURL + (page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page))
    }
}
