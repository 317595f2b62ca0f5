import Yams

extension ExampleError {
    /// The error for a file that is not well-formed YAML, at the line and column libyaml reports.
    init(_ error: YamlError, file: String) {
        switch error {
        case let .scanner(context, problem, mark, yaml),
             let .parser(context, problem, mark, yaml),
             let .composer(context, problem, mark, yaml):
            var message = "malformed YAML: \(problem)"
            if let context, context.text.hasPrefix("while") {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            } else if let context {
                message = "malformed YAML: \(context.text), \(problem)"
            }
            if Self.line(mark.line, of: yaml).contains("\t") {
                message += "; indent with spaces, YAML does not allow tabs"
            }
            self.init(file: file, line: mark.line, column: mark.column, message: message)
        case let .reader(problem, offset, _, yaml):
            let position = offset.map { Self.position(ofCharacter: $0, in: yaml) }
            self.init(file: file, line: position?.line, column: position?.column, message: "malformed YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            self.init(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "duplicate key \(keys): a key may appear only once in a mapping")
        default:
            self.init(file: file, message: "could not be read as YAML: \(error)")
        }
    }

    /// The text of line `number` (from 1) of `text`.
    private static func line(_ number: Int, of text: String) -> Substring {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return lines.indices.contains(number - 1) ? lines[number - 1] : ""
    }

    /// The 1-based line and column (in Unicode scalars, as libyaml counts) of the character at `offset`.
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = text.prefix(offset)
        let line = before.count(where: \.isNewline) + 1
        let lineStart = before.lastIndex(where: \.isNewline).map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }
}
