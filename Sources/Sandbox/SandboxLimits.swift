/// The hard limits one sandboxed run is held to.
///
/// Every limit applies to the child only; the calling process's own limits are never changed.
/// The kernel limits (CPU, memory, file size, process count) are set with `prlimit(1)` just
/// before the learner program is executed, so they bind that program and anything it starts.
/// The wall clock and the output caps are enforced by the supervising thread, which kills the
/// run's whole process group when either is passed.
public struct SandboxLimits: Sendable, Hashable {
    /// How long the run may take from spawn to exit, in seconds.
    ///
    /// When it passes, the whole process group is killed with `SIGKILL` and the run ends as
    /// ``SandboxResult/Ending/timedOut(afterSeconds:)``. Measured overshoot on a 2-core
    /// Debian 12 machine is a few milliseconds; the design bound is 0.2 s. Default 5.
    public var wallClockSeconds: Double

    /// CPU time (user + system) each process of the run may use, in seconds (`RLIMIT_CPU`).
    ///
    /// The soft limit is this value, so the program gets `SIGXCPU`; the hard limit is one second
    /// later, where the kernel sends `SIGKILL` to a program that ignored `SIGXCPU`. Both count as
    /// ``SandboxLimit/cpu``. The limit is per process: a program that forks gets a fresh budget
    /// in each child, which is why the wall clock is the real bound. Default 5.
    public var cpuSeconds: Int

    /// Address space each process may map, in bytes (`RLIMIT_AS`).
    ///
    /// This bounds virtual memory, not resident memory, and a Swift program maps its runtime
    /// libraries before `main` runs. Measured with Swift 6.3.1 on x86_64 Debian 12: `print("hi")`
    /// needs 16 MiB; a program that imports Foundation needs 69 MiB; one that also runs a task
    /// group (the concurrency runtime's threads each reserve a stack and a malloc arena) needs
    /// about 105 MiB. Below its floor a program usually fails to load (`failed to map segment`,
    /// reported as ``SandboxLimit/memory``), but the task-group program given 70–100 MiB loads
    /// and then hangs, so the run ends as a time-out. The thread count, and with it the floor,
    /// grows with the machine's core count. Do not go below 256 MiB for Swift programs.
    /// Default 1 GiB.
    public var memoryBytes: UInt64

    /// Largest file a process may write, in bytes (`RLIMIT_FSIZE`).
    ///
    /// A write past it fails and the process gets `SIGXFSZ`, reported as ``SandboxLimit/fileSize``.
    /// Pipes (standard output and error, the channel) are not files and are not affected.
    /// Default 16 MiB.
    public var fileSizeBytes: UInt64

    /// Number of processes the run's user may have (`RLIMIT_NPROC`).
    ///
    /// The kernel counts *all* processes of the real user ID, not just this run's, and does not
    /// enforce the limit at all for root (or any process with `CAP_SYS_RESOURCE`/`CAP_SYS_ADMIN`).
    /// So it is only meaningful when runs execute as a dedicated unprivileged user. A refused
    /// `fork` shows up as the program's own error (e.g. `sh: Cannot fork`), and the run keeps
    /// the ending the program chose; ``SandboxResult/peakProcessCount`` tells how many
    /// processes the run had. Default 64.
    public var processCount: Int

    /// Cap on the captured standard output and, separately, standard error, in bytes.
    ///
    /// The first `outputBytes` bytes of each stream are kept. One byte more on either stream
    /// kills the run, which ends as ``SandboxLimit/output``. Default 64 KiB.
    public var outputBytes: Int

    /// Creates limits, each defaulting to the value in ``default``.
    ///
    /// - Parameters:
    ///   - wallClockSeconds: Wall-clock time limit, greater than zero.
    ///   - cpuSeconds: CPU time limit per process, at least 1.
    ///   - memoryBytes: Address-space limit per process, at least 1.
    ///   - fileSizeBytes: Largest file a process may write.
    ///   - processCount: Process limit for the user, at least 1.
    ///   - outputBytes: Cap on each of standard output and standard error, at least 0.
    public init(
        wallClockSeconds: Double = 5,
        cpuSeconds: Int = 5,
        memoryBytes: UInt64 = 1 << 30,
        fileSizeBytes: UInt64 = 16 << 20,
        processCount: Int = 64,
        outputBytes: Int = 64 << 10
    ) {
        self.wallClockSeconds = wallClockSeconds
        self.cpuSeconds = cpuSeconds
        self.memoryBytes = memoryBytes
        self.fileSizeBytes = fileSizeBytes
        self.processCount = processCount
        self.outputBytes = outputBytes
    }

    /// The default limits: 5 s wall clock, 5 s CPU, 1 GiB memory, 16 MiB files, 64 processes, 64 KiB output.
    ///
    /// Suitable for a compiled Swift exercise that prints a modest amount of text.
    public static let `default` = SandboxLimits()

    /// Why these limits cannot be used, or `nil` when they can.
    func validationProblem() -> String? {
        if !(wallClockSeconds > 0) || !wallClockSeconds.isFinite {
            return "wallClockSeconds must be a positive finite number, got \(wallClockSeconds)"
        }
        if wallClockSeconds > 86_400 { return "wallClockSeconds must be at most one day" }
        if cpuSeconds < 1 { return "cpuSeconds must be at least 1, got \(cpuSeconds)" }
        if memoryBytes < 1 { return "memoryBytes must be at least 1" }
        if processCount < 1 { return "processCount must be at least 1, got \(processCount)" }
        if outputBytes < 0 { return "outputBytes must not be negative, got \(outputBytes)" }
        return nil
    }
}
