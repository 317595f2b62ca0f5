import Foundation

/// The repository's Examples/ folder, found from this source file.
enum ExamplesFolder {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    /// The path of the shipped example `name`.yaml.
    static func path(_ name: String) -> String { url.appendingPathComponent("\(name).yaml").path }
}
