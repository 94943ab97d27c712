#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs untrusted programs with hard limits and reports exactly how each run ended.
///
/// Each run is spawned with `posix_spawn` (never `fork`) as the leader of a new process group,
/// through `prlimit(1)`, which sets the kernel limits of ``SandboxLimits`` and then execs the
/// program in place. The calling thread supervises it with `poll(2)`: it feeds standard input and
/// the secret, drains standard output, standard error and the channel concurrently, and kills the
/// whole process group with `SIGKILL` when the wall clock or an output cap is passed, and in any
/// case once the program has ended, so no background process it started outlives the run. The
/// program is reaped with `wait4` for its CPU time and peak memory.
///
/// The child's descriptors are 0 (``SandboxRequest/standardInput`` or `/dev/null`), 1 and 2, 3 (the
/// channel, if ``SandboxRequest/captureChannel``) and 4 (``SandboxRequest/secret``, if given);
/// every other descriptor is closed in the child, inheritable or not.
///
/// This is a resource fence for well-meaning but buggy code, not a security boundary: the program
/// runs as the calling user with its file system and network access, and a grandchild that leaves
/// the process group (`setsid`) escapes the final kill. Run as root, a program can even
/// `kill(-1, SIGKILL)` every process on the machine, and the process limit is not enforced. Use a
/// dedicated unprivileged user, and namespaces or containers around the grader, when that matters.
///
/// Linux only; on other systems ``run(_:)`` throws ``SandboxError/cannotStart(executable:reason:)``.
public enum Sandbox {
    /// The CPUs this process may use (for ``SandboxRequest/cpu``); empty when unknown.
    public static var allowedCPUs: [Int] {
        #if os(Linux)
        CPUAffinity.allowed
        #else
        []
        #endif
    }

    /// Runs the request's program to its end and reports how it ended.
    ///
    /// Blocks the calling thread for at most the wall-clock limit plus a fraction of a second.
    /// Thread-safe: runs on different threads proceed independently (the grader runs one per core).
    ///
    /// - Throws: ``SandboxError`` when the request is malformed or the program cannot be started;
    ///   everything the program itself does, crashing included, is a ``SandboxResult``.
    public static func run(_ request: SandboxRequest) throws(SandboxError) -> SandboxResult {
        // Passed descriptors belong to the run from here on, whatever happens.
        defer { for source in request.passedDescriptors.values { _ = close(source) } }
        if let problem = request.validationProblem() {
            throw .invalidRequest(reason: problem)
        }
        #if os(Linux)
        if let problem = ExecutableResolver.checkDirectory(request.workingDirectory) {
            throw .cannotStart(executable: request.executable, reason: problem)
        }
        let executablePath = try ExecutableResolver.resolve(request)
        let child = try ChildLauncher.launch(request, executablePath: executablePath)
        var supervisor = RunSupervisor(child: child, limits: request.limits, stop: request.stop)
        let outcome: SupervisionOutcome
        do {
            outcome = try supervisor.supervise()
        } catch .childLost {
            throw .childLost(executable: request.executable)
        } catch {
            throw error
        }
        let stdout = outcome.streams[0], stderr = outcome.streams[1], channel = outcome.streams[2]
        let usage = outcome.usage
        let cpuSeconds = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1_000_000
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1_000_000
        let peakMemoryBytes = UInt64(max(0, usage.ru_maxrss)) * 1024  // ru_maxrss is in KiB on Linux
        if let reason = prlimitFailure(status: outcome.status, stderr: stderr.bytes) {
            throw .cannotStart(executable: request.executable, reason: reason)
        }
        let facts = EndingClassifier.Facts(
            killedFor: outcome.killReason.map { reason -> EndingClassifier.KillReasonFact in
                switch reason {
                case .wallClock: return .wallClock
                case .output: return .output
                case .stopped: return .stopped
                }
            },
            status: outcome.status,
            cpuSeconds: cpuSeconds,
            peakMemoryBytes: peakMemoryBytes,
            stderr: stderr.bytes,
            overflowed: stdout.truncated || stderr.truncated || channel.truncated,
            limits: request.limits,
            signalsAsExitStatus: request.isolation != nil
        )
        return SandboxResult(
            ending: EndingClassifier.classify(facts),
            stdout: stdout.bytes,
            stderr: stderr.bytes,
            stdoutTruncated: stdout.truncated,
            stderrTruncated: stderr.truncated,
            channel: channel.bytes,
            channelTruncated: channel.truncated,
            wallSeconds: outcome.wallSeconds,
            cpuSeconds: cpuSeconds,
            peakMemoryBytes: peakMemoryBytes,
            peakProcessCount: outcome.peakProcessCount,
            limits: request.limits,
            wasStopped: outcome.killReason == .stopped
        )
        #else
        throw .cannotStart(executable: request.executable, reason: "the sandbox only runs on Linux")
        #endif
    }

