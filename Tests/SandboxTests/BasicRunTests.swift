import Foundation
import Testing
@testable import Sandbox

@Suite struct ExitAndCapture {
    @Test func cleanExit() throws {
        let result = try Fixture.shell("exit 0")
        #expect(result.ending == .exited(code: 0))
        #expect(result.description == "exited normally (status 0)")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(!result.stdoutTruncated && !result.stderrTruncated)
        #expect(result.wallSeconds > 0 && result.wallSeconds < 2)
    }

    @Test func exitThree() throws {
        let result = try Fixture.shell("exit 3")
        #expect(result.ending == .exited(code: 3))
        #expect(result.description == "exited with status 3")
    }

    @Test func stdoutAndStderrAreSeparate() throws {
        let result = try Fixture.shell("printf 'to out\\n'; printf 'to err' >&2; printf 'more out'")
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "to out\nmore out")
        #expect(Fixture.text(result.stderr) == "to err")
        #expect(result.description == "exited normally (status 0)")
    }

    @Test func outputExactlyAtTheCapIsNotTruncated() throws {
        var limits = SandboxLimits.default
        limits.outputBytes = 1000
        let result = try Fixture.shell("head -c 1000 /dev/zero; head -c 1000 /dev/zero >&2", limits: limits)
        #expect(result.ending == .exited(code: 0))
        #expect(result.stdout == [UInt8](repeating: 0, count: 1000))
        #expect(result.stderr.count == 1000)
        #expect(!result.stdoutTruncated && !result.stderrTruncated)
        #expect(result.description == "exited normally (status 0)")
    }

    /// A child that writes a lot to both streams, stderr first, must not deadlock.
    @Test func largeOutputOnBothStreamsDoesNotDeadlock() throws {
        var limits = SandboxLimits.default
        limits.outputBytes = 4 << 20
        let result = try Fixture.python(
            "import sys; sys.stderr.write('e' * 1_000_000); sys.stderr.flush(); sys.stdout.write('o' * 1_000_000)",
            limits: limits)
        #expect(result.ending == .exited(code: 0))
        #expect(result.stdout == [UInt8](repeating: UInt8(ascii: "o"), count: 1_000_000))
        #expect(result.stderr == [UInt8](repeating: UInt8(ascii: "e"), count: 1_000_000))
        #expect(result.description == "exited normally (status 0)")
    }
}

@Suite struct StandardInput {
    @Test func bytesArriveThenEndOfFile() throws {
        let input = Array("line one\nline two\n".utf8) + [0, 255, 10]
        let result = try Fixture.shell("cat; echo done", standardInput: input)
        #expect(result.ending == .exited(code: 0))
        #expect(result.stdout == input + Array("done\n".utf8))
        #expect(result.description == "exited normally (status 0)")
    }

    @Test func inputLargerThanAPipeIsStreamed() throws {
        var limits = SandboxLimits.default
        limits.outputBytes = 2 << 20
        let input = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let result = try Fixture.shell("cat", limits: limits, standardInput: input)
        #expect(result.ending == .exited(code: 0))
        #expect(result.stdout == input)
        #expect(result.description == "exited normally (status 0)")
    }

    /// The parent keeps the pipe's read end, so an unread stdin can never SIGPIPE the test process.
    @Test func unreadInputIsHarmless() throws {
        let result = try Fixture.shell("exit 4", standardInput: [UInt8](repeating: 1, count: 1 << 20))
        #expect(result.ending == .exited(code: 4))
        #expect(result.description == "exited with status 4")
        #expect(result.wallSeconds < 2)
    }

    @Test func nilInputIsDevNull() throws {
        let result = try Fixture.shell("cat; read line; echo \"status $?\"; readlink /proc/self/fd/0")
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "status 1\n/dev/null\n")
        #expect(result.wallSeconds < 2)
        #expect(result.description == "exited normally (status 0)")
    }

    @Test func emptyInputIsAnImmediateEndOfFile() throws {
        let result = try Fixture.shell("cat; readlink /proc/self/fd/0 | cut -c1-5", standardInput: [])
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "pipe:\n")
        #expect(result.description == "exited normally (status 0)")
    }
}

