import ContentHash
import CourseModel
import Foundation
import Sandbox
import SwiftToolchain

/// Compiles and runs a lesson's runnable blocks as one program, at build time, with the
/// outputs cached by content: a rebuild with nothing changed starts no compiler at all.
///
/// The program runs under ``Isolation`` (see ``LiveCodeSettings/isolation``): lesson code of a
/// course that takes contributions runs on every build of every contributor, so it sees only
/// the system folders and the Swift runtime, writes only its own `/tmp`, and leaves no
/// process behind. Isolation does not enter the cache key: the outputs are the same.
final class LiveCodeRunner: @unchecked Sendable {
    let settings: LiveCodeSettings
    /// Whether bubblewrap works here; a parameter so tests can play a machine without it.
    private let availability: @Sendable () -> Isolation.Availability
    /// A digest of CoursePlot's sources and the compiler binary, computed once per build.
    let environmentDigest: String
    private var toolchain: (Toolchain, PrebuiltLibrary)?
    /// Decided at the first program run, so a build answered from the cache probes nothing.
    private var isolation: Result<Isolation?, LiveCodeIsolationError>?
    private let lock = NSLock()
    /// How many lesson programs this runner compiled (cache misses); tests read it.
    private(set) var programsCompiled = 0

    convenience init(settings: LiveCodeSettings) {
        self.init(settings: settings, availability: { Isolation.availability })
    }

    init(settings: LiveCodeSettings, availability: @escaping @Sendable () -> Isolation.Availability) {
        self.settings = settings
        self.availability = availability
        var hasher = SHA256()
        let fileManager = FileManager.default
        for file in ((try? fileManager.contentsOfDirectory(atPath: settings.coursePlotSources)) ?? []).sorted() where file.hasSuffix(".swift") {
            hasher.update(file)
            hasher.update(Array(fileManager.contents(atPath: settings.coursePlotSources + "/" + file) ?? Data()))
        }
        // The compiler's identity without running it: its resolved path, size and date.
        let compiler = URL(fileURLWithPath: Toolchain.compilerPath).resolvingSymlinksInPath().path
        let attributes = try? fileManager.attributesOfItem(atPath: compiler)
        hasher.update("\(compiler) \(attributes?[.size] ?? 0) \((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)")
        hasher.update(String(settings.timeoutSeconds))
        environmentDigest = hex(hasher.finalize())
    }

