import CFontconfig
import Foundation

/// fontconfig's configuration, loaded once per process: the system's and the user's font settings
/// (on Debian some 70 XML files, 2–3 ms, a sixth of a `render`), which Cairo reads the first time it
/// looks a font up. A command that will draw text calls `begin()` as soon as it knows, and the load
/// runs on another core while the command line is parsed and the input read; the first font look-up (`wait()`) then
/// finds it done instead of starting a second one. Without `begin()`, fontconfig loads itself when
/// first asked, as before. Either way the configuration, and so every font chosen, is the same.
public enum FontconfigLoad {
    private final class State: @unchecked Sendable {
        // An NSLock as in `CairoTextMeasurer` (ThreadSanitizer and Mutex on Linux).
        let lock = NSLock()
        var loading: DispatchSemaphore?
        var finished = false
    }

    private static let state = State()

    /// Starts loading the configuration in the background; later calls do nothing.
    public static func begin() {
        state.lock.withLock {
            guard state.loading == nil else { return }
            let done = DispatchSemaphore(value: 0)
            state.loading = done
            // A thread of its own: it starts at once, where a dispatch queue's worker may take milliseconds.
            Thread.detachNewThread {
                _ = FcInit()
                done.signal()
            }
        }
    }

    /// Returns once a load started by `begin()` has finished (at once when none was started).
    static func wait() {
        guard let done = state.lock.withLock({ state.finished ? nil : state.loading }) else { return }
        done.wait()
        done.signal()  // for a caller on another thread
        state.lock.withLock { state.finished = true }
    }
}
