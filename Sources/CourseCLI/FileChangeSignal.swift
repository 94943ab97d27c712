#if canImport(Glibc)
import Glibc
#endif

/// Wakes `course watch` as soon as a file in the watched folders is written, using Linux's
/// inotify; where inotify is unavailable it simply waits out the timeout, and the caller's
/// comparison of modification times does the work (the polling fallback).
///
/// Folders are watched rather than files because editors often save by writing a new file
/// and renaming it over the old one, which a watch on the old file would miss.
final class FileChangeSignal {
    private var descriptor: Int32 = -1

    init(folders: [String]) {
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        var watched = 0
        for folder in Set(folders) where inotify_add_watch(descriptor, folder, mask) >= 0 { watched += 1 }
        if watched == 0 {
            close(descriptor)
            descriptor = -1
        }
        #endif
    }

    /// Whether change notifications work here (otherwise the watcher polls).
    var isEventDriven: Bool { descriptor >= 0 }

    /// Waits until something changed in a watched folder or `seconds` passed; true when a
    /// watched folder reported a change (always false when polling).
    @discardableResult
    func wait(seconds: Double) -> Bool {
        #if canImport(Glibc)
        guard descriptor >= 0 else {
            usleep(useconds_t(seconds * 1_000_000))
            return false
        }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        if poll(&request, 1, Int32(seconds * 1_000)) > 0 {
            // Drain the queue; which file changed is decided by modification times.
            var buffer = [UInt8](repeating: 0, count: 4_096)
            while read(descriptor, &buffer, buffer.count) > 0 {}
            return true
        }
        return false
        #else
        usleep(useconds_t(seconds * 1_000_000))
        return false
        #endif
    }

    deinit {
        #if canImport(Glibc)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }
}
