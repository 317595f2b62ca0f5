import Foundation

/// The example file parsed last, by path and text: a command that reads its example in `validate()` and
/// again in `run()` (as `render` does) parses it once. Keyed by the whole text, so a file edited between
/// two reads (as under `serve`) is parsed again; only successful parses are kept.
final class LastParsedExample: @unchecked Sendable {
    static let shared = LastParsedExample()

    // An NSLock rather than Synchronization's Mutex, for ThreadSanitizer (see CairoTextMeasurer).
    private let lock = NSLock()
    private var last: (path: String, text: String, example: Example)?

    /// The example of `text` read from `path`, parsing it only when it is not the one parsed last.
    func example(path: String, text: String, parse: (String, String) throws(ExampleError) -> Example) throws(ExampleError)
        -> Example
    {
        if let last = lock.withLock({ last }), last.path == path, last.text == text { return last.example }
        let example = try parse(text, path)
        lock.withLock { last = (path, text, example) }
        return example
    }
}
