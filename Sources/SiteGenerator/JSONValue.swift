/// A JSON document written by hand, because Foundation's encoder on Linux does not round-trip every
/// Double. Numbers are written with Swift's shortest exact representation; keys keep their order;
/// arrays of numbers stay on one line so matrices read as rows.
indirect enum JSONValue: Equatable {
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }

    /// A vector as an array of numbers.
    static func numbers(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.number)) }

    /// Rows of numbers.
    static func rows(_ rows: [[Double]]) -> JSONValue { .array(rows.map(numbers)) }

    /// The document, indented by two spaces per level.
    func text(indent: Int = 0) -> String {
        let inner = String(repeating: " ", count: indent + 2)
        let outer = String(repeating: " ", count: indent)
        switch self {
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        case .string(let text):
            return Self.quoted(text)
        case .array(let values):
            if values.allSatisfy({ if case .number = $0 { true } else { false } }) {
                return "[" + values.map { $0.text() }.joined(separator: ", ") + "]"
            }
            return "[\n" + values.map { inner + $0.text(indent: indent + 2) }.joined(separator: ",\n") + "\n\(outer)]"
        case .object(let members):
            return "{\n" + members.map { inner + Self.quoted($0.key) + ": " + $0.value.text(indent: indent + 2) }
                .joined(separator: ",\n") + "\n\(outer)}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
