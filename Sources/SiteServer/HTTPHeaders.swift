/// The header fields of a request or a response, in the order they came or were set; names compare
/// without regard to case, as HTTP says.
public struct HTTPHeaders: Sendable, ExpressibleByDictionaryLiteral {
    /// Each field's name (as written) and value.
    public private(set) var fields: [(name: String, value: String)] = []

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the field `name` (several fields of that name joined with ", "); setting it
    /// replaces them all, and nil removes them.
    public subscript(name: String) -> String? {
        get {
            let values = fields.filter { Self.same($0.name, name) }.map(\.value)
            return values.isEmpty ? nil : values.joined(separator: ", ")
        }
        set {
            let index = fields.firstIndex { Self.same($0.name, name) } ?? fields.endIndex
            fields.removeAll { Self.same($0.name, name) }
            if let newValue { fields.insert((name, newValue), at: min(index, fields.endIndex)) }
        }
    }

    /// Adds a field as it came in a request, keeping any others of the same name.
    mutating func append(_ name: String, _ value: String) {
        fields.append((name, value))
    }

    /// Whether the comma-separated list in the field `name` holds `token`, in any case
    /// ("Connection: keep-alive, Upgrade" holds "upgrade").
    func contains(_ name: String, token: String) -> Bool {
        self[name]?.split(separator: ",").contains { Self.same(String($0.filter { $0 != " " && $0 != "\t" }), token) } ?? false
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        a.lowercased() == b.lowercased()
    }
}
