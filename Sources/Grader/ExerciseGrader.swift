import ContentHash
import CourseCheck
import CourseModel
import CourseWire
import Foundation
import Sandbox
import SwiftToolchain

/// Which file of an exercise is graded.
public enum GradedSource: Sendable, Hashable {
    /// The learner's copy in the workspace (`course grade`).
    case workspace
    /// The author's reference solution (`course check`: must pass).
    case solution
    /// The untouched starter (`course check`: must earn nothing).
    case starter
}

/// How an answer is produced: by the graded code, or by a degenerate body built from it
/// (`course check` proves that none of those earns a point).
public typealias AnswerMode = WorkerLoop.Mode

/// What one grading needs that does not change between exercises.
struct GradingTools: Sendable {
    let toolchain: Toolchain
    let courseWire: PrebuiltLibrary
    let courseCheck: PrebuiltLibrary
    /// The sandbox policy for learner code; nil runs it without namespaces.
    let isolation: Isolation?
    /// Where compiled checks programs are kept.
    let runnerCache: String
}

/// Grades one exercise in two processes: the checks' program (trusted: the checks, the
/// CourseCheck library and generated proxies, never learner code) and the learner's
/// program (the graded file and a generated dispatcher, isolated). The checks call the
/// learner's functions through the proxies; arguments and results cross a pair of pipes.
/// Only the checks' process writes results, on its own channel, so nothing the learner's
/// code does can change which checks ran, what they compared, or the points.
struct ExerciseGrader: Sendable {
    /// Nil when every exercise is known not to need the compiler (all not attempted).
    let tools: GradingTools?
    let cache: GradeCache?
    let limits: SandboxLimits
    /// Whether a result whose checks never ran (not attempted, not submitted, not compiling)
    /// still lists every check and the exercise's full worth, for gradebooks and Gradescope,
    /// which must score out of the same total for everyone. Costs the checks program's
    /// compile (cached) on the first such result.
    let scoresFullWorth: Bool

    init(tools: GradingTools?, cache: GradeCache?, limits: SandboxLimits, scoresFullWorth: Bool = false) {
        self.tools = tools
        self.cache = cache
        self.limits = limits
        self.scoresFullWorth = scoresFullWorth
    }

    func path(of exercise: Exercise, _ source: GradedSource) -> String {
        switch source {
        case .workspace: return exercise.workspacePath
        case .solution: return exercise.solutionPath
        case .starter: return exercise.starterPath
        }
    }

    /// Grades `source` once per mode (one compile); results in the order of `modes`.
    func grade(_ exercise: Exercise, source: GradedSource, modes: [AnswerMode] = [.real]) -> [ExerciseResult] {
        let results = gradeOnce(exercise, source: source, modes: modes)
        guard scoresFullWorth else { return results }
        return results.map { $0.checks.isEmpty ? withFullWorth($0, of: exercise) : $0 }
    }

    /// `result` with every check of the exercise listed as not run and its points as the
    /// maximum, from the checks program's announcement; unchanged if that cannot be had.
    private func withFullWorth(_ result: ExerciseResult, of exercise: Exercise) -> ExerciseResult {
        let fileManager = FileManager.default
        guard let tools, let checks = fileManager.contents(atPath: exercise.checksPath),
              let starter = fileManager.contents(atPath: exercise.starterPath),
              let api = try? ExerciseAPI.parse(String(decoding: starter, as: UTF8.self)) else { return result }
        let work = NSTemporaryDirectory() + "course-plan-" + UUID().uuidString
        defer { try? fileManager.removeItem(atPath: work) }
        guard (try? fileManager.createDirectory(atPath: work, withIntermediateDirectories: true)) != nil,
              case .success(let runner) = RunnerCache(directory: tools.runnerCache, tools: tools)
                .runner(for: exercise, checks: checks, hidden: fileManager.contents(atPath: exercise.hiddenChecksPath), api: api, work: work),
              let planned = PairedRun.plan(of: runner, work: work, limits: limits) else { return result }
        var result = result
        let why = "not run: \(result.outcome.label)"
        result.checks = planned.map { check in
            CheckReport(name: check.name, passed: false, points: 0, maxPoints: Double(check.points), hidden: check.hidden,
                        hint: nil, failure: CheckFailure(message: why))
        }
        result.points = 0
        result.maxPoints = result.checks.reduce(0) { $0 + $1.maxPoints }
        return result
    }