@Suite struct EnvironmentAndDirectory {
    @Test func environmentIsExactlyTheGivenOne() throws {
        let environment = ["ALPHA": "1", "WITH_SPACE": "a b", "EMPTY": "", "UNICODE": "é"]
        let result = try Sandbox.run(SandboxRequest(
            executable: "/usr/bin/env", workingDirectory: Fixture.makeTemporaryDirectory(), environment: environment))
        #expect(result.ending == .exited(code: 0))
        let lines = Fixture.text(result.stdout).split(separator: "\n").map(String.init).sorted()
        #expect(lines == ["ALPHA=1", "EMPTY=", "UNICODE=é", "WITH_SPACE=a b"])
        #expect(result.description == "exited normally (status 0)")
    }

    @Test func emptyEnvironment() throws {
        let result = try Sandbox.run(SandboxRequest(executable: "/usr/bin/env", workingDirectory: "/"))
        #expect(result.ending == .exited(code: 0))
        #expect(result.stdout.isEmpty)
        #expect(result.description == "exited normally (status 0)")
    }

    @Test func workingDirectoryIsHonoured() throws {
        let directory = Fixture.makeTemporaryDirectory()
        let result = try Fixture.shell("pwd; echo hello > made-here.txt", in: directory)
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == directory + "\n")
        #expect(FileManager.default.fileExists(atPath: directory + "/made-here.txt"))
        #expect(result.description == "exited normally (status 0)")
    }

    @Test func bareNameIsFoundInTheRequestsPath() throws {
        let result = try Sandbox.run(SandboxRequest(
            executable: "sh", arguments: ["-c", "echo \"$0\""], workingDirectory: "/", environment: ["PATH": "/nowhere:/bin"]))
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "/bin/sh\n")
        #expect(result.description == "exited normally (status 0)")
    }

    @Test func relativePathIsTakenFromTheWorkingDirectory() throws {
        let directory = Fixture.makeTemporaryDirectory()
        try "#!/bin/sh\necho relative ok\n".write(toFile: directory + "/prog", atomically: true, encoding: .utf8)
        chmod(directory + "/prog", 0o755)
        let result = try Sandbox.run(SandboxRequest(executable: "./prog", workingDirectory: directory))
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "relative ok\n")
        #expect(result.description == "exited normally (status 0)")
    }

    /// Even a descriptor this process left inheritable (no close-on-exec) stays out of the child.
    @Test func onlyDescriptorsZeroToTwoAreOpenByDefault() throws {
        let devNull = open("/dev/null", O_RDONLY)
        let leaky = fcntl(devNull, F_DUPFD, 300)  // F_DUPFD clears close-on-exec
        close(devNull)
        try #require(leaky >= 300)
        defer { close(leaky) }
        // ls opens the directory it lists as the lowest free descriptor, which shows up too.
        let result = try Sandbox.run(SandboxRequest(executable: "/bin/ls", arguments: ["/proc/self/fd"], workingDirectory: "/"))
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "0\n1\n2\n3\n")
        #expect(result.description == "exited normally (status 0)")
    }

    /// Signal dispositions and masks of the caller do not leak into the child: an ignored SIGPIPE
    /// would make `yes` complain about a broken pipe, a blocked SIGTERM would keep the shell alive.
    @Test func signalStateIsReset() throws {
        signal(SIGPIPE, SIG_IGN)  // harmless for the test process, which never relies on SIGPIPE
        var blockTerm = sigset_t(), previous = sigset_t()
        sigemptyset(&blockTerm)
        sigaddset(&blockTerm, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blockTerm, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }

        let piped = try Fixture.shell("yes | head -c 4")
        #expect(piped.ending == .exited(code: 0))
        #expect(Fixture.text(piped.stdout) == "y\ny\n")
        #expect(piped.stderr.isEmpty, "\(Fixture.text(piped.stderr))")

        let terminated = try Fixture.shell("kill -TERM $$; echo survived")
        #expect(terminated.ending == .signaled(signal: SIGTERM, name: "SIGTERM"))
        #expect(terminated.description == "was killed by SIGTERM")
    }

    @Test func parentLimitsAreUntouched() throws {
        func current(_ resource: Int32) -> (UInt64, UInt64) {
            var value = rlimit()
            getrlimit(__rlimit_resource_t(resource), &value)
            return (UInt64(value.rlim_cur), UInt64(value.rlim_max))
        }
        let resources = [Int32(RLIMIT_CPU.rawValue), Int32(RLIMIT_AS.rawValue), Int32(RLIMIT_FSIZE.rawValue), 6]
        let before = resources.map(current)
        let result = try Fixture.shell("exit 0", limits: SandboxLimits(cpuSeconds: 1, memoryBytes: 64 << 20, fileSizeBytes: 1, processCount: 2))
        #expect(result.ending == .exited(code: 0))
        #expect(resources.map(current).elementsEqual(before, by: ==))
    }

    @Test func limitsAreAppliedToTheChild() throws {
        let result = try Fixture.shell(
            "ulimit -t; ulimit -H -t; ulimit -v; ulimit -f; ulimit -c",
            limits: SandboxLimits(cpuSeconds: 7, memoryBytes: 300 << 20, fileSizeBytes: 5 << 20))
        #expect(result.ending == .exited(code: 0))
        // dash reports -v in KiB and -f in 512-byte blocks.
        #expect(Fixture.text(result.stdout) == "7\n8\n307200\n10240\n0\n")
    }
}

