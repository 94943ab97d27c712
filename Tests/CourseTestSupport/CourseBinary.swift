import Foundation

/// Runs the built `course` executable the way a user does, for end-to-end tests.
public enum CourseBinary {
    /// The package's root folder, found from this file's location.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// What one run printed and how it ended.
    public struct Run: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The executable next to the test bundle (`swift build` puts both in one folder), or in
    /// `.build/debug`.
    public static var path: String {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("course").path
        for candidate in [besideTests, packageRoot + "/.build/debug/course"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return packageRoot + "/.build/debug/course"
    }

    /// Runs `course` with `arguments` in `directory` and waits for it to end.
    public static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Run {
        try run(program: path, arguments, in: directory, environment: environment)
    }

    /// Runs any program as `run(_:in:environment:)` runs `course`: the caller's environment
    /// with `environment` on top and `NO_COLOR=1`, standard input empty, both outputs read.
    public static func run(program: String, _ arguments: [String], in directory: String,
                           environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a chatty run cannot fill a pipe and stall.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}
