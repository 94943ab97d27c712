#if os(Linux)
import Glibc

/// Why the supervisor killed a run before it ended by itself.
enum KillReason: Sendable, Hashable {
    /// The wall-clock limit passed.
    case wallClock
    /// An output stream or the channel passed its cap.
    case output
    /// The caller flipped the run's ``SandboxStop``.
    case stopped
}

/// Everything observed about a finished run, before it is classified.
struct SupervisionOutcome {
    /// The raw status from `wait4`.
    var status: Int32
    /// The resource usage from `wait4`.
    var usage: rusage
    /// Spawn to reap, in seconds.
    var wallSeconds: Double
    /// Set when the supervisor killed the run.
    var killReason: KillReason?
    /// Standard output, standard error and the channel, all closed.
    var streams: [CapturedStream]
    /// The most processes seen at once in the run's process group.
    var peakProcessCount: Int
}

/// Watches one spawned child until it ends: feeds its input, drains its output, enforces the
/// wall clock and the output caps, kills its process group, and reaps it.
///
/// Everything happens on the calling thread with `poll(2)`; there is no shared state, so any
/// number of supervisors can run on different threads at once.
struct RunSupervisor {
    /// How long to keep reading output after the process group was killed, for pipes held open by
    /// a process that escaped the group (with `setsid`, say) and so survived the kill.
    static let drainGrace = 0.1
    /// How often the process group is counted.
    static let censusInterval = 0.1
    /// Poll interval used to notice the child's exit when `pidfd_open` is unavailable.
    static let exitPollInterval = 0.01

    private var child: LaunchedChild
    private let limits: SandboxLimits
    private let stop: SandboxStop?

    /// Takes over a freshly launched child.
    init(child: LaunchedChild, limits: SandboxLimits, stop: SandboxStop? = nil) {
        self.child = child
        self.limits = limits
        self.stop = stop
    }

    private enum Role {
        case stream(Int)
        case input(Int)
        case exitNotice
        case stopRequest
    }

    /// Runs the child to its end and reaps it; the child is always dead and reaped on return,
    /// and every descriptor is closed.
    mutating func supervise() throws(SandboxError) -> SupervisionOutcome {
        let pid = child.pid
        let pidfd = GlibcExtensions.shared.pidfdOpen?(pid, 0) ?? -1
        defer { if pidfd >= 0 { _ = close(pidfd) } }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }

        let deadline = child.startTime + limits.wallClockSeconds
        var killReason: KillReason?
        var peakProcessCount = ProcessGroupCensus.count(processGroup: pid)
        var nextCensus = MonotonicClock.now() + Self.censusInterval
        var pollFailure: Int32?
        var lost = false

        supervising: while true {
            switch exitState(of: pid) {
            case .exited: break supervising
            case .lost: lost = true; break supervising
            case .running: break
            }
            let now = MonotonicClock.now()
            if now >= deadline {
                killReason = .wallClock
                break
            }
            if now >= nextCensus {
                peakProcessCount = max(peakProcessCount, ProcessGroupCensus.count(processGroup: pid))
                nextCensus = now + Self.censusInterval
            }

            var pollSet: [pollfd] = []
            var roles: [Role] = []
            for index in child.streams.indices where child.streams[index].isOpen {
                pollSet.append(pollfd(fd: child.streams[index].fd, events: Int16(POLLIN), revents: 0))
                roles.append(.stream(index))
            }
            for index in child.inputs.indices where child.inputs[index].wantsToWrite {
                pollSet.append(pollfd(fd: child.inputs[index].writeEnd, events: Int16(POLLOUT), revents: 0))
                roles.append(.input(index))
            }
            if pidfd >= 0 {
                pollSet.append(pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0))
                roles.append(.exitNotice)
            }
            if let stop {
                pollSet.append(pollfd(fd: stop.fd, events: Int16(POLLIN), revents: 0))
                roles.append(.stopRequest)
            }
            var wakeAt = min(deadline, nextCensus)
            if pidfd < 0 { wakeAt = min(wakeAt, now + Self.exitPollInterval) }
            let timeout = Int32(max(0, ((wakeAt - now) * 1000).rounded(.up)))
            let ready = poll(&pollSet, nfds_t(pollSet.count), timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                pollFailure = errno
                break
            }
            for (slot, entry) in pollSet.enumerated() where entry.revents != 0 {
                switch roles[slot] {
                case let .stream(index):
                    child.streams[index].readAvailable(using: buffer)
                    if child.streams[index].truncated { killReason = .output }
                case let .input(index):
                    child.inputs[index].writeAvailable()
                case .exitNotice:
                    break  // exitState notices it at the top of the loop
                case .stopRequest:
                    if killReason == nil { killReason = .stopped }
                }
            }
            if killReason != nil { break }
        }

        // Until it is reaped, the child is alive or a zombie, so its pid still names this run's
        // process group and cannot have been reused. Count the group (this catches background
        // processes the program left behind), then kill all of it: on a time-out or output
        // overflow, and just as well after a normal exit, for stray grandchildren.
        if !lost {
            peakProcessCount = max(peakProcessCount, ProcessGroupCensus.count(processGroup: pid))
        }
        // Even when lost, grandchildren still in the group keep the group ID reserved.
        _ = kill(-pid, SIGKILL)
        if !lost { _ = kill(pid, SIGKILL) }
        drain(using: buffer)
        for index in child.inputs.indices { child.inputs[index].closeAll() }

        var status: Int32 = 0
        var usage = rusage()
        if !lost {
            while wait4(pid, &status, 0, &usage) < 0 {
                if errno == EINTR { continue }
                lost = true
                break
            }
        }
        let wallSeconds = MonotonicClock.now() - child.startTime
        for index in child.streams.indices { child.streams[index].close() }

        if let pollFailure { throw .systemCallFailed(call: "poll", errno: pollFailure) }
        if lost { throw .childLost(executable: "process \(pid)") }
        return SupervisionOutcome(
            status: status, usage: usage, wallSeconds: wallSeconds, killReason: killReason,
            streams: child.streams, peakProcessCount: peakProcessCount
        )
    }

    private enum ExitState { case running, exited, lost }

    /// Whether the child has exited, without reaping it (`WNOWAIT`), so its pid stays reserved.
    private func exitState(of pid: pid_t) -> ExitState {
        while true {
            var info = siginfo_t()
            if waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 {
                // The kernel sets si_signo to SIGCHLD when it found an exited child, 0 when not.
                return info.si_signo == SIGCHLD ? .exited : .running
            }
            if errno == EINTR { continue }
            return .lost
        }
    }

    /// Reads what is left in the output pipes after the group was killed, until every pipe is at
    /// end-of-file or ``drainGrace`` has passed.
    private mutating func drain(using buffer: UnsafeMutableRawBufferPointer) {
        let giveUpAt = MonotonicClock.now() + Self.drainGrace
        while true {
            var pollSet: [pollfd] = []
            var indices: [Int] = []
            for index in child.streams.indices where child.streams[index].isOpen {
                pollSet.append(pollfd(fd: child.streams[index].fd, events: Int16(POLLIN), revents: 0))
                indices.append(index)
            }
            let now = MonotonicClock.now()
            if pollSet.isEmpty || now >= giveUpAt { return }
            let timeout = Int32(max(0, ((giveUpAt - now) * 1000).rounded(.up)))
            let ready = poll(&pollSet, nfds_t(pollSet.count), timeout)
            if ready < 0 && errno != EINTR { return }
            for (slot, entry) in pollSet.enumerated() where entry.revents != 0 {
                child.streams[indices[slot]].readAvailable(using: buffer)
            }
        }
    }
}
#endif