    private func gradeOnce(_ exercise: Exercise, source: GradedSource, modes: [AnswerMode]) -> [ExerciseResult] {
        let path = path(of: exercise, source)
        var result = ExerciseResult(exerciseID: exercise.id, title: exercise.frontMatter.title,
                                    lessonSlug: exercise.lessonSlug, file: path, outcome: .notAttempted, summary: "")
        let fileManager = FileManager.default
        guard let graded = fileManager.contents(atPath: path) else {
            result.summary = "\(path) does not exist yet; create it from the starter with 'course reset \(exercise.id)'."
            return modes.map { _ in result }
        }
        if source == .workspace, graded == fileManager.contents(atPath: exercise.starterPath) {
            result.summary = "You haven't changed the starter yet. Open \(path), read the statement on the site, and give it a go."
            return modes.map { _ in result }
        }
        let hidden = fileManager.contents(atPath: exercise.hiddenChecksPath)
        guard let checks = fileManager.contents(atPath: exercise.checksPath),
              let starter = fileManager.contents(atPath: exercise.starterPath) else {
            result.outcome = .compileError
            result.summary = "the checks or the starter of \(exercise.id) cannot be read"
            return modes.map { _ in result }
        }
        let api: ExerciseAPI
        do throws(ExerciseAPI.Problem) {
            api = try ExerciseAPI.parse(String(decoding: starter, as: UTF8.self))
        } catch {
            result.outcome = .compileError
            result.summary = "The exercise cannot be graded: \(exercise.starterPath):\(error.line): \(error.message)."
            return modes.map { _ in result }
        }

        var limits = limits
        if let timeout = exercise.frontMatter.timeoutSeconds { limits.wallClockSeconds = timeout }
        guard let tools else { return modes.map { _ in result } }
        let keys = modes.map { cacheKey(path: path, graded: graded, checks: checks + (hidden.map { [0] + $0 } ?? Data()),
                                        api: api, limits: limits, tools: tools, mode: $0) }
        var results: [ExerciseResult?] = keys.map { key in
            cache?.load(key).map { cached in var cached = cached; cached.cached = true; return cached }
        }
        let missing = results.indices.filter { results[$0] == nil }
        guard !missing.isEmpty else { return results.map { $0! } }

        let work = NSTemporaryDirectory() + "course-grade-" + UUID().uuidString
        defer { try? fileManager.removeItem(atPath: work) }
        do {
            try fileManager.createDirectory(atPath: work + "/worker", withIntermediateDirectories: true)
            try fileManager.createDirectory(atPath: work + "/run", withIntermediateDirectories: true)
            // The learner's program runs as an unprivileged user when the grader is root.
            _ = chmod(work, 0o755)
            _ = chmod(work + "/worker", 0o755)
        } catch {
            result.outcome = .crashed
            result.summary = "the grader could not create a temporary folder: \(error.localizedDescription)"
            return modes.map { _ in result }
        }

        let prepared = prepare(exercise, path: path, api: api, checks: checks, hidden: hidden, work: work, tools: tools, into: result)
        for index in missing {
            switch prepared {
            case .failure(let failed):
                results[index] = failed.result
            case .success(let programs):
                let run = PairedRun(programs: programs, limits: limits, tools: tools, work: work)
                    .run(mode: modes[index], result: result)
                var graded = run.result
                if let withheld = exercise.frontMatter.withheldHiddenChecks {
                    // A learner edition: say what the instructor's grading adds.
                    let checks = withheld.count == 1 ? "1 hidden check" : "\(withheld.count) hidden checks"
                    let points = withheld.points == 1 ? "1 point" : "\(withheld.points) points"
                    // A detail, not the summary: the report shows details for a pass too.
                    graded.details.append("\(checks) (\(points)) will be run by your instructor.")
                }
                if run.cacheable { cache?.store(graded, for: keys[index]) }
                results[index] = graded
            }
        }
        return results.map { $0! }
    }

    private func cacheKey(path: String, graded: Data, checks: Data, api: ExerciseAPI, limits: SandboxLimits,
                          tools: GradingTools, mode: AnswerMode) -> String {
        var hasher = SHA256()
        for part in [path, tools.courseCheck.fingerprint, tools.courseWire.fingerprint, String(describing: limits),
                     tools.isolation == nil ? "not isolated" : "isolated", mode.rawValue, GeneratedSources.dispatcher(api)] {
            hasher.update(part)
            hasher.update([0])
        }
        hasher.update(Array(graded))
        hasher.update([0])
        hasher.update(Array(checks))
        return hex(hasher.finalize())
    }

    /// The two compiled programs of one grading.
    struct Programs: Sendable {
        /// The checks' program (cached per checks and API).
        let runner: String
        /// The learner's program.
        let worker: String
        let learnerPath: String
    }

    private func prepare(_ exercise: Exercise, path: String, api: ExerciseAPI, checks: Data, hidden: Data?, work: String,
                         tools: GradingTools, into result: ExerciseResult) -> Result<Programs, ExerciseResultBox> {
        let fileManager = FileManager.default
        let absolute = { (p: String) in p.hasPrefix("/") ? p : fileManager.currentDirectoryPath + "/" + p }
        let runner: String
        switch RunnerCache(directory: tools.runnerCache, tools: tools).runner(for: exercise, checks: checks, hidden: hidden, api: api, work: work) {
        case .success(let path): runner = path
        case .failure(let problem):
            var failed = result
            failed.outcome = .compileError
            failed.summary = "The exercise's checks do not compile against the functions its starter declares; this is a problem in the exercise, not in your code."
            failed.details = problem.details
            return .failure(ExerciseResultBox(failed))
        }
        let dispatcher = work + "/worker/main.swift"
        do {
            try Data(GeneratedSources.dispatcher(api).utf8).write(to: URL(fileURLWithPath: dispatcher))
        } catch {
            var failed = result
            failed.outcome = .crashed
            failed.summary = "the grader could not write into its temporary folder: \(error.localizedDescription)"
            return .failure(ExerciseResultBox(failed))
        }
        let compile: SandboxResult
        do throws(ToolchainError) {
            compile = try tools.toolchain.compile([absolute(path), dispatcher], libraries: [tools.courseWire],
                                                  moduleName: "Submission", output: work + "/worker/program", in: work + "/worker",
                                                  debugInfo: true)
        } catch {
            var failed = result
            failed.outcome = .compileError
            failed.summary = error.description
            return .failure(ExerciseResultBox(failed))
        }
        guard case .exited(0) = compile.ending else {
            return .failure(ExerciseResultBox(CompilerDiagnostics.describe(
                compile, result: result, learnerPath: path, generatedPath: dispatcher, api: api, absolute: absolute)))
        }
        _ = chmod(work + "/worker/program", 0o755)
        return .success(Programs(runner: runner, worker: work + "/worker/program", learnerPath: path))
    }
}

/// An ``ExerciseResult`` usable as a `Result` failure.
struct ExerciseResultBox: Error {
    let result: ExerciseResult
    init(_ result: ExerciseResult) { self.result = result }
}
