import Foundation
import Testing
@testable import Sandbox

/// The ending rules on synthetic observations, including the memory heuristic's edges.
@Suite struct Classification {
    static let limits = SandboxLimits(cpuSeconds: 2, memoryBytes: 100 << 20)

    static func exited(_ code: Int32) -> Int32 { code << 8 }

    static func classify(
        status: Int32, killedFor: EndingClassifier.KillReasonFact? = nil, cpu: Double = 0.1,
        rss: UInt64 = 10 << 20, stderr: String = "", overflowed: Bool = false
    ) -> SandboxResult.Ending {
        EndingClassifier.classify(.init(
            killedFor: killedFor, status: status, cpuSeconds: cpu, peakMemoryBytes: rss,
            stderr: Array(stderr.utf8), overflowed: overflowed, limits: limits))
    }

    @Test func plainEndings() {
        #expect(Self.classify(status: Self.exited(0)) == .exited(code: 0))
        #expect(Self.classify(status: Self.exited(255)) == .exited(code: 255))
        #expect(Self.classify(status: SIGSEGV) == .signaled(signal: SIGSEGV, name: "SIGSEGV"))
        #expect(Self.classify(status: SIGSEGV | 0x80) == .signaled(signal: SIGSEGV, name: "SIGSEGV"))  // core-dump bit
    }

    @Test func supervisorKillsComeFirst() {
        #expect(Self.classify(status: SIGKILL, killedFor: .wallClock, cpu: 5) == .timedOut(afterSeconds: 5))
        #expect(Self.classify(status: SIGKILL, killedFor: .output) == .limitExceeded(.output))
        #expect(Self.classify(status: Self.exited(0), overflowed: true) == .limitExceeded(.output))
    }

    @Test func cpuRules() {
        #expect(Self.classify(status: SIGXCPU) == .limitExceeded(.cpu))
        #expect(Self.classify(status: SIGKILL, cpu: 3.0) == .limitExceeded(.cpu))
        #expect(Self.classify(status: SIGKILL, cpu: 1.85) == .limitExceeded(.cpu))
        #expect(Self.classify(status: SIGKILL, cpu: 1.7) == .signaled(signal: SIGKILL, name: "SIGKILL"))
        #expect(Self.classify(status: Self.exited(152), cpu: 2.0) == .limitExceeded(.cpu))
        #expect(Self.classify(status: Self.exited(152), cpu: 0.2) == .exited(code: 152))
    }

    @Test func fileSizeRules() {
        #expect(Self.classify(status: SIGXFSZ) == .limitExceeded(.fileSize))
        #expect(Self.classify(status: Self.exited(153)) == .limitExceeded(.fileSize))
    }

    @Test(arguments: [
        "Traceback (most recent call last):\nMemoryError\n",
        "Fatal error: failed to allocate 2000000032 bytes of memory with alignment 8\n",
        "terminate called after throwing an instance of 'std::bad_alloc'\n",
        "sh: 1: Cannot allocate memory\n",
        "./hello: error while loading shared libraries: libc.so.6: failed to map segment from shared object\n",
    ])
    func allocationFailureMessagesAreMemory(stderr: String) {
        #expect(Self.classify(status: Self.exited(1), stderr: stderr) == .limitExceeded(.memory))
        #expect(Self.classify(status: SIGABRT, stderr: stderr) == .limitExceeded(.memory))
        // A clean exit is never reclassified, whatever it printed.
        #expect(Self.classify(status: Self.exited(0), stderr: stderr) == .exited(code: 0))
    }

    @Test func residentMemoryNearTheLimitIsMemory() {
        #expect(Self.classify(status: SIGSEGV, rss: 85 << 20) == .limitExceeded(.memory))
        #expect(Self.classify(status: SIGSEGV, rss: 70 << 20) == .signaled(signal: SIGSEGV, name: "SIGSEGV"))
        #expect(Self.classify(status: Self.exited(1), rss: 90 << 20) == .limitExceeded(.memory))
        #expect(Self.classify(status: Self.exited(0), rss: 99 << 20) == .exited(code: 0))
    }

