import ContentHash
import Foundation
import Sandbox

/// The Swift compiler, and the small libraries (CourseCheck, CoursePlot) that programs
/// compiled at grade or build time link against.
///
/// A library is compiled once per (its sources, the compiler's version, the flags) into the
/// cache and reused, so each exercise or lesson program compiles only its own files.
public struct Toolchain: Sendable {
    /// The `swiftc` executable.
    public let swiftc: String
    /// `swiftc --version`'s first line; part of every cache key.
    public let version: String
    /// Where built libraries are kept.
    public let cacheDirectory: String

    /// Flags of every compile: debug builds keep all runtime checks (bounds, overflow) and
    /// compile fastest.
    public static let flags = ["-Onone"]

    /// Flags of the libraries (CourseWire, CourseCheck, CoursePlot): optimised, since they are
    /// built once per toolchain and every call between the checks and the learner's code runs
    /// through them (measured: ~13 µs per call with `-Onone` libraries). `-O` keeps Swift's
    /// runtime checks; only `-Ounchecked` would drop them.
    public static let libraryFlags = ["-O"]

    /// Finds `swiftc` (`SWIFTC`, else `PATH`) and asks its version.
    ///
    /// The answer is remembered in the cache, keyed by the compiler file's identity (path,
    /// size, modification time, inode), so a warm `course grade` starts no compiler at all
    /// (`swiftc --version` costs ~40 ms).
    public static func locate(cacheDirectory: String) throws(ToolchainError) -> Toolchain {
        let swiftc = findSwiftc()
        let fileManager = FileManager.default
        try? fileManager.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        let resolved = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath().path
        var identity = SHA256()
        identity.update(resolved)
        if let attributes = try? fileManager.attributesOfItem(atPath: resolved) {
            for key in [FileAttributeKey.size, .modificationDate, .systemFileNumber] {
                identity.update(String(describing: attributes[key] ?? ""))
            }
        }
        let remembered = "\(cacheDirectory)/version-\(hex(identity.finalize()).prefix(16))"
        if let data = fileManager.contents(atPath: remembered), let version = String(data: data, encoding: .utf8), !version.isEmpty {
            return Toolchain(swiftc: swiftc, version: version, cacheDirectory: cacheDirectory)
        }
        let versionRun = try runTrusted(swiftc, ["--version"], in: cacheDirectory, wallSeconds: 60)
        let version = String(decoding: versionRun.stdout + versionRun.stderr, as: UTF8.self)
            .split(separator: "\n").first.map(String.init) ?? "unknown"
        if case .exited(0) = versionRun.ending {
            let temporary = remembered + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            if fileManager.createFile(atPath: temporary, contents: Data(version.utf8)) { _ = rename(temporary, remembered) }
        }
        return Toolchain(swiftc: swiftc, version: version, cacheDirectory: cacheDirectory)
    }

