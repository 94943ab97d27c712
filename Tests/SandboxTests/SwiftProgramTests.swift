import Foundation
import Testing
@testable import Sandbox

/// Real Swift programs, compiled here with `swiftc`, to pin down what the grader will see from them
/// on this machine.
@Suite struct SwiftPrograms {
    /// Compiled test programs, built once per test process.
    static let programs: Result<[String: String], CompileFailure> = compileAll([
        "trap": "let a = [1]\nprint(a[2])\n",
        "unwrap": "let s: String? = nil\nprint(s!)\n",
        "hog": "let n = Int(CommandLine.arguments[1])!\nlet a = [UInt8](repeating: 1, count: n)\nprint(a.count)\n",
        "hello": "print(\"hello\")\n",
    ])

    struct CompileFailure: Error, CustomStringConvertible { let description: String }

    static func compileAll(_ sources: [String: String]) -> Result<[String: String], CompileFailure> {
        let directory = Fixture.makeTemporaryDirectory()
        let swiftc = ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let swiftc else { return .failure(CompileFailure(description: "swiftc not found")) }
        var binaries: [String: String] = [:]
        for (name, source) in sources {
            let sourcePath = "\(directory)/\(name).swift"
            do { try source.write(toFile: sourcePath, atomically: true, encoding: .utf8) } catch {
                return .failure(CompileFailure(description: "\(error)"))
            }
            // The compiler itself runs in the sandbox too, with generous limits.
            let request = SandboxRequest(
                executable: swiftc, arguments: [sourcePath, "-o", "\(directory)/\(name)"],
                workingDirectory: directory, environment: ["PATH": "/opt/swift/usr/bin:/usr/bin:/bin", "HOME": directory],
                limits: SandboxLimits(wallClockSeconds: 300, cpuSeconds: 300, memoryBytes: 1 << 40, fileSizeBytes: 1 << 30, processCount: 4096, outputBytes: 1 << 20))
            do {
                let result = try Sandbox.run(request)
                guard result.ending == .exited(code: 0) else {
                    return .failure(CompileFailure(description: "swiftc \(name): \(result.description)\n\(Fixture.text(result.stderr))"))
                }
            } catch {
                return .failure(CompileFailure(description: "swiftc \(name): \(error)"))
            }
            binaries[name] = "\(directory)/\(name)"
        }
        return .success(binaries)
    }

    static func run(_ name: String, _ arguments: [String] = [], environment: [String: String] = [:],
                    limits: SandboxLimits = .default) throws -> SandboxResult {
        let binary = try #require(try programs.get()[name])
        return try Sandbox.run(SandboxRequest(executable: binary, arguments: arguments, workingDirectory: "/",
                                              environment: environment, limits: limits))
    }

    #if arch(x86_64)
    static let trapSignal = (SIGILL, "SIGILL")
    #else
    static let trapSignal = (SIGTRAP, "SIGTRAP")
    #endif

    /// With an empty environment the Swift 6 runtime's backtracer is on: the fatal error line comes
    /// first, then a symbolicated crash report, all on stderr, and the program still dies of the trap.
    @Test func indexOutOfRangeTrapsWithBacktrace() throws {
        let result = try Self.run("trap")
        #expect(result.ending == .signaled(signal: Self.trapSignal.0, name: Self.trapSignal.1))
        #expect(result.description == "crashed with \(Self.trapSignal.1) (a Swift runtime trap such as index out of range or force-unwrapping nil)")
        let stderr = Fixture.text(result.stderr)
        #expect(stderr.hasPrefix("Swift/ContiguousArrayBuffer.swift:"))
        #expect(stderr.contains(": Fatal error: Index out of range\n"))
        #expect(stderr.contains("*** Program crashed: "))
        #expect(result.stdout.isEmpty)
        #expect(result.wallSeconds < 3, "took \(result.wallSeconds) s")
    }

    /// `SWIFT_BACKTRACE=enable=no` keeps just the runtime's short message and stack.
    @Test func indexOutOfRangeWithoutBacktracer() throws {
        let result = try Self.run("trap", environment: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(result.ending == .signaled(signal: Self.trapSignal.0, name: Self.trapSignal.1))
        let stderr = Fixture.text(result.stderr)
        #expect(stderr.contains("Fatal error: Index out of range\nCurrent stack trace:\n"))
        #expect(!stderr.contains("*** Program crashed"))
        #expect(result.description == "crashed with \(Self.trapSignal.1) (a Swift runtime trap such as index out of range or force-unwrapping nil)")
    }

    @Test func forceUnwrapNilTraps() throws {
        let result = try Self.run("unwrap", environment: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(result.ending == .signaled(signal: Self.trapSignal.0, name: Self.trapSignal.1))
        #expect(Fixture.text(result.stderr).contains("Fatal error: Unexpectedly found nil while unwrapping an Optional value"))
        #expect(result.description == "crashed with \(Self.trapSignal.1) (a Swift runtime trap such as index out of range or force-unwrapping nil)")
    }

    /// A Swift allocation refused by RLIMIT_AS aborts (SIGABRT) after "failed to allocate"; the
    /// heuristic turns that into the memory limit.
    @Test func swiftAllocationFailureIsMemory() throws {
        let limits = SandboxLimits(memoryBytes: 256 << 20)
        let result = try Self.run("hog", ["2000000000"], environment: ["SWIFT_BACKTRACE": "enable=no"], limits: limits)
        #expect(result.ending == .limitExceeded(.memory))
        #expect(result.description == "hit the memory limit (256 MiB)")
        #expect(Fixture.text(result.stderr).contains("Fatal error: failed to allocate 2000000032 bytes of memory"))
    }

    @Test func swiftAllocationWithinTheLimit() throws {
        let limits = SandboxLimits(memoryBytes: 256 << 20)
        let result = try Self.run("hog", ["100000000"], limits: limits)
        #expect(result.ending == .exited(code: 0))
        #expect(Fixture.text(result.stdout) == "100000000\n")
        #expect(result.description == "exited normally (status 0)")
    }

    /// The address-space floor of a trivial Swift program (documented on SandboxLimits.memoryBytes):
    /// it runs in 24 MiB and cannot even load its runtime in 8 MiB.
    @Test func memoryFloorOfATrivialSwiftProgram() throws {
        let roomy = try Self.run("hello", limits: SandboxLimits(memoryBytes: 24 << 20))
        #expect(roomy.ending == .exited(code: 0))
        #expect(Fixture.text(roomy.stdout) == "hello\n")

        let cramped = try Self.run("hello", limits: SandboxLimits(memoryBytes: 8 << 20))
        #expect(cramped.ending == .limitExceeded(.memory))
        #expect(cramped.description == "hit the memory limit (8 MiB)")
        #expect(cramped.stdout.isEmpty)
    }
}
