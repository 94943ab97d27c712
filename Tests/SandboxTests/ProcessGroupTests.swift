import Foundation
import Testing
@testable import Sandbox

@Suite struct ProcessGroup {
    /// Whether a process is gone: no such pid, or only a zombie waiting for its new parent to reap it.
    static func isGone(_ pid: pid_t) -> Bool {
        if kill(pid, 0) != 0 && errno == ESRCH { return true }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
    }

    @Test func backgroundGrandchildrenAreKilled() throws {
        let directory = Fixture.makeTemporaryDirectory()
        let script = "sleep 100 & echo $! > pids; sleep 100 & echo $! >> pids; (sleep 100 & echo $! >> pids; wait) & echo spawned"
        let result = try Fixture.shell(script + "; sleep 0.3; exit 0", in: directory)
        #expect(result.ending == .exited(code: 0))
        #expect(result.description == "exited normally (status 0)")
        #expect(Fixture.text(result.stdout) == "spawned\n")
        // They held stdout open too, yet the run ended with the shell.
        #expect(result.wallSeconds < 1.5, "took \(result.wallSeconds) s")
        #expect(result.peakProcessCount >= 4, "peak \(result.peakProcessCount)")

        let pids = try String(contentsOfFile: directory + "/pids", encoding: .utf8)
            .split(separator: "\n").compactMap { pid_t($0) }
        #expect(pids.count == 3)
        // SIGKILL is delivered at once; give the kernel a moment to finish tearing them down.
        let giveUp = Date().addingTimeInterval(2)
        while !pids.allSatisfy(Self.isGone) && Date() < giveUp { usleep(10_000) }
        for pid in pids { #expect(Self.isGone(pid), "grandchild \(pid) survived") }
    }

    /// As root the kernel ignores RLIMIT_NPROC, so drop to `nobody` (via util-linux setpriv) to show the
    /// limit reaches the program: its forks fail and the shell reports that itself.
    @Test(.enabled(if: getuid() == 0, "needs root to switch to nobody"))
    func processLimitAppliesToUnprivilegedUsers() throws {
        var limits = SandboxLimits.default
        limits.processCount = 3
        let result = try Sandbox.run(SandboxRequest(
            executable: "/usr/bin/setpriv",
            arguments: ["--reuid=65534", "--regid=65534", "--clear-groups", "/bin/sh", "-c",
                        "for i in 1 2 3 4 5 6; do sleep 1 & done; wait; echo unreachable"],
            workingDirectory: "/", environment: Fixture.environment, limits: limits))
        #expect(result.ending == .exited(code: 2))
        #expect(result.description == "exited with status 2")
        #expect(Fixture.text(result.stderr).contains("Cannot fork"))
        #expect(result.peakProcessCount <= 3)
        #expect(result.stdout.isEmpty)
    }

    @Test(.enabled(if: getuid() == 0, "documents root behaviour"))
    func processLimitIsNotEnforcedForRoot() throws {
        var limits = SandboxLimits.default
        limits.processCount = 1
        let result = try Fixture.shell("sleep 0.2 & sleep 0.2 & wait; echo forked", limits: limits)
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "forked\n")
    }
}

@Suite struct Channel {
    @Test func secretInChannelOut() throws {
        let secret = Array("nonce-4f9a\n".utf8)
        let result = try Fixture.shell("cat <&4 >&3; echo visible", secret: secret, captureChannel: true)
        #expect(result.ending == .exited(code: 0))
        #expect(result.channel == secret)
        #expect(Fixture.text(result.stdout) == "visible\n")
        #expect(!result.channelTruncated)
        #expect(result.description == "exited normally (status 0)")
    }

    @Test func descriptorsThreeAndFourAreExactlyThePipes() throws {
        let result = try Fixture.shell(
            "for fd in 3 4 5 6; do if [ -e /proc/$$/fd/$fd ]; then readlink /proc/$$/fd/$fd | cut -c1-5; else echo none; fi; done",
            secret: [1], captureChannel: true)
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "pipe:\npipe:\nnone\nnone\n")
    }

    @Test func channelClosedWhenNotRequested() throws {
        let result = try Fixture.shell("echo x >&3", secret: Array("s".utf8))
        #expect(result.ending == .exited(code: 2))
        #expect(result.description == "exited with status 2")
        #expect(Fixture.text(result.stderr).contains("Bad file descriptor"))
        #expect(result.channel.isEmpty)
    }

    @Test func secretClosedWhenNotGiven() throws {
        let result = try Fixture.shell("cat <&4", captureChannel: true)
        #expect(result.ending == .exited(code: 2))
        #expect(Fixture.text(result.stderr).contains("Bad file descriptor"))
        #expect(result.description == "exited with status 2")
    }

    @Test func channelOverflowKillsTheRun() throws {
        let result = try Fixture.shell("yes >&3", captureChannel: true)
        #expect(result.ending == .limitExceeded(.output))
        #expect(result.channelTruncated)
        #expect(result.channel.count == SandboxResult.channelCapacity)
        #expect(result.description == "printed more than the output limit (64 KiB)")
    }
}
