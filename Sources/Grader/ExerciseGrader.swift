import ContentHash
import CourseCheck
import CourseModel
import Foundation
import Sandbox
import SwiftToolchain

/// Which file of an exercise is graded.
public enum GradedSource: Sendable, Hashable {
    /// The learner's copy in the workspace (`course grade`).
    case workspace
    /// The author's reference solution (`course check`: must pass).
    case solution
    /// The untouched starter (`course check`: must fail at least one check).
    case starter
}

/// Compiles one exercise (graded file + checks + a generated main), runs it in the sandbox,
/// and turns what happened into exactly one ``GradeOutcome``.
struct ExerciseGrader: Sendable {
    /// Nil when every exercise is known not to need the compiler (all not attempted).
    let toolchain: Toolchain?
    let courseCheck: PrebuiltLibrary?
    let cache: GradeCache?
    let limits: SandboxLimits

    func grade(_ exercise: Exercise, source: GradedSource) -> ExerciseResult {
        let path: String
        switch source {
        case .workspace: path = exercise.workspacePath
        case .solution: path = exercise.solutionPath
        case .starter: path = exercise.starterPath
        }
        var result = ExerciseResult(exerciseID: exercise.id, title: exercise.frontMatter.title,
                                    lessonSlug: exercise.lessonSlug, file: path, outcome: .notAttempted, summary: "")
        let fileManager = FileManager.default
        guard let graded = fileManager.contents(atPath: path) else {
            result.summary = "\(path) does not exist yet; create it from the starter with 'course reset \(exercise.id)'."
            return result
        }
        if source == .workspace, graded == fileManager.contents(atPath: exercise.starterPath) {
            result.summary = "You haven't changed the starter yet. Open \(path), read the statement on the site, and give it a go."
            return result
        }
        guard let checks = fileManager.contents(atPath: exercise.checksPath) else {
            result.outcome = .compileError
            result.summary = "the checks file \(exercise.checksPath) cannot be read"
            return result
        }

        var limits = limits
        if let timeout = exercise.frontMatter.timeoutSeconds { limits.wallClockSeconds = timeout }
        guard let toolchain, let courseCheck else { return result }
        let key = cacheKey(path: path, graded: graded, checks: checks, limits: limits, library: courseCheck)
        if var cached = cache?.load(key) {
            cached.cached = true
            return cached
        }
        result = compileAndRun(exercise, path: path, limits: limits, toolchain: toolchain, courseCheck: courseCheck, into: result)
        cache?.store(result, for: key)
        return result
    }

    private func cacheKey(path: String, graded: Data, checks: Data, limits: SandboxLimits, library: PrebuiltLibrary) -> String {
        var hasher = SHA256()
        for part in [path, library.fingerprint, String(describing: limits)] {
            hasher.update(part)
            hasher.update([0])
        }
        hasher.update(Array(graded))
        hasher.update([0])
        hasher.update(Array(checks))
        return hex(hasher.finalize())
    }

    private func compileAndRun(_ exercise: Exercise, path: String, limits: SandboxLimits, toolchain: Toolchain,
                               courseCheck: PrebuiltLibrary, into result: ExerciseResult) -> ExerciseResult {
        var result = result
        let fileManager = FileManager.default
        let work = NSTemporaryDirectory() + "course-grade-" + UUID().uuidString
        defer { try? fileManager.removeItem(atPath: work) }
        do {
            try fileManager.createDirectory(atPath: work + "/run", withIntermediateDirectories: true)
            try Data("import CourseCheck\n\nCheckRunner.run(checks)\n".utf8).write(to: URL(fileURLWithPath: work + "/main.swift"))
        } catch {
            result.outcome = .crashed
            result.summary = "the grader could not create a temporary folder: \(error.localizedDescription)"
            return result
        }

        let absolute = { (p: String) in p.hasPrefix("/") ? p : fileManager.currentDirectoryPath + "/" + p }
        let compile: SandboxResult
        do throws(ToolchainError) {
            compile = try toolchain.compile([absolute(path), absolute(exercise.checksPath), work + "/main.swift"],
                                            libraries: [courseCheck], moduleName: "Exercise",
                                            output: work + "/exercise", in: work)
        } catch {
            result.outcome = .compileError
            result.summary = error.description
            return result
        }
        guard case .exited(0) = compile.ending else {
            return CompilerDiagnostics.describe(compile, result: result, learnerPath: path,
                                                checksPath: exercise.checksPath, absolute: absolute)
        }

        let nonce = CheckChannel.makeNonce()
        let request = SandboxRequest(
            executable: work + "/exercise", arguments: [], workingDirectory: work + "/run",
            environment: ["COURSE_CHECK_CHANNEL_FD": "3", "COURSE_CHECK_NONCE_FD": "4", "LANG": "C.UTF-8",
                          // The runtime's backtracer adds seconds and kilobytes to every trap; the message is enough.
                          "SWIFT_BACKTRACE": "enable=no"],
            limits: limits, standardInput: nil, secret: nonce, captureChannel: true
        )
        let run: SandboxResult
        do {
            run = try Sandbox.run(request)
        } catch {
            result.outcome = .crashed
            result.summary = "the compiled exercise could not start: \(error)"
            return result
        }
        return RunClassifier.classify(run, nonce: nonce, result: result, limits: limits)
    }
}
