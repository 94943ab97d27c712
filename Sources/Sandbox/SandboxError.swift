/// Why ``Sandbox/run(_:)`` produced no result.
///
/// Anything the learner program does, including failing in every possible way, is a
/// ``SandboxResult``; these errors are about the request or the machine.
public enum SandboxError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The program could not be started.
    ///
    /// The executable does not exist or is not executable, the working directory is missing,
    /// `prlimit` is missing, or `posix_spawn` failed; `reason` says which.
    case cannotStart(executable: String, reason: String)

    /// The request itself is malformed.
    ///
    /// A limit is out of range, or a string contains a NUL byte or an environment key contains `=`.
    case invalidRequest(reason: String)

    /// A system call the supervisor needs failed.
    ///
    /// `call` names it and `errno` is its error number; this points at the machine (e.g. out of
    /// file descriptors), not at the program.
    case systemCallFailed(call: String, errno: Int32)

    /// The child's exit status was taken by someone else.
    ///
    /// Happens when the calling process ignores `SIGCHLD` (the kernel then reaps children itself)
    /// or another thread reaps any child with `wait(-1)`/`waitpid(-1, …)`. The run's output is lost.
    case childLost(executable: String)

    /// A sentence describing the error.
    ///
    /// Suitable for logs and for course authors; it names the executable or call involved.
    public var description: String {
        switch self {
        case let .cannotStart(executable, reason):
            return "cannot start \(executable): \(reason)"
        case let .invalidRequest(reason):
            return "invalid sandbox request: \(reason)"
        case let .systemCallFailed(call, errno):
            return "\(call) failed: \(ErrorText.of(errno)) (errno \(errno))"
        case let .childLost(executable):
            return "lost the exit status of \(executable): is SIGCHLD ignored, or does something else in this process call wait(-1)?"
        }
    }
}
