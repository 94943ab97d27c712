#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A switch another thread flips to end a supervised run early.
///
/// The supervisor polls ``fd`` with the run's pipes; once ``stop()`` is called the run's
/// process group is killed and the result says ``SandboxResult/wasStopped``. Used to end a
/// learner's worker as soon as the checks that talk to it have finished. Calling `stop()`
/// before the run starts ends it as soon as it starts.
public final class SandboxStop: Sendable {
    /// The read end, readable once stopped.
    let fd: Int32
    private let writeEnd: Int32

    /// Creates a switch that is not flipped.
    public init() {
        var fds: [Int32] = [-1, -1]
        #if os(Linux)
        if let pipe2 = GlibcExtensions.shared.pipe2 {
            _ = fds.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) }
        } else {
            _ = pipe(&fds)
        }
        #else
        _ = pipe(&fds)
        #endif
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        fd = fds[0]
        writeEnd = fds[1]
    }

    /// Ends the run (once; later calls do nothing harmful).
    public func stop() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    deinit {
        _ = close(fd)
        _ = close(writeEnd)
    }
}

extension Sandbox {
    /// A close-on-exec pipe, for ``SandboxRequest/passedDescriptors``.
    public static func makePipe() throws(SandboxError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        #if os(Linux)
        let result: Int32
        if let pipe2 = GlibcExtensions.shared.pipe2 {
            result = fds.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) }
        } else {
            result = pipe(&fds)
        }
        #else
        let result = pipe(&fds)
        #endif
        guard result == 0 else { throw .systemCallFailed(call: "pipe2", errno: errno) }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return (fds[0], fds[1])
    }
}
