import Yams

/// A string file read as a tree of keys with text at the leaves, without deciding what each plain
/// scalar means: that decision (YAML 1.1's implicit int, float, bool, null, timestamp, merge and value
/// tags) runs a set of regular expressions whose compilation dominates the start of a short command
/// such as `render`.
///
/// The shortcut is taken only when it cannot change the result: when every plain key and leaf starts
/// in a way no implicit tag can match, it reads the same strings as `Yams.load` with its default
/// resolver would. Anything else (a plain scalar that might be a number, `yes`, `null`, `<<` or `=`,
/// an explicit tag, a sequence, or a file the composer rejects) gives `nil`, and the caller reads the
/// file the ordinary way, with the same values and the same errors as before.
struct PlainStringTree {
    /// Text by dotted key path (`home.cycle.title`), untrimmed, as the YAML file holds it.
    let leaves: [String: String]

    /// The leaves of `yaml`, or `nil` when the file needs the default resolver (see the type's note).
    init?(yaml: String) {
        guard let root = try? Yams.compose(yaml: yaml, .basic), case let .mapping(mapping) = root,
            Self.hasTag(root, .map)
        else { return nil }
        var leaves: [String: String] = [:]
        func collect(_ mapping: Node.Mapping, prefix: String) -> Bool {
            for (key, value) in mapping {
                guard case let .scalar(keyScalar) = key, Self.isCertainlyText(key, keyScalar) else { return false }
                let path = prefix.isEmpty ? keyScalar.string : "\(prefix).\(keyScalar.string)"
                switch value {
                case let .scalar(scalar):
                    guard Self.isCertainlyText(value, scalar) else { return false }
                    leaves[path] = scalar.string
                case let .mapping(inner):
                    guard Self.hasTag(value, .map), collect(inner, prefix: path) else { return false }
                default:
                    return false
                }
            }
            return true
        }
        guard collect(mapping, prefix: "") else { return nil }
        self.leaves = leaves
    }

    /// Whether the default resolver would also read `scalar` as a string: it is quoted or a block, or
    /// plain and starting with a character none of the implicit tags' patterns can start with, and
    /// its tag is not explicit.
    private static func isCertainlyText(_ node: Node, _ scalar: Node.Scalar) -> Bool {
        guard hasTag(node, .str) else { return false }
        if scalar.style != .plain && scalar.style != .any { return true }
        guard let first = scalar.string.unicodeScalars.first else { return false }  // empty is null
        // int, float and timestamp start with a digit, a sign or a dot; null is `~`; merge `<<`; value `=`.
        if "0123456789+-.~<=".unicodeScalars.contains(first) { return false }
        // bool and null words, in any of the cases the patterns accept (compared loosely, to be safe).
        return scalar.string.utf8.count > 5 || !booleanAndNullWords.contains(scalar.string.lowercased())
    }

    /// The words YAML 1.1 reads as booleans or null (the longest has 5 letters).
    private static let booleanAndNullWords: Set<String> = ["yes", "no", "true", "false", "on", "off", "null"]

    /// Whether `node` has the tag `name` (explicit, or implicit as the basic resolver reads it).
    private static func hasTag(_ node: Node, _ name: Tag.Name) -> Bool { node.tag.description == name.rawValue }
}
