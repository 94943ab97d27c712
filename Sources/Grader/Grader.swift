import CourseModel
import Foundation
import ParallelMap
import Sandbox
import SwiftToolchain

/// What the grader reports while it works, so a terminal can show progress.
public enum GradeEvent: Sendable {
    /// Compiling and running this exercise has begun.
    case started(Exercise)
    /// This exercise is done.
    case finished(ExerciseResult)
}

/// Grades exercises: each compiled and run as two processes (the checks, and the learner's
/// code in a sandbox), in parallel up to the core count, with unchanged ones answered from
/// the cache.
public struct Grader: Sendable {
    /// Where `CourseCheck`'s sources are; `CourseWire`'s are beside them.
    public let courseCheckSources: String
    /// Where compiled libraries and cached results go; nil disables the result cache.
    public let cacheDirectory: String
    public let usesResultCache: Bool
    /// Limits for each run of an exercise's checks (an exercise may set its own timeout).
    public var limits: SandboxLimits
    /// How many exercises are compiled and run at once.
    public var parallelism: Int
    /// Whether learner code must run under bubblewrap.
    public var isolation: IsolationMode
    /// Folders learner code must not see even where the system folders are visible (the
    /// course checkout, the cache).
    public var hiddenPaths: [String]
    /// Whether every result lists all the exercise's checks and its full worth, even when
    /// the checks could not run (not attempted, not submitted, not compiling): for
    /// gradebooks and Gradescope, which score everyone out of the same total.
    public var scoresFullWorth = false

    /// Creates a grader.
    public init(courseCheckSources: String, cacheDirectory: String, usesResultCache: Bool = true,
                limits: SandboxLimits = Grader.defaultLimits,
                parallelism: Int = Grader.availableCPUs,
                isolation: IsolationMode = .auto, hiddenPaths: [String] = []) {
        self.courseCheckSources = courseCheckSources
        self.cacheDirectory = cacheDirectory
        self.usesResultCache = usesResultCache
        self.limits = limits
        self.parallelism = max(1, parallelism)
        self.isolation = isolation
        self.hiddenPaths = hiddenPaths
    }

    /// How many CPUs this process may run on: its CPU affinity (what `taskset`, a Slurm
    /// allocation or a cpuset container gives it), else the machine's active processors.
    ///
    /// Foundation's `activeProcessorCount` counts every CPU of the machine whatever the
    /// affinity, so a shard given 4 CPUs of a 64-core node would start 64 compilers and its
    /// learner runs would time out for want of a CPU.
    public static var availableCPUs: Int {
        let allowed = Sandbox.allowedCPUs.count
        return allowed > 0 ? allowed : ProcessInfo.processInfo.activeProcessorCount
    }

    /// Limits for learner code: a few seconds, 1 GiB, 64 KiB of output.
    public static var defaultLimits: SandboxLimits {
        var limits = SandboxLimits.default
        limits.wallClockSeconds = 5
        limits.cpuSeconds = 5
        return limits
    }

    /// Whether this grader will isolate learner code, and the warning to show once when it
    /// will not although it was meant to (mode `auto` on a machine without namespaces).
    ///
    /// - Throws: ``GradeError/notIsolated(_:)`` in mode `required` when isolation is unavailable.
    public func isolationStatus() throws(GradeError) -> (isolated: Bool, warning: String?) {
        switch isolation.decision(given: Isolation.availability) {
        case .isolate:
            return (true, nil)
        case .runDirectly(unavailable: nil):
            return (false, nil)
        case .runDirectly(unavailable: let why?):
            return (false, "warning: learner code runs NOT isolated: \(why). It can read and write your files; grade untrusted code only with '--isolation required'.")
        case .refuse(let why):
            throw .notIsolated(why)
        }
    }

    /// Grades `exercises` from `source`, calling `progress` from worker threads as each
    /// starts and ends. Results come back in the order of `exercises`. One exercise's outcome
    /// never stops the others.
    public func grade(_ exercises: [Exercise], source: GradedSource,
                      progress: @escaping @Sendable (GradeEvent) -> Void = { _ in }) throws(GradeError) -> [ExerciseResult] {
        try grade(exercises, source: source, modes: [.real], progress: progress).map { $0[0] }
    }

    /// Grades each exercise's `source` once per mode (one compile per exercise): `.real` is
    /// the code's own answers; the others are the degenerate answers `course check` must see
    /// earn nothing. Results per exercise in the order of `modes`.
    public func grade(_ exercises: [Exercise], source: GradedSource, modes: [AnswerMode],
                      progress: @escaping @Sendable (GradeEvent) -> Void = { _ in }) throws(GradeError) -> [[ExerciseResult]] {
        let needsCompiler = scoresFullWorth || exercises.contains { exercise in
            source != .workspace || isAttempted(exercise)
        }
        guard needsCompiler else {
            let grader = ExerciseGrader(tools: nil, cache: nil, limits: limits)
            return exercises.map { exercise in
                let results = grader.grade(exercise, source: source, modes: modes)
                progress(.finished(results[0]))
                return results
            }
        }
        let isolated = try isolationStatus().isolated
        let tools: GradingTools
        do throws(ToolchainError) {
            let toolchain = try Toolchain.locate(cacheDirectory: cacheDirectory + "/toolchain")
            let wireSources = (courseCheckSources as NSString).deletingLastPathComponent + "/CourseWire"
            let courseWire = try toolchain.library(named: "CourseWire", sources: wireSources)
            let courseCheck = try toolchain.library(named: "CourseCheck", sources: courseCheckSources, dependencies: [courseWire])
            var isolation: Isolation?
            if isolated {
                isolation = Isolation(readOnlyPaths: [toolchain.runtimeLibraryDirectory, toolchain.backtracerDirectory].compactMap { $0 },
                                      hiddenPaths: hiddenPaths + [cacheDirectory])
            }
            tools = GradingTools(toolchain: toolchain, courseWire: courseWire, courseCheck: courseCheck,
                                 isolation: isolation, runnerCache: cacheDirectory + "/checks")
        } catch {
            throw .setup(error.description)
        }
        let grader = ExerciseGrader(tools: tools,
                                    cache: usesResultCache ? GradeCache(directory: cacheDirectory + "/results") : nil,
                                    limits: limits, scoresFullWorth: scoresFullWorth)
        return exercises.parallelMap(width: parallelism) { exercise in
            progress(.started(exercise))
            let results = grader.grade(exercise, source: source, modes: modes)
            progress(.finished(results[0]))
            return results
        }
    }

    /// Whether the learner has changed the starter (a missing file counts as not attempted).
    func isAttempted(_ exercise: Exercise) -> Bool {
        guard let file = FileManager.default.contents(atPath: exercise.workspacePath) else { return false }
        return file != FileManager.default.contents(atPath: exercise.starterPath)
    }
}

/// Problems that stop the grader itself (as opposed to an exercise's outcome).
public enum GradeError: Error, Sendable, CustomStringConvertible {
    /// The toolchain or the CourseCheck library could not be prepared.
    case setup(String)
    /// `--isolation required`, and isolation is not available here; the text says why.
    case notIsolated(String)

    public var description: String {
        switch self {
        case .setup(let message): return message.hasPrefix("error: ") ? message : "error: \(message)"
        case .notIsolated(let why): return "error: refusing to grade without isolation (--isolation required): \(why)"
        }
    }
}
