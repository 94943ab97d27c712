import Foundation
import Testing
import Synchronization
@testable import Sandbox

@Suite struct Parallel {
    /// Eight runs from four threads at once, each with its own input, output, environment, secret and
    /// ending, and two of them timing out; every result must be its own.
    @Test func eightRunsFromFourThreads() throws {
        let results = Mutex<[Int: Result<SandboxResult, SandboxError>]>([:])
        let done = DispatchGroup()
        let started = Date()
        for thread in 0..<4 {
            done.enter()
            Thread.detachNewThread {
                for index in [thread * 2, thread * 2 + 1] {
                    let limits = SandboxLimits(wallClockSeconds: index % 4 == 3 ? 0.5 : 5)
                    let script = index % 4 == 3
                        ? "echo run$N; sleep 100"
                        : "cat; echo \" $N $(cat <&4)\" >&3; echo err$N >&2; sleep 0.3; exit $N"
                    let request = SandboxRequest(
                        executable: "/bin/sh", arguments: ["-c", script], workingDirectory: "/",
                        environment: ["PATH": "/usr/bin:/bin", "N": "\(index)"], limits: limits,
                        standardInput: Array("in\(index)".utf8), secret: Array("secret\(index)".utf8),
                        captureChannel: true)
                    let result = Result { () throws(SandboxError) in try Sandbox.run(request) }
                    results.withLock { $0[index] = result }
                }
                done.leave()
            }
        }
        done.wait()
        let elapsed = Date().timeIntervalSince(started)
        let all = results.withLock { $0 }
        #expect(all.count == 8)
        for index in 0..<8 {
            let result = try #require(try all[index]?.get())
            if index % 4 == 3 {
                #expect(result.ending == .timedOut(afterSeconds: 0.5))
                #expect(result.description == "timed out after 0.5 s")
                #expect(Fixture.text(result.stdout) == "run\(index)\n")
            } else {
                #expect(result.ending == .exited(code: Int32(index)))
                #expect(result.description == (index == 0 ? "exited normally (status 0)" : "exited with status \(index)"))
                #expect(Fixture.text(result.stdout) == "in\(index)")
                #expect(Fixture.text(result.stderr) == "err\(index)\n")
                #expect(Fixture.text(result.channel) == " \(index) secret\(index)\n")
            }
        }
        // Sequentially this takes 6 × 0.3 + 2 × 0.5 = 2.8 s; four at a time, about 0.8 s.
        #expect(elapsed < 2.4, "took \(elapsed) s")
    }
}
