#if os(Linux)
import Glibc

/// A child that has been spawned, with the parent's ends of its pipes.
struct LaunchedChild {
    /// The child's process ID, which is also its process group ID.
    let pid: pid_t
    /// Monotonic time just before `posix_spawn`.
    let startTime: Double
    /// Standard output, standard error and the channel, in that order (the channel may be ``CapturedStream/absent``).
    var streams: [CapturedStream]
    /// Standard input and the secret, for those the request gave bytes for.
    var inputs: [PendingInput]
}

/// Spawns the learner program under `prlimit(1)` with `posix_spawn`.
///
/// Why `prlimit` and not a shell trampoline (`sh -c 'ulimit …; exec "$0" "$@"'`): `posix_spawn`
/// cannot set resource limits, and `fork()` followed by `setrlimit` is unsafe in a threaded Swift
/// process, so a helper must set them between spawn and exec. `prlimit` (util-linux, part of every
/// Debian system) takes exact byte counts, sets soft and hard limits separately, touches nothing
/// else, and `exec`s the program in the same process, so the program keeps the pid and process
/// group we spawned. A shell's `ulimit` uses per-shell units (dash counts `-f` in 512-byte blocks,
/// `-v` in KiB), cannot set soft and hard limits to different values in one call portably, and
/// puts shell parsing between us and the program.
enum ChildLauncher {
    /// Where `prlimit` is looked for.
    static let prlimitCandidates = ["/usr/bin/prlimit", "/bin/prlimit"]

    /// The first `prlimit` found, or nil.
    static let prlimitPath: String? = prlimitCandidates.first { access($0, X_OK) == 0 }

    /// `RLIMIT_NPROC`, which the Swift importer hides behind `__USE_MISC`; 6 on x86_64 and arm64 Linux.
    static let rlimitNproc: Int32 = 6

    /// The `prlimit` arguments that apply `limits`, never above the calling process's own hard limits
    /// (an unprivileged process could not raise them, and `prlimit` would refuse to run).
    static func limitArguments(for limits: SandboxLimits) -> [String] {
        func clamp(_ resource: Int32, _ wanted: UInt64) -> UInt64 {
            var current = rlimit()
            guard getrlimit(resource, &current) == 0 else { return wanted }
            return min(wanted, UInt64(current.rlim_max))
        }
        let cpuSoft = clamp(Int32(RLIMIT_CPU.rawValue), UInt64(limits.cpuSeconds))
        let cpuHard = clamp(Int32(RLIMIT_CPU.rawValue), UInt64(limits.cpuSeconds) + 1)
        let memory = clamp(Int32(RLIMIT_AS.rawValue), limits.memoryBytes)
        let fileSize = clamp(Int32(RLIMIT_FSIZE.rawValue), limits.fileSizeBytes)
        let processes = clamp(rlimitNproc, UInt64(limits.processCount))
        return [
            "--cpu=\(cpuSoft):\(cpuHard)",
            "--as=\(memory):\(memory)",
            "--fsize=\(fileSize):\(fileSize)",
            "--nproc=\(processes):\(processes)",
            "--core=0:0",  // no core files in the learner's directory, no slow crash-dump handlers
        ]
    }

