import Foundation
import Testing
@testable import Sandbox

@Suite struct Signals {
    @Test(arguments: [
        ("SEGV", SIGSEGV, "SIGSEGV", "crashed with SIGSEGV (an invalid memory access, often a stack overflow from runaway recursion)"),
        ("ILL", SIGILL, "SIGILL", "crashed with SIGILL (a Swift runtime trap such as index out of range or force-unwrapping nil)"),
        ("ABRT", SIGABRT, "SIGABRT", "crashed with SIGABRT (the program aborted itself, e.g. through abort() or a failed C assertion)"),
        ("TRAP", SIGTRAP, "SIGTRAP", "crashed with SIGTRAP (a Swift runtime trap such as index out of range or force-unwrapping nil)"),
        ("TERM", SIGTERM, "SIGTERM", "was killed by SIGTERM"),
        ("KILL", SIGKILL, "SIGKILL", "was killed by SIGKILL (killed from outside the program, e.g. by the system's out-of-memory killer)"),
    ])
    func programKilledBySignal(shellName: String, signal: Int32, name: String, message: String) throws {
        let result = try Fixture.shell("echo before; kill -\(shellName) $$; echo after")
        #expect(result.ending == .signaled(signal: signal, name: name))
        #expect(result.description == message)
        #expect(Fixture.text(result.stdout) == "before\n")
    }

    @Test func signalNames() {
        #expect(SignalNames.name(of: SIGXCPU) == "SIGXCPU")
        #expect(SignalNames.name(of: SIGSYS) == "SIGSYS")
        #expect(SignalNames.name(of: 34) == "SIGRTMIN")
        #expect(SignalNames.name(of: 40) == "SIGRTMIN+6")
        #expect(SignalNames.name(of: 99) == "SIG99")
    }
}
