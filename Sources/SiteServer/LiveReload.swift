import Foundation

/// What every open page hears about the builds, over the WebSocket of `ReloadScript`: after a good
/// build, which files changed (the pages showing one of them reload); after a failed one, its error
/// (shown over the last good page until the next good build). A page that connects hears the
/// current state at once.
public actor LiveReload {
    /// The number of good builds so far; the script of each page knows the one it was served from.
    public private(set) var generation = 0
    /// The error of the last build when it failed.
    public private(set) var failure: String?
    private var clients: [UUID: AsyncStream<String>.Continuation] = [:]
    /// Each served file's fingerprint after the last good build, by site path ("/es/xor/index.html").
    private var fingerprints: [String: UInt64]

    /// News for a site whose files are, at first, `fingerprints`.
    public init(fingerprints: [String: UInt64] = [:]) {
        self.fingerprints = fingerprints
    }

    /// A good build made files with these fingerprints: tell every page what changed.
    /// - Returns: the site paths that changed, were added or were removed.
    @discardableResult
    public func built(fingerprints new: [String: UInt64]) -> [String] {
        let changed = Set(new.keys).union(fingerprints.keys).filter { new[$0] != fingerprints[$0] }.sorted()
        fingerprints = new
        let hadFailure = failure != nil
        failure = nil
        if !changed.isEmpty || hadFailure {
            generation += 1
            broadcast(Self.json(["generation": generation, "changed": changed]))
        }
        return changed
    }

    /// A build failed with `message`: every page shows it over the last good version.
    public func failed(_ message: String) {
        failure = message
        broadcast(Self.json(["generation": generation, "error": message]))
    }

    /// The number of pages listening.
    public var listeners: Int { clients.count }

    /// The news for one more page, starting with the current state; the page stops listening by
    /// ending its iteration (its socket closed, its task cancelled).
    public func listen() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        clients[id] = continuation
        continuation.yield(Self.json(failure.map { ["generation": generation, "error": $0] } ?? ["generation": generation]))
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        return stream
    }

    private func remove(_ id: UUID) {
        clients.removeValue(forKey: id)
    }

    private func broadcast(_ text: String) {
        for client in clients.values { client.yield(text) }
    }

    private static func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }
}
