import Foundation
import Testing
@testable import Sandbox

/// Shared helpers for the sandbox tests.
enum Fixture {
    /// A small PATH for children that run shell commands.
    static let environment = ["PATH": "/usr/bin:/bin"]

    /// The system Python (not a pyenv shim, which needs its own environment variables).
    static let python = "/usr/bin/python3"

    /// Runs `script` with `/bin/sh -c`, in a fresh temporary directory unless one is given.
    static func shell(
        _ script: String,
        limits: SandboxLimits = .default,
        standardInput: [UInt8]? = nil,
        secret: [UInt8]? = nil,
        captureChannel: Bool = false,
        in directory: String? = nil
    ) throws -> SandboxResult {
        let request = SandboxRequest(
            executable: "/bin/sh", arguments: ["-c", script],
            workingDirectory: directory ?? makeTemporaryDirectory(),
            environment: environment, limits: limits,
            standardInput: standardInput, secret: secret, captureChannel: captureChannel
        )
        return try Sandbox.run(request)
    }

    /// Runs a Python snippet with the system Python.
    static func python(_ code: String, limits: SandboxLimits = .default) throws -> SandboxResult {
        try Sandbox.run(SandboxRequest(
            executable: python, arguments: ["-c", code],
            workingDirectory: makeTemporaryDirectory(), environment: environment, limits: limits
        ))
    }

    /// A new empty directory under the system temporary directory, with symlinks resolved.
    static func makeTemporaryDirectory() -> String {
        var template = Array("/tmp/sandbox-tests-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed")
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// Bytes as UTF-8 text.
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