    /// The stdout of each block, or the problems that stopped the program, located in `file`.
    func outputs(of blocks: [RunnableBlock], file: String) -> Result<[String], CourseError> {
        guard !blocks.isEmpty else { return .success([]) }
        var hasher = SHA256()
        hasher.update(environmentDigest)
        // The key leaves out where the lesson lives: moving a course must not recompile it.
        hasher.update(LessonProgram(blocks: blocks, lessonFile: "lesson.md").source)
        let key = hex(hasher.finalize())
        let cachePath = "\(settings.cacheDirectory)/blocks/\(key).json"
        if let data = FileManager.default.contents(atPath: cachePath),
           let cached = try? JSONDecoder().decode([String].self, from: data), cached.count == blocks.count {
            return .success(cached)
        }
        lock.lock()
        programsCompiled += 1
        lock.unlock()
        // Only a miss needs the real program, whose #sourceLocation names the lesson file.
        let result = compileAndRun(LessonProgram(blocks: blocks, lessonFile: file), blocks: blocks, file: file)
        if case .success(let outputs) = result, let data = try? JSONEncoder().encode(outputs) {
            try? FileManager.default.createDirectory(atPath: settings.cacheDirectory + "/blocks", withIntermediateDirectories: true)
            let temporary = cachePath + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))"
            if FileManager.default.createFile(atPath: temporary, contents: data) { _ = rename(temporary, cachePath) }
        }
        return result
    }

    /// Locates the compiler and builds CoursePlot once per build, whichever lesson asks first.
    private func preparedToolchain() throws(ToolchainError) -> (Toolchain, PrebuiltLibrary) {
        lock.lock()
        defer { lock.unlock() }
        if let toolchain { return toolchain }
        let located = try Toolchain.locate(cacheDirectory: settings.cacheDirectory + "/toolchain")
        let plot = try located.library(named: "CoursePlot", sources: settings.coursePlotSources)
        toolchain = (located, plot)
        return (located, plot)
    }

    /// The isolation of this build's lesson programs (nil: run directly), decided once; warns
    /// through the settings when it falls back to running directly.
    private func preparedIsolation(_ toolchain: Toolchain) -> Result<Isolation?, LiveCodeIsolationError> {
        lock.lock()
        defer { lock.unlock() }
        if let isolation { return isolation }
        let decided: Result<Isolation?, LiveCodeIsolationError>
        do throws(LiveCodeIsolationError) {
            let status = try settings.isolationStatus(availability: availability())
            if let warning = status.warning { settings.warn(warning) }
            // Lesson programs run with the backtracer off, so only the runtime must be visible.
            decided = .success(status.isolated
                ? Isolation(readOnlyPaths: [toolchain.runtimeLibraryDirectory].compactMap { $0 },
                            hiddenPaths: settings.hiddenPaths + [settings.cacheDirectory])
                : nil)
        } catch {
            decided = .failure(error)
        }
        isolation = decided
        return decided
    }

    private func compileAndRun(_ program: LessonProgram, blocks: [RunnableBlock], file: String) -> Result<[String], CourseError> {
        let first = blocks[0].fenceLine
        func failure(_ line: Int, _ column: Int? = nil, _ message: String) -> Result<[String], CourseError> {
            .failure(CourseError([Diagnostic(file: file, line: line, column: column, message: message)]))
        }
        let fileManager = FileManager.default
        let work = NSTemporaryDirectory() + "course-live-" + UUID().uuidString
        defer { try? fileManager.removeItem(atPath: work) }
        let compile: SandboxResult
        let toolchain: Toolchain, plot: PrebuiltLibrary, isolation: Isolation?
        do throws(ToolchainError) {
            (toolchain, plot) = try preparedToolchain()
            switch preparedIsolation(toolchain) {
            case .success(let decided): isolation = decided
            case .failure(let refusal): return failure(first, nil, refusal.message)
            }
            // Only `bin` is shown to an isolated program; `run` is its folder when not isolated.
            try? fileManager.createDirectory(atPath: work + "/run", withIntermediateDirectories: true)
            try? fileManager.createDirectory(atPath: work + "/bin", withIntermediateDirectories: true)
            guard fileManager.createFile(atPath: work + "/main.swift", contents: Data(program.source.utf8)) else {
                return failure(first, nil, "cannot write the lesson's program to \(work)")
            }
            compile = try toolchain.compile([work + "/main.swift"], libraries: [plot], moduleName: "Lesson",
                                            output: work + "/bin/lesson", in: work)
        } catch {
            return failure(first, nil, "cannot compile the lesson's code blocks: \(error)")
        }
        guard case .exited(0) = compile.ending else {
            return .failure(CourseError(compileDiagnostics(compile, file: file, firstLine: first)))
        }

        var limits = SandboxLimits.default
        limits.wallClockSeconds = settings.timeoutSeconds
        limits.cpuSeconds = Int(settings.timeoutSeconds.rounded(.up)) + 1
        limits.outputBytes = 4 << 20
        // Run as root, the isolated program is another user: it must be able to reach its binary.
        for path in [work, work + "/bin", work + "/bin/lesson"] { _ = chmod(path, 0o755) }
        let request = SandboxRequest(executable: work + "/bin/lesson", arguments: [], workingDirectory: work + "/run",
                                     environment: ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"], limits: limits,
                                     isolation: isolation)
        let run: SandboxResult
        do {
            run = try Sandbox.run(request)
        } catch {
            return failure(first, nil, "cannot run the lesson's code blocks: \(error)")
        }
        let stdout = String(decoding: run.stdout, as: UTF8.self)
        let outputs = LessonProgram.split(stdout, blockCount: blocks.count)
        guard case .exited(0) = run.ending else {
            // The block that was running is the last one whose marker was printed.
            let index = outputs.lastIndex { $0 != nil } ?? 0
            let stderr = String(decoding: run.stderr, as: UTF8.self)
            let trap = stderr.split(separator: "\n").first { $0.contains("Fatal error") || $0.contains("error:") }
                .map { ": " + $0 } ?? ""
            return failure(blocks[index].fenceLine, nil,
                           "this code block \(Sandbox.describe(run.ending, limits: limits))\(trap); fix the block (all runnable blocks of a lesson run as one program, in order)")
        }
        return .success(outputs.map { $0 ?? "" })
    }

    /// Compiler errors point into the lesson file thanks to `#sourceLocation`; keep those.
    private func compileDiagnostics(_ compile: SandboxResult, file: String, firstLine: Int) -> [Diagnostic] {
        let output = String(decoding: compile.stderr + compile.stdout, as: UTF8.self)
        var diagnostics: [Diagnostic] = []
        for line in output.split(separator: "\n") {
            guard let range = line.range(of: ": error: ") else { continue }
            let location = line[..<range.lowerBound].split(separator: ":")
            let message = String(line[range.upperBound...])
            if location.count >= 3, let lineNumber = Int(location[location.count - 2]), let column = Int(location[location.count - 1]),
               location.dropLast(2).joined(separator: ":").hasSuffix(file) {
                diagnostics.append(Diagnostic(file: file, line: lineNumber, column: column, message: "code block does not compile: \(message)"))
            } else {
                diagnostics.append(Diagnostic(file: file, line: firstLine, message: "the lesson's code blocks do not compile: \(message)"))
            }
        }
        if diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: firstLine, message: "the lesson's code blocks do not compile (\(compile.ending))"))
        }
        return diagnostics
    }
}
