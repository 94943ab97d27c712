#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides a run's ``SandboxResult/Ending`` from what was observed; the rules are documented on
/// ``SandboxResult``.
enum EndingClassifier {
    /// What the classifier looks at.
    struct Facts {
        /// Set when the supervisor killed the run.
        var killedFor: KillReasonFact?
        /// The raw `wait4` status.
        var status: Int32
        /// User plus system CPU seconds.
        var cpuSeconds: Double
        /// Peak resident memory in bytes.
        var peakMemoryBytes: UInt64
        /// The captured standard error.
        var stderr: [UInt8]
        /// Whether any stream or the channel went past its cap (possibly only while draining after exit).
        var overflowed: Bool
        /// The limits of the run.
        var limits: SandboxLimits
        /// Whether the program ran under bubblewrap, whose init reports a program killed by
        /// signal N as exit status 128 + N.
        var signalsAsExitStatus = false
    }

    /// The supervisor's reason for a kill, mirrored here so classification does not need the Linux-only supervisor.
    enum KillReasonFact { case wallClock, output, stopped }

    /// Exit status a POSIX shell reports for a child killed by `signal`.
    static func shellStatus(for signal: Int32) -> Int32 { 128 + signal }

    /// Fraction of the CPU limit the reported CPU time must reach for a SIGKILL or status 152 to count as the CPU limit.
    static let cpuShareOfLimit = 0.9

    /// Fraction of the memory limit that peak resident memory must reach to count as hitting it.
    static let residentShareOfLimit = 0.8

    /// The ending these facts amount to.
    static func classify(_ facts: Facts) -> SandboxResult.Ending {
        let limits = facts.limits
        switch facts.killedFor {
        case .wallClock: return .timedOut(afterSeconds: limits.wallClockSeconds)
        case .output: return .limitExceeded(.output)
        case .stopped: return .signaled(signal: SIGKILL, name: SignalNames.name(of: SIGKILL))
        case nil: break
        }
        if facts.overflowed { return .limitExceeded(.output) }

        let low = facts.status & 0x7f
        var exitCode: Int32? = low == 0 ? (facts.status >> 8) & 0xff : nil
        var signal: Int32? = (low != 0 && low != 0x7f) ? low : nil
        if facts.signalsAsExitStatus, let code = exitCode, (129...(128 + 64)).contains(code) {
            signal = code - 128
            exitCode = nil
        }

        // CPU: the soft limit's SIGXCPU, the hard limit's SIGKILL, or a shell reporting SIGXCPU
        // for its child; the last two only when the CPU time reached the limit. The kernel enforces
        // the limit on precise run time but reports tick-sampled user/system times, which can come
        // out several percent low (1.88 s seen for a kill at 2 s on a loaded machine), hence 90 %.
        let reachedCPU = facts.cpuSeconds >= Double(limits.cpuSeconds) * cpuShareOfLimit
        if signal == SIGXCPU
            || (signal == SIGKILL && reachedCPU)
            || (exitCode == shellStatus(for: SIGXCPU) && reachedCPU) {
            return .limitExceeded(.cpu)
        }
        if signal == SIGXFSZ || exitCode == shellStatus(for: SIGXFSZ) {
            return .limitExceeded(.fileSize)
        }
        let endedBadly = signal != nil || (exitCode ?? 0) != 0
        if endedBadly && looksLikeMemoryExhaustion(facts) {
            return .limitExceeded(.memory)
        }
        if let signal { return .signaled(signal: signal, name: SignalNames.name(of: signal)) }
        return .exited(code: exitCode ?? -1)
    }

    private static func looksLikeMemoryExhaustion(_ facts: Facts) -> Bool {
        if Double(facts.peakMemoryBytes) >= Double(facts.limits.memoryBytes) * residentShareOfLimit {
            return true
        }
        let text = String(decoding: facts.stderr, as: UTF8.self).lowercased()
        return SandboxResult.allocationFailureMarkers.contains { text.contains($0) }
    }
}
