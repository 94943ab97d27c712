#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names and explanations of signals.
enum SignalNames {
    private static let known: [Int32: String] = {
        var names: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL",
            SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGUSR1: "SIGUSR1", SIGSEGV: "SIGSEGV", SIGUSR2: "SIGUSR2",
            SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM", SIGTERM: "SIGTERM", SIGCHLD: "SIGCHLD",
            SIGCONT: "SIGCONT", SIGSTOP: "SIGSTOP", SIGTSTP: "SIGTSTP", SIGTTIN: "SIGTTIN",
            SIGTTOU: "SIGTTOU", SIGURG: "SIGURG", SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ",
            SIGVTALRM: "SIGVTALRM", SIGPROF: "SIGPROF", SIGWINCH: "SIGWINCH", SIGIO: "SIGIO",
            SIGSYS: "SIGSYS",
        ]
        #if os(Linux)
        names[SIGSTKFLT] = "SIGSTKFLT"
        names[SIGPWR] = "SIGPWR"
        #endif
        return names
    }()

    /// The conventional name, e.g. "SIGSEGV"; real-time signals are "SIGRTMIN+n" (Linux numbering,
    /// where glibc's SIGRTMIN is 34), anything else "SIG<number>".
    static func name(of signal: Int32) -> String {
        if let name = known[signal] { return name }
        #if os(Linux)
        if signal >= 34 && signal <= 64 { return signal == 34 ? "SIGRTMIN" : "SIGRTMIN+\(signal - 34)" }
        #endif
        return "SIG\(signal)"
    }

    /// Whether the signal is one a program raises on itself by faulting or aborting, as opposed to
    /// one sent from outside.
    static func isCrash(_ signal: Int32) -> Bool {
        [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS].contains(signal)
    }

    /// A parenthetical explanation for learners, or `nil` when there is nothing useful to add.
    static func explanation(of signal: Int32) -> String? {
        switch signal {
        case SIGILL, SIGTRAP:
            return "a Swift runtime trap such as index out of range or force-unwrapping nil"
        case SIGSEGV:
            return "an invalid memory access, often a stack overflow from runaway recursion"
        case SIGBUS:
            return "a misaligned or out-of-bounds memory access"
        case SIGABRT:
            return "the program aborted itself, e.g. through abort() or a failed C assertion"
        case SIGFPE:
            return "an arithmetic fault such as integer division by zero in C code"
        case SIGKILL:
            return "killed from outside the program, e.g. by the system's out-of-memory killer"
        case SIGPIPE:
            return "it wrote to a pipe that nobody reads"
        default:
            return nil
        }
    }
}
