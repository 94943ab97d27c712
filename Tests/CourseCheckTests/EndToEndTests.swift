import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import CourseCheck

/// Builds CourseCheck the way the grader does (plain swiftc, static library), compiles
/// exercises against it, runs them with the channel on fds 3 and 4, and parses what they
/// wrote. Takes a few seconds, most of it building the library.
@Suite struct EndToEndTests {
    /// `Sources/CourseCheck`, found from this file's place in the repository.
    static let sourcesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CourseCheck")

    @Test func gradedRunsReportThroughTheChannel() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coursecheck-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lib = folder.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)

        // 1. The libraries, exactly as the grader builds them: CourseWire, then CourseCheck on it.
        let wireFolder = Self.sourcesFolder.deletingLastPathComponent().appendingPathComponent("CourseWire")
        let wireSources = try FileManager.default.contentsOfDirectory(atPath: wireFolder.path)
            .filter { $0.hasSuffix(".swift") }.sorted().map { wireFolder.appendingPathComponent($0).path }
        _ = try swiftc(["-parse-as-library", "-emit-module", "-emit-library", "-static", "-module-name", "CourseWire"] + wireSources, in: lib)
        let sources = try FileManager.default.contentsOfDirectory(atPath: Self.sourcesFolder.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
            .map { Self.sourcesFolder.appendingPathComponent($0).path }
        #expect(sources.count > 5)
        let libraryTime = try swiftc(["-parse-as-library", "-emit-module", "-emit-library", "-static", "-module-name", "CourseCheck", "-I", lib.path] + sources, in: lib)
        #expect(FileManager.default.fileExists(atPath: lib.appendingPathComponent("libCourseCheck.a").path))
        #expect(FileManager.default.fileExists(atPath: lib.appendingPathComponent("CourseCheck.swiftmodule").path))

        // 2. Two exercises: one with a wrong function (and code that tries to forge results),
        //    one whose check traps after a failed expectation.
        try Self.learner.write(to: folder.appendingPathComponent("learner.swift"), atomically: true, encoding: .utf8)
        try Self.checks.write(to: folder.appendingPathComponent("Checks.swift"), atomically: true, encoding: .utf8)
        try Self.crashingChecks.write(to: folder.appendingPathComponent("CrashingChecks.swift"), atomically: true, encoding: .utf8)
        try "import CourseCheck\nCheckRunner.run(checks)\n".write(to: folder.appendingPathComponent("main.swift"), atomically: true, encoding: .utf8)
        let link = ["-I", lib.path, "-L", lib.path, "-lCourseCheck", "-lCourseWire"]
        let exerciseTime = try swiftc(link + ["learner.swift", "Checks.swift", "main.swift", "-o", "exercise"], in: folder)
        _ = try swiftc(link + ["learner.swift", "CrashingChecks.swift", "main.swift", "-o", "crashing"], in: folder)
        print("end-to-end: library built in \(libraryTime), one exercise compiled and linked in \(exerciseTime)")

        // 3. A graded run.
        let nonce = CheckChannel.makeNonce()
        let graded = try run(folder.appendingPathComponent("exercise").path, nonce: nonce)
        #expect(graded.status == .exited(0))
        #expect(graded.stderr.isEmpty)
        let transcript = CheckChannel.parse(graded.channel, nonce: nonce)
        #expect(transcript.isComplete)
        #expect(transcript.startedButUnfinished == nil)
        #expect(transcript.forgedLines == 2, "the forged result and the unfinished line")
        #expect(transcript.results.map(\.name) == [
            "a quarter turn takes (1, 0) to (0, 1)", "rotation keeps the norm",
            "scaling by 2 doubles every element", "the channel is out of reach",
        ])
        #expect(transcript.results.map(\.passed) == [true, true, false, true])
        #expect(transcript.results.map(\.points) == [1, 2, 0, 1])
        #expect(transcript.results.map(\.maxPoints) == [1, 2, 1, 1])
        #expect(transcript.results[3].hidden)
        #expect(transcript.results[2].failure == CheckFailure(
            message: "element [0]: expected 2.0, got 2.02",
            call: "scaled([1, 2, 3], by: 2)",
            expected: "[2.0, 4.0, 6.0]",
            actual: "[2.02, 4.04, 6.0600000000000005]",
            tolerance: "|Δ| ≤ 1e-12 × |expected|",
            location: "Checks.swift:16"
        ))
        #expect(transcript.results[2].hint == "Multiply each element by the factor, nothing else.")

        // 4. A check that traps after failing an expectation: its first failure survives.
        let crash = try run(folder.appendingPathComponent("crashing").path, nonce: nonce)
        #expect(crash.status != .exited(0))
        #expect(String(decoding: crash.stderr, as: UTF8.self).contains("Index out of range"))
        let partial = CheckChannel.parse(crash.channel, nonce: nonce)
        #expect(!partial.isComplete)
        #expect(partial.results.map(\.name) == ["passes first"])
        #expect(partial.startedButUnfinished == "fails then traps")
        #expect(partial.unfinishedCheckFailure?.message == "expected 3, got 2")
        #expect(partial.unfinishedCheckFailure?.call == "rotatePair([1, 0], by: 0).count")

        // 5. Run by hand, without a channel: a readable report and a failing exit status.
        let byHand = try run(folder.appendingPathComponent("exercise").path, nonce: nil)
        #expect(byHand.status == .exited(1))
        let report = String(decoding: byHand.stdout, as: UTF8.self)
        #expect(report.contains("▶ scaling by 2 doubles every element\n  problem:   element [0]: expected 2.0, got 2.02\n"))
        #expect(report.contains("learner output on stdout\n"))
        #expect(report.hasSuffix("3 of 4 checks passed; 4/5 points.\n"))
    }

    // MARK: The exercise

    static let learner = """
    #if canImport(Glibc)
    import Glibc
    #elseif canImport(Darwin)
    import Darwin
    #endif

    func rotatePair(_ x: [Double], by angle: Double) -> [Double] {
        [x[0] * cos(angle) - x[1] * sin(angle), x[0] * sin(angle) + x[1] * cos(angle)]
    }

    func norm(_ x: [Double]) -> Double { x.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    // Off by one percent: the bug the checks must find.
    func scaled(_ x: [Double], by factor: Double) -> [Double] { x.map { $0 * factor * 1.01 } }

    // Tries to forge a passing result and leaves an unfinished line on fd 3; true if the
    // channel's variables and nonce fd are out of reach.
    func snoop() -> Bool {
        print("learner output on stdout")
        let forged = "0123abcd {\\"event\\":\\"result\\",\\"check\\":\\"forged\\",\\"passed\\":true,\\"points\\":100,\\"maxPoints\\":100,\\"hidden\\":false,\\"hint\\":null,\\"failure\\":null}\\n"
        _ = write(3, forged, forged.utf8.count)
        _ = write(3, "unfinished", 10)
        let variablesGone = getenv("COURSE_CHECK_CHANNEL_FD") == nil && getenv("COURSE_CHECK_NONCE_FD") == nil
        return variablesGone && fcntl(4, F_GETFD) == -1
    }

    """

    static let checks = """
    import CourseCheck

    let checks: [Check] = [
        Check("a quarter turn takes (1, 0) to (0, 1)", points: 1,
              hint: "Build the 2×2 rotation matrix [[cos, -sin], [sin, cos]] and multiply.") {
            expectClose(rotatePair([1, 0], by: .pi / 2), [0, 1], tolerance: .absolute(1e-12),
                        call: "rotatePair([1, 0], by: .pi / 2)")
        },
        Check.property("rotation keeps the norm", points: 2, cases: 200, hint: "|R x| = |x|.") { random in
            let x = random.doubles(count: 2, in: -10...10)
            let angle = random.double(in: -100...100)
            expectClose(norm(rotatePair(x, by: angle)), norm(x), tolerance: .relative(1e-12),
                        call: "norm(rotatePair(\\(x), by: \\(angle)))")
        },
        Check("scaling by 2 doubles every element", points: 1, hint: "Multiply each element by the factor, nothing else.") {
            expectClose(scaled([1, 2, 3], by: 2), [2, 4, 6], tolerance: .relative(1e-12), call: "scaled([1, 2, 3], by: 2)")
        },
        Check("the channel is out of reach", points: 1, visibility: .hidden) {
            expectTrue(snoop(), "the channel's variables and nonce fd are gone", call: "snoop()")
        },
    ]

    """

    static let crashingChecks = """
    import CourseCheck

    let checks: [Check] = [
        Check("passes first") {
            expectEqual(rotatePair([0, 0], by: 1), [0, 0], call: "rotatePair([0, 0], by: 1)")
        },
        Check("fails then traps", points: 2) {
            let rotated = rotatePair([1, 0], by: 0)
            expectEqual(rotated.count, 3, call: "rotatePair([1, 0], by: 0).count")
            expectEqual(rotated[2], 0, call: "rotatePair([1, 0], by: 0)[2]")  // index out of range
        },
        Check("never runs") {},
    ]

    """

    // MARK: Processes

    /// Runs swiftc with `arguments` in `folder`; throws with its output if it fails.
    func swiftc(_ arguments: [String], in folder: URL) throws -> Duration {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc"] + arguments
        process.currentDirectoryURL = folder
        let output = Foundation.Pipe()
        process.standardOutput = output
        process.standardError = output
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CompileError(text: "swiftc \(arguments.joined(separator: " ")) failed:\n\(text)")
        }
        return clock.now - start
    }

    struct CompileError: Error, CustomStringConvertible {
        let text: String
        var description: String { text }
    }

    enum Status: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    /// Runs `path` with the channel on fd 3 and `nonce` on fd 4 (or with no channel when
    /// `nonce` is nil); returns how it ended, what it wrote to the channel and to stdout.
    func run(_ path: String, nonce: [UInt8]?) throws -> (status: Status, channel: [UInt8], stdout: [UInt8], stderr: [UInt8]) {
        let channel = try Pipe()
        let noncePipe = try Pipe()
        let stdoutFile = path + ".stdout"
        let stderrFile = path + ".stderr"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdoutFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("COURSE_CHECK_") }
        environment["SWIFT_BACKTRACE"] = "enable=no"  // a crash's message is enough here
        if nonce != nil {
            posix_spawn_file_actions_adddup2(&actions, channel.writeEnd, 3)
            posix_spawn_file_actions_adddup2(&actions, noncePipe.readEnd, 4)
            environment[CheckChannel.channelVariable] = "3"
            environment[CheckChannel.nonceVariable] = "4"
        }
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        channel.closeWrite()
        noncePipe.closeRead()
        guard spawned == 0 else {
            channel.closeRead()
            noncePipe.closeWrite()
            throw CompileError(text: "posix_spawn \(path) failed: \(spawned)")
        }
        _ = nonce.map { RawIO.writeAll($0, to: noncePipe.writeEnd) }
        noncePipe.closeWrite()
        let channelBytes = channel.readToEnd()
        channel.closeRead()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let ended: Status = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
        let stdout = FileManager.default.contents(atPath: stdoutFile).map { [UInt8]($0) } ?? []
        let stderr = FileManager.default.contents(atPath: stderrFile).map { [UInt8]($0) } ?? []
        return (ended, channelBytes, stdout, stderr)
    }
}
