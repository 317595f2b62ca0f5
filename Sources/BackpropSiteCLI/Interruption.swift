import Dispatch
import Foundation
import Synchronization

/// Stopping on SIGTERM and SIGINT, cleanly: whatever signal mask the tool inherited (a test runner's
/// thread may block SIGTERM), it unblocks every signal when it starts, and a signal removes the staging
/// folders of builds in progress before the process exits with 128 + the signal's number.
enum Interruption {
    /// Staging folders to remove if the process is stopped.
    private static let stagingFolders = Mutex<Set<String>>([])
    /// The dispatch sources, kept alive for the life of the process.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Unblocks every signal and installs the handlers; called once, first thing, by `runAndExit`.
    static func install() {
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                let folders = stagingFolders.withLock { $0 }
                for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `body` with `staging` removed if the process is stopped meanwhile.
    static func removing<T>(_ staging: String, during body: () throws -> T) rethrows -> T {
        stagingFolders.withLock { _ = $0.insert(staging) }
        defer { stagingFolders.withLock { _ = $0.remove(staging) } }
        return try body()
    }
}
