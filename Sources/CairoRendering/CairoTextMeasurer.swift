import FigureLayout
import Foundation

/// Measures text in DejaVu Sans (or Asana Math) exactly as `SceneRenderer` draws it: the width is the advance of
/// the whole run, the ascent and descent are the font's (the same for every string of a size), so
/// labels of one font line up. Measurements are cached; safe to share between threads.
public final class CairoTextMeasurer: TextMeasuring, @unchecked Sendable {
    private struct Key: Hashable {
        var text: String
        var font: FontStyle
        var ink: Bool
    }

    // An NSLock (a pthread mutex) rather than Synchronization's Mutex: ThreadSanitizer cannot see
    // Mutex's futex on Linux and reports every cached lookup as a race, failing sanitized test runs.
    private let lock = NSLock()
    private let context: CairoContext
    private var cache: [Key: TextMetrics] = [:]

    /// Throws if Cairo cannot create the small surface it measures on.
    public init() throws {
        context = try CairoContext(try CairoSurface.image(width: 1, height: 1))
    }

    public func measure(_ text: String, font: FontStyle) -> TextMetrics {
        measure(Key(text: text, font: font, ink: false))
    }

    public func measureInk(_ text: String, font: FontStyle) -> TextMetrics {
        measure(Key(text: text, font: font, ink: true))
    }

    private func measure(_ key: Key) -> TextMetrics {
        lock.withLock {
            if let cached = cache[key] { return cached }
            context.selectFont(key.font)
            let metrics = key.ink ? context.inkMetrics(key.text) : context.textMetrics(key.text)
            cache[key] = metrics
            return metrics
        }
    }

    /// The characters of `text` that the style's font (DejaVu Sans or Asana Math) cannot draw (they would appear as
    /// empty boxes), in order of first appearance; empty when the whole text can be drawn.
    public func missingCharacters(in text: String, font: FontStyle) -> [Character] {
        lock.withLock {
            context.selectFont(font)
            return context.charactersWithoutGlyphs(in: text)
        }
    }
}
