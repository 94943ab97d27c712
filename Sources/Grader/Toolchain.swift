import ContentHash
import Foundation
import Sandbox

/// The Swift compiler the grader uses, and the `CourseCheck` library built with it.
///
/// `CourseCheck` is compiled once per (its sources, compiler version) into the cache and
/// reused by every exercise, so a learner's compile is only their file, the checks and a
/// two-line main.
public struct Toolchain: Sendable {
    /// The `swiftc` executable.
    public let swiftc: String
    /// `swiftc --version`'s first line; part of every cache key.
    public let version: String
    /// The folder with `libCourseCheck.a` and `CourseCheck.swiftmodule`.
    public let courseCheckDirectory: String
    /// A digest of the library's sources, the compiler version and the flags.
    public let fingerprint: String

    /// Flags every exercise compile uses. Debug builds keep all runtime checks (bounds,
    /// overflow) and compile fastest.
    static let exerciseFlags = ["-Onone", "-module-name", "Exercise"]

    /// Finds `swiftc` and builds `CourseCheck` from `courseCheckSources` into `cacheDirectory`
    /// unless an identical build is already there.
    public static func prepare(courseCheckSources: String, cacheDirectory: String) throws(GradeError) -> Toolchain {
        let swiftc = findSwiftc()
        try? FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        let versionRun = try run(swiftc, ["--version"], in: cacheDirectory, wallSeconds: 60)
        let version = String(decoding: versionRun.stdout + versionRun.stderr, as: UTF8.self)
            .split(separator: "\n").first.map(String.init) ?? "unknown"

        let fileManager = FileManager.default
        let sources = ((try? fileManager.contentsOfDirectory(atPath: courseCheckSources)) ?? [])
            .filter { $0.hasSuffix(".swift") }.sorted().map { courseCheckSources + "/" + $0 }
        guard !sources.isEmpty else {
            throw .setup("cannot find the CourseCheck sources in \(courseCheckSources); run the command from the course's top folder")
        }
        var hasher = SHA256()
        hasher.update(version)
        hasher.update(exerciseFlags.joined(separator: " "))
        for source in sources {
            hasher.update(source.split(separator: "/").last.map(String.init) ?? source)
            hasher.update(Array(fileManager.contents(atPath: source) ?? Data()))
        }
        let fingerprint = hex(hasher.finalize())
        let directory = "\(cacheDirectory)/CourseCheck-\(fingerprint.prefix(16))"
        if !fileManager.fileExists(atPath: directory + "/libCourseCheck.a") {
            try? fileManager.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
            let staging = directory + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            try? fileManager.removeItem(atPath: staging)
            try? fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            let build = try run(swiftc, ["-parse-as-library", "-Onone", "-module-name", "CourseCheck", "-emit-module",
                                         "-emit-module-path", staging + "/CourseCheck.swiftmodule",
                                         "-emit-library", "-static", "-o", staging + "/libCourseCheck.a"] + sources,
                                in: staging, wallSeconds: 300)
            guard case .exited(0) = build.ending else {
                try? fileManager.removeItem(atPath: staging)
                throw .setup("building CourseCheck failed:\n" + String(decoding: build.stderr, as: UTF8.self))
            }
            // Another grader may have finished first; either copy is the same build.
            if (try? fileManager.moveItem(atPath: staging, toPath: directory)) == nil {
                try? fileManager.removeItem(atPath: staging)
            }
        }
        return Toolchain(swiftc: swiftc, version: version, courseCheckDirectory: directory, fingerprint: fingerprint)
    }

    /// `swiftc` beside the running `swift` on PATH, or `SWIFTC` when set.
    static func findSwiftc() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["SWIFTC"], !explicit.isEmpty { return explicit }
        for folder in (environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(folder)/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "/usr/bin/swiftc"
    }

    /// Runs a trusted tool (the compiler) with generous limits, keeping the environment the
    /// compiler needs to find its SDK and linker.
    static func run(_ executable: String, _ arguments: [String], in directory: String, wallSeconds: Double) throws(GradeError) -> SandboxResult {
        var limits = SandboxLimits.default
        limits.wallClockSeconds = wallSeconds
        limits.cpuSeconds = Int(wallSeconds) * 2
        limits.memoryBytes = 8 << 30
        limits.fileSizeBytes = 1 << 30
        limits.processCount = 4_096
        limits.outputBytes = 1 << 20
        var environment: [String: String] = [:]
        for key in ["PATH", "HOME", "TMPDIR", "LANG", "SDKROOT"] { environment[key] = ProcessInfo.processInfo.environment[key] }
        let request = SandboxRequest(executable: executable, arguments: arguments, workingDirectory: directory,
                                     environment: environment, limits: limits)
        do {
            return try Sandbox.run(request)
        } catch {
            throw .setup("cannot run \(executable): \(error)")
        }
    }
}

func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    var text = ""
    for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return text
}

/// Problems that stop the grader itself (as opposed to an exercise's outcome).
public enum GradeError: Error, Sendable, CustomStringConvertible {
    /// The toolchain or the CourseCheck library could not be prepared.
    case setup(String)

    public var description: String {
        switch self {
        case .setup(let message): return "error: \(message)"
        }
    }
}
