@testable import CairoRendering
import Testing

@Suite struct SVGMarkupTests {
    func renumbered(_ svg: String) -> String {
        String(decoding: SVGMarkup(bytes: Array(svg.utf8)).renumberingIdentifiers().bytes, as: UTF8.self)
    }

    @Test func renamesIdsAndTheirReferencesInOrderOfFirstAppearance() {
        let cairo = """
            <symbol id="glyph7-3"/><symbol id="glyph7-1"/><clipPath id="clip12"/>\
            <g id="surface41" clip-path="url(#clip12)"><use xlink:href="#glyph7-1"/><use xlink:href="#glyph7-3"/></g>
            """
        #expect(renumbered(cairo) == """
            <symbol id="glyph1"/><symbol id="glyph2"/><clipPath id="clip1"/>\
            <g id="surface1" clip-path="url(#clip1)"><use xlink:href="#glyph2"/><use xlink:href="#glyph1"/></g>
            """)
    }

    @Test func leavesUndefinedNamesAlone() {
        let svg = ##"<g id="surface3" style="fill:#ff0000"><a href="#elsewhere"/></g>"##
        #expect(renumbered(svg) == ##"<g id="surface1" style="fill:#ff0000"><a href="#elsewhere"/></g>"##)
    }

    @Test func titleFollowsTheRootElement() {
        let svg = SVGMarkup(bytes: Array(#"<?xml version="1.0"?>\#n<svg width="2px"><g/></svg>"#.utf8)).insertingTitle("a < b & c")
        #expect(String(decoding: svg.bytes, as: UTF8.self) == #"<?xml version="1.0"?>\#n<svg width="2px">\#n<title>a &lt; b &amp; c</title><g/></svg>"#)
    }
}
