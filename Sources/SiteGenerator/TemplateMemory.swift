import Synchronization

/// The templates and string tables of the last build of a `build --watch` or `serve` session, kept
/// with a fingerprint of the files they were read from: the next build, after a change to an
/// example, reads the same bytes and takes them again instead of parsing and checking them anew.
public final class TemplateMemory: Sendable {
    private let last = Mutex<(fingerprint: Fingerprint, templates: SiteTemplates)?>(nil)

    public init() {}

    /// The templates made from files whose contents give `fingerprint`: the remembered ones when
    /// they were made from the same bytes, else the result of `make`, remembered.
    func templates(for fingerprint: Fingerprint, make: () throws -> SiteTemplates) rethrows -> SiteTemplates {
        if let remembered = last.withLock({ $0 }), remembered.fingerprint == fingerprint { return remembered.templates }
        let templates = try make()
        last.withLock { $0 = (fingerprint, templates) }
        return templates
    }
}
