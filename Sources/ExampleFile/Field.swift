import Yams

/// One value of an example file with its place: the field path used in messages (`data[2].input`) and,
/// through its YAML node, its line and column. Every reading either returns a plain value or throws an
/// `ExampleError` that points at this node.
struct Field {
    /// The YAML node, which carries the mark (line, column).
    let node: Node
    /// The field path, such as `weights[1][0]`; empty for the whole document.
    let path: String
    /// The example file, for messages.
    let file: String

    /// An error about this field, at its line and column.
    func error(_ message: String) -> ExampleError {
        ExampleError(
            file: file, line: node.mark?.line, column: node.mark?.column, field: path.isEmpty ? nil : path,
            message: message)
    }

    /// The error for a required `key` that this mapping lacks, at the mapping's line and column.
    func missing(_ key: String, _ expected: String) -> ExampleError {
        child(key, node).error("is missing: \(expected)")
    }

    /// The field `key` of this mapping.
    func child(_ key: String, _ node: Node) -> Field {
        Field(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// The element at `index` (from 0) of this list.
    func element(_ index: Int, _ node: Node) -> Field {
        Field(node: node, path: "\(path)[\(index)]", file: file)
    }

    // MARK: Collections

    /// The entries of a mapping by key, after checking that every key is one of `known`; an unknown key
    /// is reported at its own position, with the closest known key as a suggestion.
    func mapping(known: [String], expected: String) throws(ExampleError) -> [String: Field] {
        guard case .mapping(let mapping) = node else { throw error("must be \(expected), got \(kind)") }
        var entries: [String: Field] = [:]
        for (keyNode, value) in mapping {
            // Only for messages: made when a key is wrong, not for each of 10,000 examples' keys.
            var keyField: Field { child(keyNode.scalar?.string.visible ?? "", keyNode) }
            guard case .scalar(let key) = keyNode else {
                throw ExampleError(
                    file: file, line: keyNode.mark?.line, column: keyNode.mark?.column,
                    message: "keys are plain names such as \(known[0]), but this key is \(keyField.kind)")
            }
            guard known.contains(key.string) else {
                if let suggestion = key.string.closestMatch(in: known) {
                    throw keyField.error("is not a known key; did you mean '\(suggestion)'?")
                }
                throw keyField.error("is not a known key; the keys are \(known.joined(separator: ", "))")
            }
            entries[key.string] = child(key.string, value)
        }
        return entries
    }

    /// The elements of a list.
    func list(expected: String) throws(ExampleError) -> [Field] {
        guard isList else { throw error("must be \(expected), got \(kind)") }
        return elements
    }

    /// The nodes of a list's elements, without a `Field` for each (see `element(_:_:)`).
    func listNodes(expected: String) throws(ExampleError) -> [Node] {
        guard case .sequence(let sequence) = node else { throw error("must be \(expected), got \(kind)") }
        return Array(sequence)
    }

    /// The elements, when the node is a list; none otherwise.
    var elements: [Field] {
        guard case .sequence(let sequence) = node else { return [] }
        return sequence.enumerated().map { element($0.offset, $0.element) }
    }

    /// A list of exactly `count` finite numbers. The length is checked before any number is read;
    /// `mismatch` words the error from the length found.
    func numbers(expected: String, count: Int, mismatch: (Int) -> String) throws(ExampleError) -> [Double] {
        let elements = try list(expected: expected)
        guard elements.count == count else { throw error(mismatch(elements.count)) }
        var numbers: [Double] = []
        for element in elements { numbers.append(try element.quantity()) }
        return numbers
    }

    // MARK: Scalars

    /// A finite number. Quoted numbers, `.nan`, `.inf` and numbers that overflow a `Double` (1e400)
    /// are refused with a message that says so.
    func number() throws(ExampleError) -> Double {
        guard let scalar = plainScalar else { throw error("must be a number, got \(kind)\(quoteHint)") }
        let text = scalar.string
        switch text.lowercased() {
        case ".nan":
            throw error("is .nan (not a number); every number in an example must be finite")
        case ".inf", "+.inf", "-.inf":
            throw error("is \(text) (infinite); every number in an example must be finite")
        default:
            break
        }
        guard text.isDecimalNumber, let value = Double(text)
        else { throw error("must be a number, got \(kind)") }
        guard value.isFinite else {
            throw error("is \(text), which is too large for a number (it overflows to infinity); "
                + "every number in an example must be finite")
        }
        return value
    }

    /// A number of the network or its training (a weight, a bias, an input, a target, η, λ): finite and
    /// at most `Example.largestMagnitude` in size, so that every number the lesson computes from it can
    /// be written out on a page.
    func quantity() throws(ExampleError) -> Double {
        let value = try number()
        guard abs(value) <= Example.largestMagnitude else {
            throw error("is \((plainScalar?.string ?? "").visible), but the numbers of an example must lie between −1000000 and 1000000")
        }
        return value
    }

    /// A whole number (an integer, or a number like 3.0 with nothing after the point).
    func wholeNumber() throws(ExampleError) -> Int {
        let value = try number()
        guard value == value.rounded(), abs(value) < 0x1p53 else {
            throw error("must be a whole number, got \(plainScalar?.string ?? "")")
        }
        return Int(value)
    }

    /// A whole number in `range`.
    func wholeNumber(in range: ClosedRange<Int>) throws(ExampleError) -> Int {
        let value = try wholeNumber()
        guard range.contains(value) else {
            throw error("must be between \(range.lowerBound) and \(range.upperBound), got \(value)")
        }
        return value
    }

    /// A seed for the random generator: a whole number from 0 to 2⁶⁴ − 1, written without decimals.
    func seed() throws(ExampleError) -> UInt64 {
        // `+?[0-9]+`, checked byte by byte: a Regex compiled at run time would cost more than the file's parsing.
        guard let text = plainScalar?.string,
              case let digits = text.utf8.dropFirst(text.utf8.first == UInt8(ascii: "+") ? 1 : 0),
              !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let seed = UInt64(text.hasPrefix("+") ? String(text.dropFirst()) : text)
        else { throw error("must be a whole number from 0 to \(UInt64.max), got \(kind)") }
        return seed
    }

    /// `true` or `false`.
    func boolean() throws(ExampleError) -> Bool {
        switch plainScalar?.string.lowercased() {
        case "true": return true
        case "false": return false
        default: throw error("must be true or false, got \(kind)\(quoteHint)")
        }
    }

    /// A text, quoted or not; a number or `true` written without quotes is taken as its text.
    func text() throws(ExampleError) -> String {
        guard case .scalar(let scalar) = node, !isNull else { throw error("must be a text, got \(kind)") }
        return scalar.string
    }

    // MARK: Describing what was found

    /// Whether the node is a list.
    var isList: Bool {
        if case .sequence = node { true } else { false }
    }

    /// The value as the file writes it, for "got …" messages.
    var written: String {
        if case .scalar(let scalar) = node, !isNull { scalar.string.visible } else { kind }
    }

    /// What the node is, for "must be …, got …" messages.
    var kind: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull { return "nothing" }
            if isQuoted { return "the text \"\(scalar.string.visible)\"" }
            return "'\(scalar.string.visible)'"
        }
    }

    /// Advice for a number or `true`/`false` written in quotes.
    private var quoteHint: String { isQuoted ? " (write it without quotes)" : "" }

    private var isQuoted: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .singleQuoted || scalar.style == .doubleQuoted
    }

    /// The scalar, when it is written plainly (not quoted, not a block) and is not null.
    private var plainScalar: Node.Scalar? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any, !isNull
        else { return nil }
        return scalar
    }

    /// Whether the node is YAML's null: nothing after the colon, `~` or `null`.
    private var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
