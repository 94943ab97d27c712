import Foundation
import CourseTestSupport
import Testing
@testable import Sandbox

/// Runs under bubblewrap. These tests require it: a machine where it cannot create its
/// namespaces fails them (scripts/setup installs it), so isolation is never silently untested.
@Suite struct IsolationTests {
    func isolatedShell(_ script: String, limits: SandboxLimits = .default, stop: SandboxStop? = nil,
                       passed: [Int32: Int32] = [:]) throws -> SandboxResult {
        try #require(Isolation.availability == .available, "bubblewrap must work here: \(Isolation.availability)")
        return try Sandbox.run(SandboxRequest(
            executable: "/bin/sh", arguments: ["-c", script], workingDirectory: Fixture.makeTemporaryDirectory(),
            environment: Fixture.environment, limits: limits, isolation: Isolation(), passedDescriptors: passed, stop: stop))
    }

    @Test func theProgramSeesAReadOnlySystemAPrivateTmpAndNothingElse() throws {
        let outside = Fixture.makeTemporaryDirectory()
        FileManager.default.createFile(atPath: outside + "/visible-outside", contents: Data("x".utf8))
        let result = try isolatedShell("""
        echo pid=$$ uid=$(id -u)
        touch /usr/x 2>/dev/null && echo wrote-usr || echo no-usr
        touch /tmp/mine && echo wrote-tmp
        ls \(outside) 2>/dev/null && echo sees-outside || echo no-outside
        ls /root /home 2>/dev/null | wc -l
        cat /etc/shadow 2>/dev/null && echo read-shadow || echo no-shadow
        """)
        let text = Fixture.text(result.stdout)
        #expect(result.ending == .exited(code: 0), "\(result) \(Fixture.text(result.stderr))")
        #expect(text.contains("pid=2 "), "its own PID namespace: \(text)")
        #expect(!text.contains("uid=0"), "never root: \(text)")
        #expect(text.contains("no-usr") && text.contains("wrote-tmp") && text.contains("no-outside") && text.contains("no-shadow"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/mine"), "the private /tmp is not the host's")
    }

    @Test func noNetwork() throws {
        let result = try isolatedShell("cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' '")
        #expect(Fixture.text(result.stdout).split(separator: "\n") == ["lo"], "only a loopback: \(Fixture.text(result.stdout))")
    }

    @Test func aSignalIsReportedAsASignalNotBubblewrapsExitStatus() throws {
        let result = try isolatedShell("kill -SEGV $$")
        #expect(result.ending == .signaled(signal: SIGSEGV, name: "SIGSEGV"), "\(result)")
    }

    @Test func everyDescendantDiesWithTheRunWhateverSessionItMade() throws {
        let result = try isolatedShell("setsid /bin/sleep 4444 < /dev/null > /dev/null 2>&1 & /bin/sleep 4445 < /dev/null > /dev/null 2>&1 & echo started")
        #expect(Fixture.text(result.stdout).contains("started"))
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline, !runningProcesses(matching: "sleep 444").isEmpty { usleep(20_000) }
        #expect(runningProcesses(matching: "sleep 444").isEmpty, "\(runningProcesses(matching: "sleep 444"))")
    }

    @Test func aForkBombMeetsTheProcessLimit() throws {
        var limits = SandboxLimits.default
        limits.processCount = 16
        limits.wallClockSeconds = 3
        let result = try isolatedShell("bomb() { /bin/sleep 4446 & bomb | bomb & }; bomb; sleep 2", limits: limits)
        #expect(Fixture.text(result.stderr).contains("fork") || Fixture.text(result.stderr).contains("Resource temporarily unavailable"),
                "\(Fixture.text(result.stderr).prefix(300))")
        usleep(200_000)
        #expect(runningProcesses(matching: "sleep 4446").isEmpty)
    }

    @Test func passedDescriptorsReachTheChildAndAreClosedHere() throws {
        let pipe = try Sandbox.makePipe()
        let message = Array("through fd 5\n".utf8)
        _ = message.withUnsafeBytes { write(pipe.write, $0.baseAddress, $0.count) }
        close(pipe.write)
        let passed = inode(of: pipe.read)
        let result = try isolatedShell("cat <&5", passed: [5: pipe.read])
        #expect(Fixture.text(result.stdout) == "through fd 5\n")
        // Closed here: the number is free, or (tests run in parallel) reused by another file.
        #expect(fcntl(pipe.read, F_GETFD) == -1 || inode(of: pipe.read) != passed, "the run took ownership of the descriptor")
    }

    @Test func aStopEndsTheRunAtOnce() throws {
        let stop = SandboxStop()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { stop.stop() }
        let result = try isolatedShell("sleep 20", stop: stop)
        #expect(result.wasStopped)
        #expect(result.wallSeconds < 3)
    }

    @Test func hiddenPathsUnderVisibleFoldersAreCovered() throws {
        try #require(Isolation.availability == .available)
        let result = try Sandbox.run(SandboxRequest(
            executable: "/bin/sh", arguments: ["-c", "ls /usr/share | wc -l"], workingDirectory: "/",
            environment: Fixture.environment, isolation: Isolation(hiddenPaths: ["/usr/share"])))
        #expect(Fixture.text(result.stdout).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}

/// The inode a descriptor refers to, or nil when it is closed: a descriptor number may be
/// reused at once by a test running beside this one.
private func inode(of descriptor: Int32) -> UInt64? {
    var status = stat()
    return fstat(descriptor, &status) == 0 ? UInt64(status.st_ino) : nil
}
