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

/// Grades exercises: each compiled and run in isolation, in parallel up to the core count,
/// with unchanged ones answered from the cache.
public struct Grader: Sendable {
    /// Where `CourseCheck`'s sources are.
    public let courseCheckSources: String
    /// Where compiled libraries and cached results go; nil disables the result cache.
    public let cacheDirectory: String
    public let usesResultCache: Bool
    /// Limits for each run of an exercise's checks (an exercise may set its own timeout).
    public var limits: SandboxLimits
    /// How many exercises are compiled and run at once.
    public var parallelism: Int

    /// Creates a grader.
    public init(courseCheckSources: String, cacheDirectory: String, usesResultCache: Bool = true,
                limits: SandboxLimits = Grader.defaultLimits,
                parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.courseCheckSources = courseCheckSources
        self.cacheDirectory = cacheDirectory
        self.usesResultCache = usesResultCache
        self.limits = limits
        self.parallelism = max(1, parallelism)
    }

    /// Limits for learner code: a few seconds, 1 GiB, 64 KiB of output.
    public static var defaultLimits: SandboxLimits {
        var limits = SandboxLimits.default
        limits.wallClockSeconds = 5
        limits.cpuSeconds = 5
        return limits
    }

    /// Grades `exercises` from `source`, calling `progress` from worker threads as each
    /// starts and ends. Results come back in the order of `exercises`. One exercise's outcome
    /// never stops the others.
    public func grade(_ exercises: [Exercise], source: GradedSource,
                      progress: @escaping @Sendable (GradeEvent) -> Void = { _ in }) throws(GradeError) -> [ExerciseResult] {
        let needsCompiler = exercises.contains { exercise in
            source != .workspace || isAttempted(exercise)
        }
        guard needsCompiler else {
            let grader = ExerciseGrader(toolchain: nil, courseCheck: nil, cache: nil, limits: limits)
            return exercises.map { exercise in
                let result = grader.grade(exercise, source: source)
                progress(.finished(result))
                return result
            }
        }
        let toolchain: Toolchain
        let courseCheck: PrebuiltLibrary
        do throws(ToolchainError) {
            toolchain = try Toolchain.locate(cacheDirectory: cacheDirectory + "/toolchain")
            courseCheck = try toolchain.library(named: "CourseCheck", sources: courseCheckSources)
        } catch {
            throw .setup(error.description)
        }
        let grader = ExerciseGrader(toolchain: toolchain, courseCheck: courseCheck,
                                    cache: usesResultCache ? GradeCache(directory: cacheDirectory + "/results") : nil,
                                    limits: limits)
        return exercises.parallelMap(width: parallelism) { exercise in
            progress(.started(exercise))
            let result = grader.grade(exercise, source: source)
            progress(.finished(result))
            return result
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

    public var description: String {
        switch self {
        case .setup(let message): return message.hasPrefix("error: ") ? message : "error: \(message)"
        }
    }
}
