extension String {
    /// The Levenshtein distance to `other`: how many characters must be inserted, deleted or replaced
    /// to turn one into the other. Case and the difference between '-' and '_' are ignored, so that
    /// `Learning-Rate` is no distance at all from `learning_rate`.
    func editDistance(to other: String) -> Int {
        let source = Array(Self.normalized(self)), target = Array(Self.normalized(other))
        var previous = Array(0...target.count)
        for i in source.indices {
            var current = [i + 1]
            for j in target.indices {
                let substitution = previous[j] + (source[i] == target[j] ? 0 : 1)
                current.append(Swift.min(substitution, previous[j + 1] + 1, current[j] + 1))
            }
            previous = current
        }
        return previous[target.count]
    }

    /// The candidate this string is most likely a typo of, if one is close enough: at most a third of
    /// its characters (and at least one) differ.
    func closestMatch(in candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: editDistance(to: $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let allowed = Swift.max(1, Swift.max(count, best.candidate.count) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    private static func normalized(_ text: String) -> String {
        String(text.lowercased().map { $0 == "-" ? "_" : $0 })
    }
}
