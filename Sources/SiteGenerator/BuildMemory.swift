import Synchronization

/// What the builds of one `build --watch` or `serve` session remember from one build to the next,
/// so that a rebuild after a change to one example redoes only what depends on it: the parsed
/// templates and string tables (kept while their files hold the same bytes), and each example page
/// (kept while everything it is made from is the same).
public final class BuildMemory: Sendable {
    private let templates = Mutex<(fingerprint: Fingerprint, templates: SiteTemplates)?>(nil)
    /// Pages by the fingerprint of what they were made from: those of the last build, and those the
    /// running build has used or made so far (older ones are forgotten, so memory does not grow).
    private let pages = Mutex<(last: [String: String], current: [String: String])>(([:], [:]))

    public init() {}

    /// The templates made from files whose contents give `fingerprint`: the remembered ones when
    /// they were made from the same bytes, else the result of `make`, remembered.
    func templates(for fingerprint: Fingerprint, make: () throws -> SiteTemplates) rethrows -> SiteTemplates {
        if let remembered = templates.withLock({ $0 }), remembered.fingerprint == fingerprint { return remembered.templates }
        let made = try make()
        templates.withLock { $0 = (fingerprint, made) }
        return made
    }

    /// A new build begins: pages the last build did not use are forgotten.
    func beginPages() {
        pages.withLock { $0 = ($0.current.isEmpty ? $0.last : $0.current, [:]) }
    }

    /// The page made from what gives `fingerprint`: remembered, or made by `make` and remembered.
    func page(for fingerprint: String, make: () throws -> String) rethrows -> String {
        if let page = pages.withLock({ $0.current[fingerprint] ?? $0.last[fingerprint] }) {
            pages.withLock { $0.current[fingerprint] = page }
            return page
        }
        let page = try make()
        pages.withLock { $0.current[fingerprint] = page }
        return page
    }
}
