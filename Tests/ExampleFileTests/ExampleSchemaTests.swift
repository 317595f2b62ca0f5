import BackpropEngine
@testable import ExampleFile
import Foundation
import Testing
import Yams

/// Schemas/example.schema.json: made from the parser's own keys and limits, committed as made,
/// satisfied by every shipped example and rejecting every bad input that breaks a rule of one key.
@Suite struct ExampleSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var validator: SchemaValidator { SchemaValidator(schema: ExampleSchema.document) }

    /// The YAML of `path` as JSON Schema sees it, as an editor's YAML language server reads it
    /// (aliases stand for their anchored values); nil when it is not YAML at all.
    static func instance(_ path: URL) -> Any? {
        guard let text = try? String(contentsOf: path, encoding: .utf8), let node = try? Yams.compose(yaml: text)
        else { return nil }
        var anchored: [String: Any] = [:]
        return value(of: node, anchored: &anchored)
    }

    /// A YAML node as a JSON value: numbers, booleans and null by their resolved tags, strings
    /// otherwise; a mapping with a key that is not a string becomes a dictionary no schema object matches.
    static func value(of node: Node, anchored: inout [String: Any]) -> Any {
        let value: Any
        switch node {
        case let .scalar(scalar):
            // A plain scalar is a number, a boolean or null when it reads as one (YAML 1.2's core schema).
            if scalar.style != .plain { value = scalar.string }
            else if let number = Int(scalar.string) ?? UInt64(scalar.string).map({ $0 as Any }) { value = number }
            else if ["true", "false", "True", "False", "TRUE", "FALSE"].contains(scalar.string) { value = node.bool ?? false }
            else if ["", "~", "null", "Null", "NULL"].contains(scalar.string) { value = NSNull() }
            else if let number = node.float, scalar.string.contains(where: \.isNumber) || scalar.string.lowercased().contains(".inf") || scalar.string.lowercased() == ".nan" { value = number }
            else { value = scalar.string }
        case let .sequence(sequence):
            value = sequence.map { Self.value(of: $0, anchored: &anchored) }
        case let .mapping(mapping):
            var object: [AnyHashable: Any] = [:]
            for (key, member) in mapping {
                let name: AnyHashable = if case let .scalar(scalar) = key, Self.value(of: key, anchored: &anchored) is String {
                    scalar.string
                } else {
                    object.count  // not a string: no JSON object
                }
                object[name] = Self.value(of: member, anchored: &anchored)
            }
            value = object
        case let .alias(alias):
            return anchored[alias.anchor.rawValue] ?? NSNull()
        }
        if let anchor = node.anchor { anchored[anchor.rawValue] = value }
        return value
    }

    @Test func theCommittedSchemaIsTheOneTheParserMakes() throws {
        let committed = try String(contentsOf: Self.root.appending(path: ExampleSchema.path), encoding: .utf8)
        if ProcessInfo.processInfo.environment["RECORD_SCHEMA"] != nil {
            try ExampleSchema.json.write(to: Self.root.appending(path: ExampleSchema.path), atomically: true, encoding: .utf8)
        }
        #expect(committed == ExampleSchema.json, "run with RECORD_SCHEMA=1 to write Schemas/example.schema.json again")
    }

    @Test func everyKeyOfTheParserIsDescribedInBothLanguages() throws {
        let properties = try #require(ExampleSchema.document["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == Set(Example.Key.allCases.map(\.rawValue)))
        #expect(ExampleSchema.document["required"] as? [String] == Example.Key.allCases.filter { $0.requirement != nil }.map(\.rawValue))
        for (key, property) in properties {
            let parts = (property["description"] as? String ?? "").components(separatedBy: "\n\n")
            #expect(parts.count == 2 && parts.allSatisfy { !$0.isEmpty }, "\(key) needs an English and a Spanish description")
        }
        let activations = try #require(properties["activations"]?["items"] as? [String: Any])
        #expect(activations["enum"] as? [String] == Activation.allCases.map(\.rawValue))
        #expect(properties["loss"]?["enum"] as? [String] == Loss.allCases.map(\.rawValue))
    }

    @Test func everyShippedExampleSatisfiesTheSchemaAndNamesIt() throws {
        let folder = Self.root.appending(path: "Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 5)
        for file in files {
            let url = folder.appending(path: file)
            #expect(try String(contentsOf: url, encoding: .utf8).hasPrefix(ExampleSchema.modeline + "\n"), "\(file)")
            #expect(Self.validator.violation(of: Self.instance(url) as Any) == nil, "\(file)")
        }
    }

    /// Bad inputs whose mistake lies between keys or beyond one value (a matrix's shape against
    /// `layers`, cross-entropy's targets, a duplicated key, the training work): the parser's alone.
    static let beyondSchema: Set<String> = {
        let list = (try? String(contentsOf: BadInputTests.folder.deletingLastPathComponent().appending(path: "BeyondSchemaBadInputs.txt"), encoding: .utf8)) ?? ""
        return Set(list.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }()

    @Test(arguments: BadInputTests.names)
    func theSchemaRejectsEveryBadInputThatBreaksTheRuleOfOneKey(_ name: String) {
        let instance = Self.instance(BadInputTests.folder.appending(path: "\(name).yaml"))
        let violation = instance.map { Self.validator.violation(of: $0) } ?? "not YAML"
        if Self.beyondSchema.contains(name) {
            #expect(violation == nil, "\(name) is listed in BeyondSchemaBadInputs.txt, but the schema rejects it: \(violation ?? "")")
        } else {
            #expect(violation != nil, "the schema accepts \(name); tighten the schema or list it in BeyondSchemaBadInputs.txt with the reason")
        }
    }
}
