import Dispatch
import Foundation
import Synchronization

/// Stopping on SIGTERM and SIGINT, cleanly: whatever signal mask the tool inherited (a test runner's
/// thread may block SIGTERM), it unblocks every signal when it starts, and a signal removes the staging
/// folders of builds in progress before the process exits with 128 + the signal's number (or, for a
/// command whose normal end is Ctrl-C, such as `serve`, with 0 after saying so).
enum Interruption {
    /// Staging folders to remove if the process is stopped.
    private static let stagingFolders = Mutex<Set<String>>([])
    /// What to print before exiting with status 0 when a signal is the command's normal end.
    private static let normalEndMessage = Mutex<String?>(nil)
    /// The dispatch sources, kept alive for the life of the process.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Unblocks every signal and installs the handlers; called once by `runAndExit`, before the command line is parsed.
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
                if let message = normalEndMessage.withLock({ $0 }) {
                    FileHandle.standardOutput.write(Data((message + "\n").utf8))
                    exit(0)
                }
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Makes SIGINT and SIGTERM the command's normal end from now on: after the staging folders are
    /// removed, `message` is printed and the process exits with status 0.
    static func endNormallyOnSignal(saying message: String) {
        normalEndMessage.withLock { $0 = message }
    }

    /// Runs `body` with `staging` removed if the process is stopped meanwhile.
    static func removing<T>(_ staging: String, during body: () throws -> T) rethrows -> T {
        stagingFolders.withLock { _ = $0.insert(staging) }
        defer { stagingFolders.withLock { _ = $0.remove(staging) } }
        return try body()
    }
}
