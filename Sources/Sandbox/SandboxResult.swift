/// How one sandboxed run ended, and what it printed.
///
/// The ending is decided in this order: a kill by the supervisor (wall clock, then output cap)
/// wins; then the kernel limits by their signals (`SIGXCPU` → CPU, also `SIGKILL` once the CPU
/// time reached 90 % of the limit, and exit status 152 = 128 + `SIGXCPU` with the CPU time that
/// high, which is how a shell reports a child that died of it; `SIGXFSZ` or exit status 153 → file
/// size); then the memory heuristic; otherwise the plain exit status or signal.
///
/// The memory heuristic: `RLIMIT_AS` does not kill, it makes `mmap`/`malloc` fail, and each
/// runtime reacts in its own way (Swift prints `Fatal error: failed to allocate … bytes` and
/// aborts, Python raises `MemoryError` and exits 1, C++ throws `std::bad_alloc`, other code
/// dereferences `NULL`). So a run that ended badly (a signal, or a non-zero exit status) counts
/// as ``SandboxLimit/memory`` when its captured standard error mentions an allocation failure
/// (see ``SandboxResult/allocationFailureMarkers``) or its peak resident memory reached 80 % of
/// the limit (resident memory can never exceed the address space, so a run that got that close
/// was almost certainly refused more). A clean exit is never reclassified.
public struct SandboxResult: Sendable {
    /// How a run ended.
    ///
    /// ``Sandbox/describe(_:limits:)`` turns one into a sentence for a learner.
    public enum Ending: Sendable, Hashable {
        /// The program exited by itself with this status (0–255).
        ///
        /// 0 means success by convention.
        case exited(code: Int32)

        /// The program was killed by a signal it did not handle.
        ///
        /// `name` is the conventional name such as `"SIGSEGV"`. A Swift runtime trap (index out
        /// of range, force-unwrapping `nil`, overflow, `fatalError`) is `SIGILL` on x86_64 Linux
        /// and `SIGTRAP` on arm64; `abort()` is `SIGABRT`.
        case signaled(signal: Int32, name: String)

        /// The wall-clock limit passed and the supervisor killed the process group.
        ///
        /// Carries the limit; ``SandboxResult/wallSeconds`` has the measured time.
        case timedOut(afterSeconds: Double)

        /// A limit other than the wall clock was hit.
        ///
        /// See ``SandboxLimit`` and the ordering rules on ``SandboxResult``.
        case limitExceeded(SandboxLimit)
    }

    /// How the run ended.
    ///
    /// See the type's documentation for how it is decided.
    public let ending: Ending

    /// The first ``SandboxLimits/outputBytes`` bytes of standard output.
    ///
    /// Includes whatever background processes the program started wrote before they were killed.
    public let stdout: [UInt8]

    /// The first ``SandboxLimits/outputBytes`` bytes of standard error.
    ///
    /// Swift runtime traps and the Swift backtracer write here.
    public let stderr: [UInt8]

    /// Whether standard output went past the cap and was cut.
    ///
    /// When `true` the run was killed and ended as ``SandboxLimit/output``.
    public let stdoutTruncated: Bool

    /// Whether standard error went past the cap and was cut.
    ///
    /// When `true` the run was killed and ended as ``SandboxLimit/output``.
    public let stderrTruncated: Bool

    /// The bytes written to file descriptor 3, when ``SandboxRequest/captureChannel`` was set.
    ///
    /// Empty otherwise. At most ``channelCapacity`` bytes.
    public let channel: [UInt8]

    /// Whether the channel went past ``channelCapacity`` and was cut.
    ///
    /// When `true` the run was killed and ended as ``SandboxLimit/output``.
    public let channelTruncated: Bool

    /// Wall-clock time from spawn until the program was reaped, in seconds.
    ///
    /// Includes the few milliseconds `prlimit` takes to set the limits and exec the program.
    public let wallSeconds: Double

    /// User plus system CPU time of the program, in seconds, from `wait4`'s resource usage.
    ///
    /// Covers the program and those of its children it waited for itself.
    public let cpuSeconds: Double

    /// Peak resident memory of the program, in bytes, from `wait4`'s `ru_maxrss`.
    ///
    /// For the program itself or the largest of the children it waited for, not their sum.
    public let peakMemoryBytes: UInt64

    /// The most processes seen at once in the run's process group.
    ///
    /// Sampled from `/proc` when the run starts, every 100 ms, and when the program ends (which
    /// counts background processes it left behind, all of which are then killed). Short-lived
    /// processes between samples are missed, so this is a lower bound; 0 if `/proc` is unreadable.
    public let peakProcessCount: Int

    /// The limits the run was held to.
    ///
    /// Kept so ``description`` can name the limit that was hit.
    public let limits: SandboxLimits

    /// Whether the run was ended through its ``SandboxStop`` (its ending is then `SIGKILL`).
    public let wasStopped: Bool

    /// The most bytes ``channel`` keeps: 4 MiB.
    ///
    /// Writing more kills the run as ``SandboxLimit/output``.
    public static let channelCapacity = 4 << 20

    /// Lower-cased phrases in standard error that mark a failed allocation.
    ///
    /// Used by the memory heuristic described on the type: Swift's `failed to allocate`, Python's
    /// `MemoryError`, C++'s `bad_alloc`, glibc's and the shell's `Cannot allocate memory`, the
    /// dynamic loader's `failed to map segment` (the limit is below what the program needs just to
    /// load its libraries), and the generic `out of memory`.
    public static let allocationFailureMarkers = [
        "failed to allocate", "could not allocate", "cannot allocate memory",
        "memoryerror", "bad_alloc", "out of memory", "allocation failed",
        "failed to map segment",
    ]

    /// Creates a result.
    ///
    /// Normally made by ``Sandbox/run(_:)``; public so callers can build results in their own tests.
    public init(
        ending: Ending,
        stdout: [UInt8] = [],
        stderr: [UInt8] = [],
        stdoutTruncated: Bool = false,
        stderrTruncated: Bool = false,
        channel: [UInt8] = [],
        channelTruncated: Bool = false,
        wallSeconds: Double = 0,
        cpuSeconds: Double = 0,
        peakMemoryBytes: UInt64 = 0,
        peakProcessCount: Int = 0,
        limits: SandboxLimits = .default,
        wasStopped: Bool = false
    ) {
        self.ending = ending
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutTruncated = stdoutTruncated
        self.stderrTruncated = stderrTruncated
        self.channel = channel
        self.channelTruncated = channelTruncated
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
        self.peakMemoryBytes = peakMemoryBytes
        self.peakProcessCount = peakProcessCount
        self.limits = limits
        self.wasStopped = wasStopped
    }
}

extension SandboxResult: CustomStringConvertible {
    /// A sentence saying how the run ended, naming the limit involved.
    ///
    /// The same text as ``Sandbox/describe(_:limits:)`` with this result's ``limits``.
    public var description: String { Sandbox.describe(ending, limits: limits) }
}
