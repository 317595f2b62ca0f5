import LessonFormatting
import Mustache

/// A string table as templates see it: `{{t.home.cycle.title}}` walks the dotted key one name at
/// a time. Keys were checked against the templates when `SiteTemplates` was made.
struct StringScope: MustacheParent {
    let table: StringTable
    let prefix: String

    init(_ table: StringTable, prefix: String = "") {
        self.table = table
        self.prefix = prefix
    }

    func child(named name: String) -> Any? {
        let key = prefix + name
        if let text = table.strings[key] { return text }
        return StringScope(table, prefix: key + ".")
    }
}
