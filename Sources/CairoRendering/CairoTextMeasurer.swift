import FigureLayout
import Synchronization

/// Measures text in DejaVu Sans exactly as `SceneRenderer` draws it: the width is the advance of
/// the whole run, the ascent and descent are the font's (the same for every string of a size), so
/// labels of one font line up. Measurements are cached; safe to share between threads.
public final class CairoTextMeasurer: TextMeasuring {
    private struct Key: Hashable {
        var text: String
        var font: FontStyle
    }

    private struct State {
        let context: CairoContext
        var cache: [Key: TextMetrics] = [:]
    }

    private let state: Mutex<State>

    /// Throws if Cairo cannot create the small surface it measures on.
    public init() throws {
        let context = try CairoContext(try CairoSurface.image(width: 1, height: 1))
        state = Mutex(State(context: context))
    }

    public func measure(_ text: String, font: FontStyle) -> TextMetrics {
        let key = Key(text: text, font: font)
        return state.withLock { state in
            if let cached = state.cache[key] { return cached }
            state.context.selectFont(font)
            let metrics = state.context.textMetrics(text)
            state.cache[key] = metrics
            return metrics
        }
    }

    /// The characters of `text` that DejaVu Sans in this style cannot draw (they would appear as
    /// empty boxes), in order of first appearance; empty when the whole text can be drawn.
    public func missingCharacters(in text: String, font: FontStyle) -> [Character] {
        state.withLock { state in
            state.context.selectFont(font)
            return state.context.charactersWithoutGlyphs(in: text)
        }
    }
}
