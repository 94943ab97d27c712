/// Which of the ``SandboxLimits`` a run ran into.
///
/// Used by ``SandboxResult/Ending/limitExceeded(_:)``. The wall clock has its own ending,
/// ``SandboxResult/Ending/timedOut(afterSeconds:)``.
public enum SandboxLimit: Sendable, Hashable, CaseIterable {
    /// The CPU time limit: the program got `SIGXCPU`, or `SIGKILL` at the hard limit one second later.
    ///
    /// See ``SandboxLimits/cpuSeconds``.
    case cpu

    /// The address-space limit, as judged by a heuristic.
    ///
    /// `RLIMIT_AS` makes allocations fail rather than kill, so the program dies in its own way.
    /// See ``SandboxResult`` for the rule used. See ``SandboxLimits/memoryBytes``.
    case memory

    /// The file size limit: the program got `SIGXFSZ`.
    ///
    /// See ``SandboxLimits/fileSizeBytes``.
    case fileSize

    /// The output cap: standard output, standard error or the channel grew past its cap and the run was killed.
    ///
    /// See ``SandboxLimits/outputBytes`` and ``SandboxRequest/captureChannel``.
    case output

    /// The process-count limit.
    ///
    /// Reserved: the sandbox never reports it on its own, because a refused `fork` surfaces as
    /// the program's own error and the run keeps the ending the program chose. See
    /// ``SandboxLimits/processCount`` and ``SandboxResult/peakProcessCount``.
    case processCount
}