@Suite struct StartFailures {
    @Test func missingExecutableThrows() {
        #expect(throws: SandboxError.cannotStart(executable: "/no/such/program", reason: "/no/such/program: No such file or directory")) {
            try Sandbox.run(SandboxRequest(executable: "/no/such/program", workingDirectory: "/"))
        }
        let error = SandboxError.cannotStart(executable: "/no/such/program", reason: "/no/such/program: No such file or directory")
        #expect(error.description == "cannot start /no/such/program: /no/such/program: No such file or directory")
    }

    @Test func bareNameNotInPathThrows() {
        #expect(throws: SandboxError.cannotStart(executable: "sh", reason: "not found in PATH /nowhere")) {
            try Sandbox.run(SandboxRequest(executable: "sh", workingDirectory: "/", environment: ["PATH": "/nowhere"]))
        }
    }

    @Test func nonExecutableFileThrows() throws {
        let directory = Fixture.makeTemporaryDirectory()
        try "echo hi\n".write(toFile: directory + "/plain", atomically: true, encoding: .utf8)
        chmod(directory + "/plain", 0o644)
        #expect(throws: SandboxError.cannotStart(executable: "./plain", reason: "\(directory)/plain is not executable")) {
            try Sandbox.run(SandboxRequest(executable: "./plain", workingDirectory: directory))
        }
        // A PATH search skips it, as execvp does.
        #expect(throws: SandboxError.cannotStart(executable: "plain", reason: "not found in PATH \(directory)")) {
            try Sandbox.run(SandboxRequest(executable: "plain", workingDirectory: directory, environment: ["PATH": directory]))
        }
    }

    /// The file passes the checks but exec fails (its interpreter is missing); prlimit's report becomes the error.
    @Test func execFailureThrows() throws {
        let directory = Fixture.makeTemporaryDirectory()
        try "#!/no/such/interpreter\n".write(toFile: directory + "/script", atomically: true, encoding: .utf8)
        chmod(directory + "/script", 0o755)
        #expect(throws: SandboxError.cannotStart(
            executable: "./script", reason: "failed to execute \(directory)/script: No such file or directory")) {
            try Sandbox.run(SandboxRequest(executable: "./script", workingDirectory: directory))
        }
    }

    @Test func missingWorkingDirectoryThrows() {
        #expect(throws: SandboxError.cannotStart(executable: "/bin/sh", reason: "working directory /no/such/dir: No such file or directory")) {
            try Sandbox.run(SandboxRequest(executable: "/bin/sh", workingDirectory: "/no/such/dir"))
        }
    }

    @Test(arguments: [
        (SandboxLimits(wallClockSeconds: 0), "wallClockSeconds must be a positive finite number, got 0.0"),
        (SandboxLimits(wallClockSeconds: .nan), "wallClockSeconds must be a positive finite number, got nan"),
        (SandboxLimits(cpuSeconds: 0), "cpuSeconds must be at least 1, got 0"),
        (SandboxLimits(processCount: 0), "processCount must be at least 1, got 0"),
        (SandboxLimits(outputBytes: -1), "outputBytes must not be negative, got -1"),
    ])
    func invalidLimitsThrow(limits: SandboxLimits, reason: String) {
        #expect(throws: SandboxError.invalidRequest(reason: reason)) {
            try Sandbox.run(SandboxRequest(executable: "/bin/true", workingDirectory: "/", limits: limits))
        }
    }

    @Test func malformedEnvironmentThrows() {
        #expect(throws: SandboxError.invalidRequest(reason: "environment key \"A=B\" is empty or contains '=' or NUL")) {
            try Sandbox.run(SandboxRequest(executable: "/bin/true", workingDirectory: "/", environment: ["A=B": "1"]))
        }
        #expect(SandboxError.invalidRequest(reason: "x").description == "invalid sandbox request: x")
    }
}
