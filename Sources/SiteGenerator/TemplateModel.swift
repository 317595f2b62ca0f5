import Mustache

/// A page's model as the templates read it. swift-mustache looks a name up in a struct by
/// reflecting the whole struct (`Mirror`) at every tag, and the example page's model has some sixty
/// fields: that reflection was most of the time a page took to make. Here every struct is reflected
/// once, into a dictionary, where each tag is one lookup. What the templates see does not change:
/// the same stored properties, an absent optional still looked up in the enclosing context.
enum TemplateModel {
    /// `value` with every struct and class in it (through arrays and optionals) made a dictionary of
    /// its stored properties; nil for an absent optional.
    static func prepared(_ value: Any) -> Any? {
        if value is MustacheParent || value is String { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first else { return nil }
            return prepared(wrapped.value)
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let field = prepared(child.value) { fields[label] = field }
            }
            return fields
        case .collection:
            return mirror.children.compactMap { prepared($0.value) }
        default:
            return value
        }
    }
}