    /// Spawns `executablePath` as the request describes and returns it running.
    static func launch(_ request: SandboxRequest, executablePath: String) throws(SandboxError) -> LaunchedChild {
        guard let prlimit = prlimitPath else {
            throw .cannotStart(executable: request.executable,
                               reason: "prlimit (util-linux) was not found at \(prlimitCandidates.joined(separator: " or "))")
        }
        let glibc = GlibcExtensions.shared
        guard let addChdir = glibc.addChdir else {
            throw .cannotStart(executable: request.executable,
                               reason: "the C library lacks posix_spawn_file_actions_addchdir_np (needs glibc 2.29 or later)")
        }

        // Every descriptor made here is close-on-exec and numbered 5 or more, so concurrent spawns
        // on other threads cannot inherit it and the dup2s onto 0–4 below cannot clobber a source.
        var parentSide: [Int32] = []  // closed if the launch fails
        var childSide: [Int32] = []   // always closed once the child has its copies
        var launched = false
        defer {
            for fd in childSide { _ = close(fd) }
            if !launched { for fd in parentSide { _ = close(fd) } }
        }

        let stdoutPipe = try makePipe()
        parentSide.append(stdoutPipe.read); childSide.append(stdoutPipe.write)
        let stderrPipe = try makePipe()
        parentSide.append(stderrPipe.read); childSide.append(stderrPipe.write)
        var channelPipe: (read: Int32, write: Int32)?
        if request.captureChannel {
            let pipe = try makePipe()
            parentSide.append(pipe.read); childSide.append(pipe.write)
            channelPipe = pipe
        }
        // For the input pipes the parent keeps the read end too (see PendingInput).
        var stdinPipe: (read: Int32, write: Int32)?
        if request.standardInput != nil {
            let pipe = try makePipe()
            parentSide.append(pipe.read); parentSide.append(pipe.write)
            stdinPipe = pipe
        }
        var secretPipe: (read: Int32, write: Int32)?
        if request.secret != nil {
            let pipe = try makePipe()
            parentSide.append(pipe.read); parentSide.append(pipe.write)
            secretPipe = pipe
        }
        for fd in [stdoutPipe.read, stderrPipe.read, channelPipe?.read, stdinPipe?.write, secretPipe?.write] {
            if let fd { try setNonBlocking(fd) }
        }

        var actions = posix_spawn_file_actions_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else {
            throw .systemCallFailed(call: "posix_spawn_file_actions_init", errno: errno)
        }
        defer { posix_spawn_file_actions_destroy(&actions) }
        var failures: Int32 = 0
        func check(_ result: Int32) { if result != 0 && failures == 0 { failures = result } }
        check(request.workingDirectory.withCString { addChdir(&actions, $0) })
        if let stdinPipe {
            check(posix_spawn_file_actions_adddup2(&actions, stdinPipe.read, 0))
        } else {
            check(posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0))
        }
        check(posix_spawn_file_actions_adddup2(&actions, stdoutPipe.write, 1))
        check(posix_spawn_file_actions_adddup2(&actions, stderrPipe.write, 2))
        if let channelPipe { check(posix_spawn_file_actions_adddup2(&actions, channelPipe.write, 3)) }
        if let secretPipe { check(posix_spawn_file_actions_adddup2(&actions, secretPipe.read, 4)) }
        // Close everything else the calling process may have left inheritable (not every library
        // uses O_CLOEXEC). A close of a descriptor that is not open is ignored by glibc.
        var firstUnused: Int32 = secretPipe != nil ? 5 : (channelPipe != nil ? 4 : 3)
        if secretPipe != nil && channelPipe == nil { check(posix_spawn_file_actions_addclose(&actions, 3)) }
        // Passed descriptors go last, from copies numbered 10 and up, so no dup2 above or
        // here can clobber the source of another.
        if !request.passedDescriptors.isEmpty {
            for fd in firstUnused..<5 { check(posix_spawn_file_actions_addclose(&actions, fd)) }
            for target in Int32(5)...9 where request.passedDescriptors[target] == nil {
                check(posix_spawn_file_actions_addclose(&actions, target))
            }
            for (target, source) in request.passedDescriptors.sorted(by: { $0.key < $1.key }) {
                let copy = fcntl(source, F_DUPFD_CLOEXEC, 10)
                guard copy >= 0 else { throw .systemCallFailed(call: "fcntl(F_DUPFD_CLOEXEC)", errno: errno) }
                childSide.append(copy)
                check(posix_spawn_file_actions_adddup2(&actions, copy, target))
            }
            firstUnused = 10
        }
        if let addCloseFrom = glibc.addCloseFrom {
            check(addCloseFrom(&actions, firstUnused))
        } else {
            // Older glibc: only close-on-exec descriptors stay out of the child.
            for fd in firstUnused..<5 { check(posix_spawn_file_actions_addclose(&actions, fd)) }
        }
        guard failures == 0 else { throw .systemCallFailed(call: "posix_spawn_file_actions", errno: failures) }