    /// Builds the library `name` from the `.swift` files in `sources`, unless an identical
    /// build is cached.
    public func library(named name: String, sources: String, dependencies: [PrebuiltLibrary] = []) throws(ToolchainError) -> PrebuiltLibrary {
        let fileManager = FileManager.default
        let files = ((try? fileManager.contentsOfDirectory(atPath: sources)) ?? [])
            .filter { $0.hasSuffix(".swift") }.sorted().map { sources + "/" + $0 }
        guard !files.isEmpty else {
            throw .setup("cannot find the \(name) sources in \(sources); run the command from the course's top folder")
        }
        var hasher = SHA256()
        hasher.update(version)
        hasher.update(Self.libraryFlags.joined(separator: " "))
        for dependency in dependencies { hasher.update(dependency.fingerprint) }
        for file in files {
            hasher.update((file as NSString).lastPathComponent)
            hasher.update(Array(fileManager.contents(atPath: file) ?? Data()))
        }
        let fingerprint = hex(hasher.finalize())
        let directory = "\(cacheDirectory)/\(name)-\(fingerprint.prefix(16))"
        if !fileManager.fileExists(atPath: "\(directory)/lib\(name).a") {
            let staging = directory + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))"
            try? fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            let build = try Self.runTrusted(swiftc, ["-parse-as-library"] + Self.libraryFlags + dependencies.flatMap { ["-I", $0.directory] } + [
                "-module-name", name, "-emit-module", "-emit-module-path", "\(staging)/\(name).swiftmodule",
                "-emit-library", "-static", "-o", "\(staging)/lib\(name).a",
            ] + files, in: staging, wallSeconds: 300)
            guard case .exited(0) = build.ending else {
                try? fileManager.removeItem(atPath: staging)
                throw .setup("building \(name) failed:\n" + String(decoding: build.stderr, as: UTF8.self))
            }
            // Another process may have finished first; either copy is the same build.
            if (try? fileManager.moveItem(atPath: staging, toPath: directory)) == nil {
                try? fileManager.removeItem(atPath: staging)
            }
        }
        return PrebuiltLibrary(name: name, directory: directory, fingerprint: fingerprint)
    }

    /// Compiles `files` into the executable `output`, linked against `libraries`.
    ///
    /// `debugInfo` adds line tables (`-g`), so the runtime's backtracer can name the file
    /// and line of each frame when the program traps; it costs little at compile time.
    public func compile(_ files: [String], libraries: [PrebuiltLibrary], moduleName: String,
                        output: String, in directory: String, debugInfo: Bool = false) throws(ToolchainError) -> SandboxResult {
        var arguments = Self.flags + (debugInfo ? ["-g"] : []) + ["-module-name", moduleName]
        for library in libraries { arguments += ["-I", library.directory, "-L", library.directory, "-l" + library.name] }
        return try Self.runTrusted(swiftc, arguments + files + ["-o", output], in: directory, wallSeconds: 120)
    }

    /// The folder of the Swift runtime libraries programs built by this compiler load
    /// (`…/usr/lib/swift/linux` beside `…/usr/bin/swiftc`), for sandboxes that must let
    /// them be read; nil when it cannot be found.
    public var runtimeLibraryDirectory: String? {
        let resolved = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath()
        let root = resolved.deletingLastPathComponent().deletingLastPathComponent()
        for platform in ["linux", "macosx"] {
            let candidate = root.appendingPathComponent("lib/swift/\(platform)").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The folder of the runtime's crash backtracer (`swift-backtrace`), beside the runtime
    /// libraries under `…/usr/libexec/swift/linux`; nil when absent.
    public var backtracerDirectory: String? {
        let resolved = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath()
        let root = resolved.deletingLastPathComponent().deletingLastPathComponent()
        let candidate = root.appendingPathComponent("libexec/swift/linux").path
        return FileManager.default.fileExists(atPath: candidate + "/swift-backtrace") ? candidate : nil
    }

    /// The compiler `locate` would use, found without running it.
    public static var compilerPath: String { findSwiftc() }

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
    public static func runTrusted(_ executable: String, _ arguments: [String], in directory: String,
                                  wallSeconds: Double) throws(ToolchainError) -> SandboxResult {
        var limits = SandboxLimits.default
        limits.wallClockSeconds = wallSeconds
        limits.cpuSeconds = Int(wallSeconds) * 2
        limits.memoryBytes = 8 << 30
        limits.fileSizeBytes = 1 << 30
        limits.processCount = 4_096
        limits.outputBytes = 1 << 20
        var environment: [String: String] = [:]
        for key in ["PATH", "HOME", "LANG", "SDKROOT"] { environment[key] = ProcessInfo.processInfo.environment[key] }
        // The driver keeps its intermediate files in a TemporaryDirectory.* folder under
        // TMPDIR and does not always remove it: keep them in the (removed) work folder.
        environment["TMPDIR"] = directory
        let request = SandboxRequest(executable: executable, arguments: arguments, workingDirectory: directory,
                                     environment: environment, limits: limits)
        do {
            return try Sandbox.run(request)
        } catch {
            throw .setup("cannot run \(executable): \(error)")
        }
    }
}

/// A static library built by ``Toolchain/library(named:sources:)``.
public struct PrebuiltLibrary: Sendable, Hashable {
    /// The module name (`CourseCheck`).
    public let name: String
    /// The folder with `libNAME.a` and `NAME.swiftmodule`.
    public let directory: String
    /// A digest of its sources, the compiler version and the flags.
    public let fingerprint: String
}

/// Lowercase hexadecimal of `bytes`.
public func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    var text = ""
    for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return text
}

/// Problems that stop compiling anything at all (as opposed to a program's own errors).
public enum ToolchainError: Error, Sendable, CustomStringConvertible {
    /// The compiler or a library could not be prepared.
    case setup(String)

    public var description: String {
        switch self {
        case .setup(let message): return "error: \(message)"
        }
    }
}
