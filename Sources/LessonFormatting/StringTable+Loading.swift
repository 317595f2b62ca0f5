import Foundation

extension StringTable {
    /// Where the table of `language` lives in a templates folder: `<folder>/strings/<code>.yaml`.
    public static func path(templates folder: String, language: Language) -> String {
        "\(folder)/strings/\(language.code).yaml"
    }

    /// The table of `language` from the templates folder `folder`, read through `read` (the disk
    /// unless the caller has its own file access, as the site build does); `parsed` may answer for
    /// bytes whose table is known already (the built-in tables, parsed at build time).
    /// - Throws: `FormatError` naming the file when it cannot be read or is not a table of strings.
    public static func load(
        templates folder: String, language: Language,
        read: (String) throws -> Data = { try Data(contentsOf: URL(fileURLWithPath: $0)) },
        parsed: (Data) -> [String: String]? = { _ in nil }
    ) throws(FormatError) -> StringTable {
        let file = path(templates: folder, language: language)
        let data: Data
        do { data = try read(file) } catch {
            throw FormatError(file: file, message: "cannot be read: \(error.localizedDescription)")
        }
        if let strings = parsed(data) { return StringTable(language: language, strings: strings) }
        do {
            return try parse(yaml: String(decoding: data, as: UTF8.self), language: language)
        } catch let error as FormatError {
            throw FormatError(file: file, message: error.message)
        } catch {
            throw FormatError(file: file, message: "\(error)")
        }
    }
}