        var attributes = posix_spawnattr_t()
        guard posix_spawnattr_init(&attributes) == 0 else {
            throw .systemCallFailed(call: "posix_spawnattr_init", errno: errno)
        }
        defer { posix_spawnattr_destroy(&attributes) }
        // A new process group led by the child, so the whole run can be killed at once; an empty
        // signal mask and default dispositions, whatever this thread blocks or this process ignores
        // (an ignored SIGPIPE, say, would otherwise be inherited across exec).
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        check(posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)))
        check(posix_spawnattr_setpgroup(&attributes, 0))
        check(posix_spawnattr_setsigmask(&attributes, &noSignals))
        check(posix_spawnattr_setsigdefault(&attributes, &allSignals))
        guard failures == 0 else { throw .systemCallFailed(call: "posix_spawnattr", errno: failures) }

        var command = [executablePath] + request.arguments
        if let isolation = request.isolation {
            guard let isolated = isolation.commandLine(executable: executablePath, arguments: request.arguments) else {
                throw .cannotStart(executable: request.executable,
                                   reason: "isolation was asked for, but bubblewrap (bwrap) or setpriv is not installed")
            }
            command = isolated
        }
        let argv = [prlimit] + limitArguments(for: request.limits) + ["--"] + command
        let environment = request.environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let startTime = MonotonicClock.now()
        let result = CPUAffinity.with(cpu: request.cpu) {
            withCStringArray(argv) { argvPointer in
                withCStringArray(environment) { environmentPointer in
                    posix_spawn(&pid, prlimit, &actions, &attributes, argvPointer, environmentPointer)
                }
            }
        }
        guard result == 0 else {
            throw .cannotStart(executable: request.executable, reason: "posix_spawn failed: \(ErrorText.of(result))")
        }
        launched = true

        var inputs: [PendingInput] = []
        if let stdinPipe {
            inputs.append(PendingInput(writeEnd: stdinPipe.write, readEnd: stdinPipe.read, bytes: request.standardInput ?? []))
        }
        if let secretPipe {
            inputs.append(PendingInput(writeEnd: secretPipe.write, readEnd: secretPipe.read, bytes: request.secret ?? []))
        }
        let outputCap = request.limits.outputBytes
        return LaunchedChild(
            pid: pid,
            startTime: startTime,
            streams: [
                CapturedStream(fd: stdoutPipe.read, capacity: outputCap),
                CapturedStream(fd: stderrPipe.read, capacity: outputCap),
                channelPipe.map { CapturedStream(fd: $0.read, capacity: SandboxResult.channelCapacity) } ?? .absent,
            ],
            inputs: inputs
        )
    }

    /// A close-on-exec pipe whose two descriptors are both 5 or above.
    private static func makePipe() throws(SandboxError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        let result: Int32
        if let pipe2 = GlibcExtensions.shared.pipe2 {
            result = fds.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) }
        } else {
            result = pipe(&fds)
            if result == 0 {
                _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
                _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            }
        }
        guard result == 0 else { throw .systemCallFailed(call: "pipe2", errno: errno) }
        // aboveStandardRange consumes the descriptor it is given, whether it succeeds or not.
        let read: Int32
        do { read = try aboveStandardRange(fds[0]) } catch { _ = close(fds[1]); throw error }
        let write: Int32
        do { write = try aboveStandardRange(fds[1]) } catch { _ = close(read); throw error }
        return (read, write)
    }

    /// `fd` itself if it is 5 or above, else a close-on-exec duplicate that is (closing the original).
    private static func aboveStandardRange(_ fd: Int32) throws(SandboxError) -> Int32 {
        if fd >= 5 { return fd }
        let moved = fcntl(fd, F_DUPFD_CLOEXEC, 5)
        let code = errno
        _ = close(fd)
        guard moved >= 0 else { throw .systemCallFailed(call: "fcntl(F_DUPFD_CLOEXEC)", errno: code) }
        return moved
    }

    private static func setNonBlocking(_ fd: Int32) throws(SandboxError) {
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw .systemCallFailed(call: "fcntl(O_NONBLOCK)", errno: errno)
        }
    }

    /// Calls `body` with a NULL-terminated array of C strings that lives for the call.
    private static func withCStringArray<R>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R
    ) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
#endif