    @Test func ordinaryFailuresStayOrdinary() {
        #expect(Self.classify(status: Self.exited(1), stderr: "Fatal error: Index out of range\n") == .exited(code: 1))
        #expect(Self.classify(status: SIGILL, stderr: "Fatal error: Index out of range\n") == .signaled(signal: SIGILL, name: "SIGILL"))
    }
}

@Suite struct Descriptions {
    @Test func everyEnding() {
        let limits = SandboxLimits.default
        let cases: [(SandboxResult.Ending, String)] = [
            (.exited(code: 0), "exited normally (status 0)"),
            (.exited(code: 1), "exited with status 1"),
            (.signaled(signal: SIGILL, name: "SIGILL"), "crashed with SIGILL (a Swift runtime trap such as index out of range or force-unwrapping nil)"),
            (.signaled(signal: SIGFPE, name: "SIGFPE"), "crashed with SIGFPE (an arithmetic fault such as integer division by zero in C code)"),
            (.signaled(signal: SIGHUP, name: "SIGHUP"), "was killed by SIGHUP"),
            (.timedOut(afterSeconds: 5), "timed out after 5.0 s"),
            (.limitExceeded(.cpu), "hit the CPU time limit (5 s)"),
            (.limitExceeded(.memory), "hit the memory limit (1 GiB)"),
            (.limitExceeded(.fileSize), "hit the file size limit (16 MiB)"),
            (.limitExceeded(.output), "printed more than the output limit (64 KiB)"),
            (.limitExceeded(.processCount), "hit the process limit (64 processes)"),
        ]
        for (ending, text) in cases {
            #expect(Sandbox.describe(ending, limits: limits) == text)
        }
        #expect(SandboxResult(ending: .limitExceeded(.memory), limits: SandboxLimits(memoryBytes: 1536 << 20)).description
                == "hit the memory limit (1.5 GiB)")
    }

    @Test func byteCounts() {
        #expect(ByteCountText.of(1) == "1 byte")
        #expect(ByteCountText.of(1000) == "1000 bytes")
        #expect(ByteCountText.of(1024) == "1 KiB")
        #expect(ByteCountText.of(1536) == "1.5 KiB")
        #expect(ByteCountText.of(256 << 20) == "256 MiB")
        #expect(ByteCountText.of((1 << 30) + 1) == "1 GiB")
        #expect(ByteCountText.of(3 << 40) == "3 TiB")
    }

    @Test func seconds() {
        #expect(Sandbox.secondsText(5) == "5.0")
        #expect(Sandbox.secondsText(0.5) == "0.5")
        #expect(Sandbox.secondsText(1.25) == "1.25")
        #expect(Sandbox.secondsText(0.05) == "0.05")
        #expect(Sandbox.secondsText(0.1 + 0.2) == "0.3")
        #expect(Sandbox.describe(.timedOut(afterSeconds: 2.5), limits: .default) == "timed out after 2.5 s")
    }

    @Test func prlimitFailuresAreRecognised() {
        let stderr = Array("prlimit: failed to execute /x: Exec format error\n".utf8)
        #expect(Sandbox.prlimitFailure(status: 126 << 8, stderr: stderr) == "failed to execute /x: Exec format error")
        #expect(Sandbox.prlimitFailure(status: 0, stderr: stderr) == nil)
        #expect(Sandbox.prlimitFailure(status: 126 << 8, stderr: Array("other\n".utf8)) == nil)
        #expect(Sandbox.prlimitFailure(status: 1 << 8, stderr: stderr) == nil)
        let notSet = Array("prlimit: failed to set the NPROC resource limit: Operation not permitted\n".utf8)
        #expect(Sandbox.prlimitFailure(status: 1 << 8, stderr: notSet) == "failed to set the NPROC resource limit: Operation not permitted")
    }
}