    /// A sentence for learners saying how a run ended, naming the limit involved.
    ///
    /// Examples: "exited normally (status 0)", "exited with status 3", "crashed with SIGILL (a
    /// Swift runtime trap such as index out of range or force-unwrapping nil)", "timed out after
    /// 5.0 s", "hit the memory limit (1 GiB)", "printed more than the output limit (64 KiB)".
    public static func describe(_ ending: SandboxResult.Ending, limits: SandboxLimits) -> String {
        switch ending {
        case .exited(code: 0):
            return "exited normally (status 0)"
        case let .exited(code):
            return "exited with status \(code)"
        case let .signaled(signal, name):
            let verb = SignalNames.isCrash(signal) ? "crashed with" : "was killed by"
            if let why = SignalNames.explanation(of: signal) { return "\(verb) \(name) (\(why))" }
            return "\(verb) \(name)"
        case let .timedOut(seconds):
            return "timed out after \(secondsText(seconds)) s"
        case .limitExceeded(.cpu):
            return "hit the CPU time limit (\(limits.cpuSeconds) s)"
        case .limitExceeded(.memory):
            return "hit the memory limit (\(ByteCountText.of(limits.memoryBytes)))"
        case .limitExceeded(.fileSize):
            return "hit the file size limit (\(ByteCountText.of(limits.fileSizeBytes)))"
        case .limitExceeded(.output):
            return "printed more than the output limit (\(ByteCountText.of(UInt64(max(0, limits.outputBytes)))))"
        case .limitExceeded(.processCount):
            return "hit the process limit (\(limits.processCount) processes)"
        }
    }

    /// Seconds with one or two decimals: 5 → "5.0", 0.25 → "0.25", 0.1 + 0.2 → "0.3".
    static func secondsText(_ seconds: Double) -> String {
        guard seconds.isFinite, abs(seconds) < 1e12 else { return "\(seconds)" }
        let hundredths = Int((seconds * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The reason `prlimit` itself gave when it could not set a limit or exec the program, else nil.
    ///
    /// `prlimit` reports a failed exec as "prlimit: failed to execute …" with status 126 or 127, and
    /// a limit it could not set as "prlimit: failed to set the … resource limit" with status 1. (A
    /// program that prints exactly that and exits so would be taken for a start failure too.)
    static func prlimitFailure(status: Int32, stderr: [UInt8]) -> String? {
        guard status & 0x7f == 0 else { return nil }
        let prefix: String
        switch (status >> 8) & 0xff {
        case 126, 127: prefix = "prlimit: failed to execute "
        case 1: prefix = "prlimit: failed to set the "
        default: return nil
        }
        guard stderr.starts(with: Array(prefix.utf8)) else { return nil }
        let line = stderr.prefix { $0 != UInt8(ascii: "\n") }.dropFirst("prlimit: ".utf8.count)
        return String(decoding: line, as: UTF8.self)
    }
}
