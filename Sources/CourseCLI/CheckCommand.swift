import ArgumentParser
import Foundation
import CourseModel
import Grader
import SiteRenderer

/// `course check`: the author's gate. Everything a build validates, and for every exercise:
/// the reference solution passes every check and the untouched starter fails at least one.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the lessons and prove every exercise: solutions pass, starters and do-nothing answers earn 0.",
        discussion: "Writes nothing. Exit status 0 only when every lesson validates, every solution passes with full points, and the untouched starter and the solution's answers replaced by zeros, its input, an empty value or NaN each earn 0 points; 65 otherwise."
    )

    @OptionGroup var options: LessonsOptions

    @Flag(name: .long, help: "Validate the lessons (and run their code blocks) only; do not compile the exercises.")
    var lessonsOnly = false

    @Flag(name: .long, help: "Compile and run every exercise again even when nothing changed.")
    var noCache = false

    @OptionGroup var isolation: IsolationOption

    /// The words for a degenerate answer mode in a problem report.
    static func describe(_ mode: AnswerMode) -> String {
        switch mode {
        case .real: return "the solution"
        case .zeros: return "a body returning zeros"
        case .identity: return "a body returning its input"
        case .empty: return "a body returning an empty value"
        case .nan: return "a body returning NaN"
        }
    }

    /// The problem when `result` (of a starter or a degenerate body) earns any point.
    static func earnsPoints(_ result: ExerciseResult, as what: String) -> String? {
        let earning = result.checks.filter { $0.points > 0 }
        guard !earning.isEmpty else { return nil }
        let names = earning.map { "“\($0.name)”" }.joined(separator: ", ")
        return "\(what) earns \(formatPoints(result.points)) of \(formatPoints(result.maxPoints)) points in \(result.exerciseID) (\(names)); a check that rewards doing nothing proves nothing, so guard it (compare with an independently computed value, or require a non-degenerate result)"
    }

    static func formatPoints(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    func run() throws {
        // One mode governs both the lessons' code blocks and the exercises' answers.
        let liveCode = try GradingEnvironment.liveCode(isolation: isolation.isolation, lessons: options.lessons)
        let course = try GradingEnvironment.loadCourse(options)
        do throws(CourseError) {
            _ = try SiteBuilder(liveCode: liveCode).build(course)
            let unfinished = course.lessons.flatMap { LessonScaffold.placeholdersLeft(in: $0.source) + BareURLs.find(in: $0) }
            if !unfinished.isEmpty { throw CourseError(unfinished) }
        } catch {
            Console.report(error)
            throw ExitStatus.courseError
        }
        let exercises = course.exercises
        guard !lessonsOnly, !exercises.isEmpty else {
            Console.out("\(course.lessons.count) lessons checked\(lessonsOnly ? "" : ", no exercises"): no problems found.")
            return
        }
        // One compile of each solution answers for the solution itself and for the degenerate
        // bodies built from its answers (zeros, its input, an empty value, NaN). A learner
        // edition has no solutions: only its starters can be proven.
        let isLearnerEdition = course.metadata.isLearnerEdition
        let degenerate: [AnswerMode] = isLearnerEdition ? [] : [.zeros, .identity, .empty, .nan]
        let proofs = isLearnerEdition ? exercises.map { _ in [ExerciseResult]() }
            : try GradeCommand.grade(exercises, source: .solution, modes: [.real] + degenerate,
                                     usesResultCache: !noCache, showProgress: true, isolation: isolation.isolation)
        let starters = try GradeCommand.grade(exercises, source: .starter, usesResultCache: !noCache, showProgress: true,
                                              isolation: isolation.isolation)
        var problems: [String] = []
        for exercise in exercises {
            let fileManager = FileManager.default
            let workspace = fileManager.contents(atPath: exercise.workspacePath)
            if workspace == nil {
                problems.append("\(exercise.workspacePath): error: the learner's copy of \(exercise.id) is missing; create it with 'course reset \(exercise.id)' and commit it")
            } else if workspace != fileManager.contents(atPath: exercise.starterPath) {
                problems.append("\(exercise.workspacePath): error: the learner's copy of \(exercise.id) differs from \(exercise.starterPath); learners start from it, so restore it with 'course reset \(exercise.id)'")
            }
        }
        for (exercise, (proof, starter)) in zip(exercises, zip(proofs, starters)) {
            if let solution = proof.first, solution.outcome != .passed {
                var lines = ["\(exercise.solutionPath): error: the reference solution of \(exercise.id) does not pass: \(solution.outcome.label). \(solution.summary)"]
                lines += solution.details.map { "  " + $0 }
                if let failing = solution.checks.first(where: { !$0.passed }) {
                    lines.append("  failing check: \(failing.name)" + (failing.failure.map { " — " + $0.message } ?? ""))
                }
                problems.append(lines.joined(separator: "\n"))
                continue
            }
            if starter.outcome == .compileError {
                problems.append((["\(exercise.starterPath): error: the starter of \(exercise.id) must compile, so learners get real feedback: \(starter.summary)"] + starter.details.map { "  " + $0 }).joined(separator: "\n"))
            } else if let problem = Self.earnsPoints(starter, as: "the untouched starter") {
                problems.append("\(exercise.starterPath): error: \(problem)")
            }
            for (mode, result) in zip(degenerate, proof.dropFirst()) {
                if let problem = Self.earnsPoints(result, as: Self.describe(mode)) {
                    problems.append("\(exercise.checksPath): error: \(problem)")
                }
            }
        }
        if !problems.isEmpty {
            Console.error(problems.joined(separator: "\n") + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") found.")
            throw ExitStatus.courseError
        }
        if isLearnerEdition {
            Console.out("\(course.lessons.count) lessons checked; \(exercises.count) exercise\(exercises.count == 1 ? "" : "s") of a learner edition: every starter compiles and earns 0 points (solutions and hidden checks are the instructor's).")
            return
        }
        Console.out("\(course.lessons.count) lessons checked; \(exercises.count) exercise\(exercises.count == 1 ? "" : "s"): every solution passes; the starter and do-nothing answers earn 0 points.")
    }
}
