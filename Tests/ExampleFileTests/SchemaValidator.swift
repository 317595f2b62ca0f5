import Foundation

/// A small JSON Schema (draft-07) validator for the keywords Schemas/example.schema.json uses: type,
/// enum, minimum/maximum/exclusiveMinimum, minLength/maxLength/pattern, minItems/maxItems/items,
/// required/properties/additionalProperties. Instances are what Yams loads from YAML; a number that
/// is not finite (YAML's .nan, .inf) is no JSON number.
struct SchemaValidator {
    let schema: [String: Any]

    /// The first violation found, as "path: what", or nil when `instance` is valid.
    func violation(of instance: Any) -> String? { violation(instance, schema, path: "$") }

    private func violation(_ value: Any, _ schema: [String: Any], path: String) -> String? {
        if let type = schema["type"] as? String, !Self.value(value, hasType: type) { return "\(path): not a \(type): \(value)" }
        if let options = schema["enum"] as? [String], !options.contains(where: { $0 == value as? String }) {
            return "\(path): \(value) is not one of \(options)"
        }
        if let number = Self.number(value) {
            if let minimum = Self.number(schema["minimum"] as Any), number < minimum { return "\(path): \(number) < \(minimum)" }
            if let maximum = Self.number(schema["maximum"] as Any), number > maximum { return "\(path): \(number) > \(maximum)" }
            if let minimum = Self.number(schema["exclusiveMinimum"] as Any), number <= minimum { return "\(path): \(number) ≤ \(minimum)" }
        }
        if let text = value as? String {
            if let minimum = schema["minLength"] as? Int, text.count < minimum { return "\(path): shorter than \(minimum)" }
            if let maximum = schema["maxLength"] as? Int, text.count > maximum { return "\(path): longer than \(maximum)" }
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                return "\(path): does not match \(pattern)"
            }
        }
        if let items = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, items.count < minimum { return "\(path): fewer than \(minimum) items" }
            if let maximum = schema["maxItems"] as? Int, items.count > maximum { return "\(path): more than \(maximum) items" }
            if let itemSchema = schema["items"] as? [String: Any] {
                for (index, item) in items.enumerated() {
                    if let found = violation(item, itemSchema, path: "\(path)[\(index)]") { return found }
                }
            }
        }
        if let object = Self.object(value) {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { return "\(path): \(key) missing" }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let propertySchema = properties[key] as? [String: Any] {
                    if let found = violation(member, propertySchema, path: "\(path).\(key)") { return found }
                } else if schema["additionalProperties"] as? Bool == false {
                    return "\(path): unknown key \(key)"
                }
            }
        }
        return nil
    }

    private static func value(_ value: Any, hasType type: String) -> Bool {
        switch type {
        case "object": object(value) != nil
        case "array": value is [Any]
        case "string": value is String
        case "boolean": Swift.type(of: value) == Bool.self
        case "integer": Swift.type(of: value) == Int.self || Swift.type(of: value) == UInt64.self
        case "number": number(value)?.isFinite == true
        default: false
        }
    }

    /// A number's value; nil for anything else (booleans included: Foundation would bridge them).
    private static func number(_ value: Any) -> Double? {
        switch value {
        case let value as Double where Swift.type(of: value) == Double.self: value
        case let value as Int where Swift.type(of: value) == Int.self: Double(value)
        case let value as UInt64 where Swift.type(of: value) == UInt64.self: Double(value)
        default: nil
        }
    }

    /// A mapping whose keys are all strings (a YAML mapping with another key is no JSON object).
    private static func object(_ value: Any) -> [String: Any]? {
        if let object = value as? [String: Any] { return object }
        guard let mapping = value as? [AnyHashable: Any] else { return nil }
        var object: [String: Any] = [:]
        for (key, member) in mapping {
            guard let key = key.base as? String else { return nil }
            object[key] = member
        }
        return object
    }
}
