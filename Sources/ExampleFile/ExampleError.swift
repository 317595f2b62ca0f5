/// Why an example file could not be read or is not a valid example, and where: the file, the line and
/// column (1-based) when the problem sits at a YAML node, and the field path such as `weights[1]` or
/// `data[2].input`.
///
/// Its description reads like a compiler message:
/// `Examples/mi-red.yaml:12:5: weights[1] has 3 rows, but layer 3 has 2 neurons`.
public struct ExampleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path of the example file, as given.
    public let file: String
    /// The line of the offending YAML node, from 1; `nil` when the problem is the whole file.
    public let line: Int?
    /// The column of the offending YAML node, from 1, counted in Unicode scalars.
    public let column: Int?
    /// The field path, such as `learning_rate`, `weights[1]` or `data[2].target`; `nil` when the problem
    /// is not about one field (a missing file, malformed YAML).
    public let field: String?
    /// What is wrong and what was expected. When `field` is set, it continues the field's name:
    /// "has 3 rows, but layer 3 has 2 neurons".
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        guard let field else { return "\(location): \(message)" }
        return "\(location): \(field) \(message)"
    }
}
