import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watch loop of `build --watch` and `serve` as soon as a file is saved in one of the
/// folders, instead of at the next poll: on Linux, the kernel says when a file there was written and
/// closed, or moved or deleted there (what editors do when they save). It is only a wake-up call:
/// the loop still compares snapshots to learn what changed, and still looks every `wait` timeout, so a
/// change the kernel does not report (a new subfolder, another system) is seen all the same.
final class FolderWatch {
    private let descriptor: Int32

    /// Watches `folders` and the folders below them, as they are now.
    init(folders: [String]) {
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return }
        let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
        for folder in folders {
            let below = ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [])
                .map { "\(folder)/\($0)" }
                .filter { (try? FileManager.default.attributesOfItem(atPath: $0)[.type] as? FileAttributeType) == .typeDirectory }
            for path in [folder] + below { _ = inotify_add_watch(descriptor, path, events) }
        }
        #else
        descriptor = -1
        #endif
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Returns once something happened in the folders, or after `timeout` seconds, whichever comes first.
    func wait(upTo timeout: TimeInterval) {
        #if canImport(Glibc)
        guard descriptor >= 0 else { return Thread.sleep(forTimeInterval: timeout) }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(timeout * 1000)) > 0 else { return }
        // A save is several events (write, close, rename): let them all arrive, then drop them.
        Thread.sleep(forTimeInterval: 0.005)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while read(descriptor, &buffer, buffer.count) > 0 {}
        #else
        Thread.sleep(forTimeInterval: timeout)
        #endif
    }
}
