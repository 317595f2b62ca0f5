import Foundation

/// A value worked out on a thread of its own, for input a command can start reading before it needs
/// it (on the machine's other core, while it parses its command line and reads the example).
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the loading thread before `done` is signalled; read only after waiting for it.
    private var result: Result<Value, any Error>?

    /// Starts `work` at once on a new thread.
    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// What `work` returned or threw, once it has finished.
    func value() throws -> Value {
        done.wait()
        done.signal()  // for the next caller
        return try result!.get()
    }
}
