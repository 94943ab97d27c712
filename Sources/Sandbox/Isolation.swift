#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a sandboxed program inside bubblewrap (`bwrap`): its own user, PID, network, IPC, UTS
/// and cgroup namespaces, a read-only view of the system, and nothing else of the file system.
///
/// What the program sees:
/// - `/usr`, `/bin`, `/sbin`, `/lib*` and `/etc` read-only, so dynamically linked programs and
///   Foundation (time zones, locales) work; plus ``readOnlyPaths`` (the Swift runtime's folder),
///   read-only at the same paths;
/// - its executable, read-only, at ``Isolation/executableFolder``;
/// - a private, empty, writable `/tmp` (its working directory) that disappears with the run;
/// - a fresh `/proc` of its own PID namespace and a minimal `/dev`.
///
/// Not visible: home folders, the course checkout, the grader's cache, reports, checks and
/// solutions (unless they live under one of the system folders above, in which case
/// ``hiddenPaths`` covers them with empty folders). No network (a namespace with only a
/// loopback interface that is down). The program is PID 2 of its namespace under bubblewrap's
/// init: when the run is killed, or its main process ends, the kernel kills every process of
/// the namespace, whatever process group or session they made, and `--die-with-parent` ties
/// the namespace to the supervising process. `--new-session` keeps it off the grader's
/// terminal (no `TIOCSTI` typing into it).
///
/// Run as root, the program is started as an unprivileged user of its own (see
/// ``unprivilegedID()``) through `setpriv`, so the kernel enforces the process limit (it does
/// not for root) and root-only files stay unreadable.
///
/// Measured on the 2-core Debian 12 machine (kernel 6.x, bubblewrap 0.8.0) by
/// `Benchmarks/grade.py`: ~6 ms of CPU per run (300 runs of `true` or a small Swift program)
/// and 6–8 ms of wall time when the machine is quiet.
public struct Isolation: Sendable, Hashable {
    /// Extra host folders made visible read-only at the same path (e.g. the Swift runtime).
    public var readOnlyPaths: [String]
    /// Host folders that must stay invisible even if they lie under a visible folder: each is
    /// covered with an empty, read-only folder.
    public var hiddenPaths: [String]

    /// Where the executable's folder appears inside the sandbox.
    public static let executableFolder = "/run/course"

    /// System folders always made visible read-only (those that exist).
    public static let systemPaths = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc"]

    /// Creates an isolation policy.
    public init(readOnlyPaths: [String] = [], hiddenPaths: [String] = []) {
        self.readOnlyPaths = readOnlyPaths
        self.hiddenPaths = hiddenPaths
    }

    /// The unprivileged user a run is started as when the grader runs as root: a user ID of
    /// its own, with no account and no files, so the process limit counts this run's
    /// processes only (one learner's fork bomb cannot starve another's exercise graded at the
    /// same time, as it could if every run were `nobody`). Distinct for the 1,000 most recent
    /// runs of one grader and across graders whose process IDs differ modulo 100,000.
    ///
    /// Why rotate at all: bubblewrap's init outlives `bwrap` by a moment and is reaped by PID 1
    /// (seen: about 2 s), and a zombie still counts against its user's process limit; one
    /// ID reused in a tight loop hit the limit after ~62 runs.
    static func unprivilegedID() -> Int {
        let slot = runCounter.next() % 1_000
        return 1_000_000_000 + Int(getpid() % 100_000) * 1_000 + slot
    }

    /// Counts runs, for ``unprivilegedID()``.
    private static let runCounter = RunCounter()

    /// `bwrap` on this machine, or nil.
    public static let bubblewrapPath: String? = ["/usr/bin/bwrap", "/usr/local/bin/bwrap", "/bin/bwrap"]
        .first { access($0, X_OK) == 0 }

    /// `setpriv` (util-linux), used to drop root before `bwrap`.
    static let setprivPath: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first { access($0, X_OK) == 0 }

    /// The program and arguments that run `executable` (an absolute host path) with `arguments`
    /// under this isolation; `prlimit` goes in front of them.
    func commandLine(executable: String, arguments: [String]) -> [String]? {
        guard let bwrap = Self.bubblewrapPath else { return nil }
        var command: [String] = []
        if geteuid() == 0 {
            guard let setpriv = Self.setprivPath else { return nil }
            let id = Self.unprivilegedID()
            command += [setpriv, "--reuid=\(id)", "--regid=\(id)", "--clear-groups", "--"]
        }
        command += [bwrap, "--unshare-all", "--die-with-parent", "--new-session"]
        for path in Self.systemPaths + readOnlyPaths {
            command += ["--ro-bind-try", path, path]
        }
        // A hidden folder strictly inside a visible one is covered; one that is itself a system
        // folder (a course run from /usr, say) cannot be hidden without hiding the system.
        for path in hiddenPaths where Self.isUnder(path, anyOf: Self.systemPaths + readOnlyPaths)
            && !(Self.systemPaths + readOnlyPaths).contains(path) {
            command += ["--tmpfs", path, "--remount-ro", path]
        }
        let slash = executable.lastIndex(of: "/")!
        let folder = String(executable[..<slash]), name = String(executable[executable.index(after: slash)...])
        command += [
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
            "--ro-bind", folder, Self.executableFolder,
            "--chdir", "/tmp",
            "--", Self.executableFolder + "/" + name,
        ]
        return command + arguments
    }

    /// Whether `path` is one of `folders` or inside one.
    static func isUnder(_ path: String, anyOf folders: [String]) -> Bool {
        folders.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    /// Whether bubblewrap can create its namespaces here, or why not; probed once per process
    /// by running `/bin/true` under it.
    public static let availability: Availability = probe()

    /// Whether isolation works on this machine.
    public enum Availability: Sendable, Equatable {
        /// bubblewrap works.
        case available
        /// It does not; the text says why, for a one-line warning or error.
        case unavailable(String)
    }

    private static func probe() -> Availability {
        #if os(Linux)
        guard bubblewrapPath != nil else {
            return .unavailable("bubblewrap (bwrap) is not installed; scripts/setup installs it (Debian: apt-get install bubblewrap)")
        }
        if geteuid() == 0 && setprivPath == nil {
            return .unavailable("setpriv (util-linux) is missing, needed to drop root before bubblewrap")
        }
        let request = SandboxRequest(executable: "/bin/true", workingDirectory: "/",
                                     limits: SandboxLimits(wallClockSeconds: 10), isolation: Isolation())
        do {
            let result = try Sandbox.run(request)
            if case .exited(0) = result.ending { return .available }
            let why = String(decoding: result.stderr, as: UTF8.self).split(separator: "\n").first.map(String.init)
            return .unavailable("bubblewrap cannot create namespaces here (\(why ?? result.description))")
        } catch {
            return .unavailable("bubblewrap could not be started: \(error)")
        }
        #else
        return .unavailable("isolation needs Linux namespaces (bubblewrap); this system has none")
        #endif
    }
}

/// A thread-safe counter (the Sandbox module does without Foundation's locks).
private final class RunCounter: @unchecked Sendable {
    // Guarded by `mutex`, which lives at a fixed address for the counter's lifetime.
    private var value = 0
    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        return mutex
    }()

    func next() -> Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        value &+= 1
        return value
    }
}
