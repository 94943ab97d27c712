#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to run in the sandbox, and how.
///
/// The child gets exactly the file descriptors described here (0–2, and 3–4 when asked for);
/// every other descriptor of the calling process is closed in the child.
public struct SandboxRequest: Sendable {
    /// The program to run.
    ///
    /// A name containing `/` is a path, taken relative to ``workingDirectory`` when not absolute.
    /// A bare name is looked up in the `PATH` of ``environment`` (or `/usr/local/bin:/usr/bin:/bin`
    /// when that has none). It must be an executable regular file, or
    /// ``Sandbox/run(_:)`` throws ``SandboxError/cannotStart(executable:reason:)``.
    public var executable: String

    /// The arguments, not including the program name.
    ///
    /// The child's `argv[0]` is the resolved path of ``executable``.
    public var arguments: [String]

    /// The directory the child starts in.
    ///
    /// Must exist. Defaults to the calling process's current directory at the time the request is made.
    public var workingDirectory: String

    /// The child's whole environment.
    ///
    /// Exactly these variables, nothing inherited from the calling process. Keys must be
    /// non-empty and contain no `=`; neither keys nor values may contain NUL.
    public var environment: [String: String]

    /// The limits the run is held to.
    ///
    /// See ``SandboxLimits``.
    public var limits: SandboxLimits

    /// Bytes for the child's standard input, followed by end-of-file; `nil` gives it `/dev/null`.
    ///
    /// The bytes go through a pipe, written concurrently with reading the output, so input of
    /// any size is fine, and a child that never reads its input is fine too.
    public var standardInput: [UInt8]?

    /// Bytes the child can read on file descriptor 4, followed by end-of-file; `nil` leaves fd 4 closed.
    ///
    /// Meant for a secret such as a nonce the grader checks the program echoes on the channel.
    /// Delivered through a pipe like ``standardInput``.
    public var secret: [UInt8]?

    /// Whether file descriptor 3 is a pipe back to the caller.
    ///
    /// When `true`, the bytes the child (or anything it starts) writes to fd 3 come back in
    /// ``SandboxResult/channel``, capped at ``SandboxResult/channelCapacity`` bytes; more than
    /// that kills the run as ``SandboxLimit/output``. When `false`, fd 3 is closed in the child.
    public var captureChannel: Bool

    /// Run the program inside bubblewrap with this policy; `nil` runs it directly.
    ///
    /// See ``Isolation``. The program's ``workingDirectory`` is used only to start `bwrap`;
    /// inside, the program starts in its private `/tmp`.
    public var isolation: Isolation?

    /// Descriptors of the calling process handed to the child, keyed by the number the child
    /// sees them as (5 to 9).
    ///
    /// ``Sandbox/run(_:)`` takes ownership: it closes every one of them in the calling process
    /// once the child is spawned (or failed to spawn), so the caller must not close them. Make
    /// them close-on-exec (``Sandbox/makePipe()`` does), or a spawn on another thread could
    /// inherit them.
    public var passedDescriptors: [Int32: Int32]

    /// Lets another thread end the run early; see ``SandboxStop``.
    public var stop: SandboxStop?

    /// The CPU the program (and everything it starts) is confined to; nil for any.
    ///
    /// For programs that talk in lockstep with another (see `CPUAffinity`); ignored where
    /// the CPU is not available to this process.
    public var cpu: Int?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - executable: Path or bare name of the program; see ``executable``.
    ///   - arguments: Arguments after the program name.
    ///   - workingDirectory: Starting directory; `nil` means the caller's current directory.
    ///   - environment: The child's entire environment.
    ///   - limits: Limits for the run.
    ///   - standardInput: Bytes for standard input, or `nil` for `/dev/null`.
    ///   - secret: Bytes readable on fd 4, or `nil` to leave fd 4 closed.
    ///   - captureChannel: Whether fd 3 is a pipe back to the caller.
    public init(
        executable: String,
        arguments: [String] = [],
        workingDirectory: String? = nil,
        environment: [String: String] = [:],
        limits: SandboxLimits = .default,
        standardInput: [UInt8]? = nil,
        secret: [UInt8]? = nil,
        captureChannel: Bool = false,
        isolation: Isolation? = nil,
        passedDescriptors: [Int32: Int32] = [:],
        stop: SandboxStop? = nil,
        cpu: Int? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.workingDirectory = workingDirectory ?? SandboxRequest.currentDirectory()
        self.environment = environment
        self.limits = limits
        self.standardInput = standardInput
        self.secret = secret
        self.captureChannel = captureChannel
        self.isolation = isolation
        self.passedDescriptors = passedDescriptors
        self.stop = stop
        self.cpu = cpu
    }

    private static func currentDirectory() -> String {
        guard let buffer = getcwd(nil, 0) else { return "/" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// Why this request cannot be run as given, or `nil` when it can.
    func validationProblem() -> String? {
        if let problem = limits.validationProblem() { return problem }
        if executable.isEmpty { return "executable is empty" }
        if executable.utf8.contains(0) { return "executable contains a NUL byte" }
        if workingDirectory.isEmpty || workingDirectory.utf8.contains(0) {
            return "workingDirectory is empty or contains a NUL byte"
        }
        for (target, source) in passedDescriptors where !(5...9).contains(target) || source < 0 {
            return "passed descriptor \(source) must go to a number from 5 to 9, not \(target)"
        }
        for argument in arguments where argument.utf8.contains(0) {
            return "an argument contains a NUL byte"
        }
        for (key, value) in environment {
            if key.isEmpty || key.utf8.contains(UInt8(ascii: "=")) || key.utf8.contains(0) {
                return "environment key \(String(reflecting: key)) is empty or contains '=' or NUL"
            }
            if value.utf8.contains(0) { return "environment value for \(key) contains a NUL byte" }
        }
        return nil
    }
}
