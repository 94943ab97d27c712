import CourseModel
import Foundation
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
        let results = ResultSlots<ExerciseResult>(count: exercises.count)
        let next = WorkQueue(count: exercises.count)
        DispatchQueue.concurrentPerform(iterations: min(parallelism, max(exercises.count, 1))) { _ in
            while let index = next.take() {
                progress(.started(exercises[index]))
                let result = grader.grade(exercises[index], source: source)
                results.store(result, at: index)
                progress(.finished(result))
            }
        }
        return results.values
    }

    /// Whether the learner has changed the starter (a missing file counts as not attempted).
    func isAttempted(_ exercise: Exercise) -> Bool {
        guard let file = FileManager.default.contents(atPath: exercise.workspacePath) else { return false }
        return file != FileManager.default.contents(atPath: exercise.starterPath)
    }
}

/// Hands out indices 0..<count to workers, each once.
final class WorkQueue: @unchecked Sendable {
    private var nextIndex = 0
    private let count: Int
    private let lock = NSLock()

    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }
}

/// Fixed slots that concurrent workers fill, each writing only its own index.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
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
