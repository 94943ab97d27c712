import Foundation
import Testing
@testable import Sandbox

@Suite struct WallClock {
    @Test func infiniteLoopTimesOut() throws {
        let limits = SandboxLimits(wallClockSeconds: 1, cpuSeconds: 10)
        let result = try Fixture.shell("while :; do :; done", limits: limits)
        #expect(result.ending == .timedOut(afterSeconds: 1))
        #expect(result.description == "timed out after 1.0 s")
        #expect(result.wallSeconds >= 1)
        #expect(result.wallSeconds < 1.5, "overshoot \(result.wallSeconds - 1) s")
        #expect(result.cpuSeconds > 0.1)
    }

    @Test func sleepingProgramTimesOut() throws {
        let limits = SandboxLimits(wallClockSeconds: 0.5)
        let result = try Fixture.shell("echo started; sleep 100", limits: limits)
        #expect(result.ending == .timedOut(afterSeconds: 0.5))
        #expect(result.description == "timed out after 0.5 s")
        #expect(Fixture.text(result.stdout) == "started\n")
        #expect(result.wallSeconds >= 0.5 && result.wallSeconds < 1.0, "took \(result.wallSeconds) s")
    }

    /// A background process holding stdout open must not keep the run alive past its timeout.
    @Test func backgroundProcessHoldingPipesTimesOut() throws {
        let limits = SandboxLimits(wallClockSeconds: 0.5)
        let result = try Fixture.shell("sleep 100 & sleep 100", limits: limits)
        #expect(result.ending == .timedOut(afterSeconds: 0.5))
        #expect(result.description == "timed out after 0.5 s")
        #expect(result.wallSeconds < 1.0, "took \(result.wallSeconds) s")
    }
}

@Suite struct KernelLimits {
    @Test func cpuLimit() throws {
        // The wall clock is generous: on a loaded machine a busy loop may get a small share of
        // a core (it got 0.76 s of CPU in 10 s once, with other builds running); the CPU limit
        // is what must end it.
        let limits = SandboxLimits(wallClockSeconds: 60, cpuSeconds: 1)
        let result = try Fixture.shell("while :; do :; done", limits: limits)
        #expect(result.ending == .limitExceeded(.cpu))
        #expect(result.description == "hit the CPU time limit (1 s)")
        #expect(result.cpuSeconds >= 0.8)
    }

    /// A program that ignores SIGXCPU is killed at the hard limit one second later, still reported as CPU.
    @Test func cpuLimitWhenSIGXCPUIsIgnored() throws {
        let limits = SandboxLimits(wallClockSeconds: 30, cpuSeconds: 1)
        let result = try Fixture.python(
            "import signal\nsignal.signal(signal.SIGXCPU, signal.SIG_IGN)\nwhile True: pass", limits: limits)
        #expect(result.ending == .limitExceeded(.cpu))
        #expect(result.description == "hit the CPU time limit (1 s)")
        #expect(result.cpuSeconds >= 1.5)  // past the soft limit: it was the hard limit's SIGKILL
    }

    @Test func memoryLimit() throws {
        let limits = SandboxLimits(memoryBytes: 256 << 20)
        let result = try Fixture.python("b = bytearray(2 * 1024 ** 3)\nprint('allocated')", limits: limits)
        #expect(result.ending == .limitExceeded(.memory))
        #expect(result.description == "hit the memory limit (256 MiB)")
        #expect(Fixture.text(result.stderr).contains("MemoryError"))
        #expect(result.stdout.isEmpty)
    }

    /// The same program is fine when the limit allows it, so the test above is about the limit.
    @Test func memoryWithinTheLimit() throws {
        // A generous wall clock: touching 2 GiB can be slow on a loaded machine.
        let limits = SandboxLimits(wallClockSeconds: 60, cpuSeconds: 60, memoryBytes: 3 << 30)
        let result = try Fixture.python("b = bytearray(2 * 1024 ** 3)\nprint('allocated')", limits: limits)
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "allocated\n")
        #expect(result.peakMemoryBytes >= 2 << 30)
        #expect(result.description == "exited normally (status 0)")
    }

    /// Growing until refused: resident memory gets close to the limit.
    @Test func gradualGrowthIsMemory() throws {
        let limits = SandboxLimits(memoryBytes: 256 << 20)
        let result = try Fixture.python("a = []\nwhile True: a.append(bytearray(1 << 20))", limits: limits)
        #expect(result.ending == .limitExceeded(.memory))
        #expect(result.description == "hit the memory limit (256 MiB)")
        #expect(result.peakMemoryBytes > 200 << 20)
    }

    @Test func fileSizeLimit() throws {
        let directory = Fixture.makeTemporaryDirectory()
        let limits = SandboxLimits(fileSizeBytes: 1 << 20)
        let result = try Fixture.shell("head -c 50M /dev/zero > f", limits: limits, in: directory)
        #expect(result.ending == .limitExceeded(.fileSize))
        #expect(result.description == "hit the file size limit (1 MiB)")
        let size = try FileManager.default.attributesOfItem(atPath: directory + "/f")[.size] as? Int
        #expect(size == 1 << 20)
    }

    /// When the shell survives and reports its child's SIGXFSZ as status 153, that is the file size limit too.
    @Test func fileSizeLimitReportedByAShell() throws {
        let limits = SandboxLimits(fileSizeBytes: 1 << 20)
        let result = try Fixture.shell("head -c 50M /dev/zero > f; exit $?", limits: limits)
        #expect(result.ending == .limitExceeded(.fileSize))
        #expect(result.description == "hit the file size limit (1 MiB)")
    }
}

@Suite struct OutputCap {
    @Test func floodOnStdout() throws {
        let result = try Fixture.shell("yes")
        #expect(result.ending == .limitExceeded(.output))
        #expect(result.description == "printed more than the output limit (64 KiB)")
        #expect(result.stdoutTruncated && !result.stderrTruncated)
        #expect(result.stdout.count == 64 << 10)
        #expect(result.stdout == Array(String(repeating: "y\n", count: 32 << 10).utf8))
        #expect(result.wallSeconds < 1, "took \(result.wallSeconds) s")
    }

    @Test func floodOnStderr() throws {
        var limits = SandboxLimits.default
        limits.outputBytes = 1000
        let result = try Fixture.shell("echo fine; yes no >&2", limits: limits)
        #expect(result.ending == .limitExceeded(.output))
        #expect(result.description == "printed more than the output limit (1000 bytes)")
        #expect(result.stderrTruncated && !result.stdoutTruncated)
        #expect(result.stderr == Array(String(repeating: "no\n", count: 334).utf8.prefix(1000)))
        #expect(Fixture.text(result.stdout) == "fine\n")
    }

    /// Output past the cap counts even when the program manages to exit before being killed.
    @Test func overflowJustBeforeExit() throws {
        var limits = SandboxLimits.default
        limits.outputBytes = 10
        let result = try Fixture.shell("echo 0123456789abcdef; exit 0", limits: limits)
        #expect(result.ending == .limitExceeded(.output))
        #expect(result.stdout == Array("0123456789".utf8))
        #expect(result.stdoutTruncated)
        #expect(result.description == "printed more than the output limit (10 bytes)")
    }
}
