#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls the runner needs, without Foundation or stdio buffering.
enum RawIO {
    /// Writes all of `bytes` to `fd` with `write(2)`, continuing after partial writes and
    /// interruptions (and waiting if the fd is non-blocking and full); `false` on any
    /// other error.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                    var request = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&request, 1, -1)
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Reads `fd` to end of file; `nil` on an error or if more than `limit` bytes arrive.
    static func readAll(from fd: Int32, limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 512)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return nil }
        }
    }

    /// The value of environment variable `name`, or `nil` if it is unset.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// Removes environment variable `name`.
    static func unsetEnvironment(_ name: String) {
        _ = unsetenv(name)
    }

    /// Whether `fd` is an open file descriptor.
    static func isOpen(_ fd: Int32) -> Bool {
        fcntl(fd, F_GETFD) != -1
    }

    /// Closes `fd`, ignoring errors.
    static func close(_ fd: Int32) {
        #if canImport(Darwin)
        _ = Darwin.close(fd)
        #elseif canImport(Musl)
        _ = Musl.close(fd)
        #else
        _ = Glibc.close(fd)
        #endif
    }

    /// Marks `fd` close-on-exec, so programs the learner's code starts do not inherit it.
    static func setCloseOnExec(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFD)
        if flags != -1 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
    }

    /// Makes a write to a closed pipe fail with `EPIPE` instead of killing the process.
    static func ignoreBrokenPipe() {
        _ = signal(SIGPIPE, SIG_IGN)
    }

    /// Flushes every stdio output stream, so text the learner's code printed comes before
    /// what the runner writes next.
    static func flushStandardStreams() {
        _ = fflush(nil)
    }
}
