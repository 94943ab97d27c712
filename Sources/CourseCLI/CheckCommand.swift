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
        abstract: "Validate the lessons and prove every exercise: solutions pass, starters fail.",
        discussion: "Writes nothing. Exit status 0 only when every lesson validates, every solution passes and every starter fails; 65 otherwise."
    )

    @OptionGroup var options: LessonsOptions

    @Flag(name: .long, help: "Validate the lessons (and run their code blocks) only; do not compile the exercises.")
    var lessonsOnly = false

    @Flag(name: .long, help: "Compile and run every exercise again even when nothing changed.")
    var noCache = false

    func run() throws {
        let course = try GradingEnvironment.loadCourse(options)
        do throws(CourseError) {
            _ = try SiteBuilder(liveCode: GradingEnvironment.liveCode).build(course)
        } catch {
            Console.report(error)
            throw ExitStatus.courseError
        }
        let exercises = course.exercises
        guard !lessonsOnly, !exercises.isEmpty else {
            Console.out("\(course.lessons.count) lessons checked\(lessonsOnly ? "" : ", no exercises"): no problems found.")
            return
        }
        let solutions = try GradeCommand.grade(exercises, source: .solution, usesResultCache: !noCache, showProgress: true)
        let starters = try GradeCommand.grade(exercises, source: .starter, usesResultCache: !noCache, showProgress: true)
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
        for (exercise, (solution, starter)) in zip(exercises, zip(solutions, starters)) {
            if solution.outcome != .passed {
                var lines = ["\(exercise.solutionPath): error: the reference solution of \(exercise.id) does not pass: \(solution.outcome.label). \(solution.summary)"]
                lines += solution.details.map { "  " + $0 }
                if let failing = solution.checks.first(where: { !$0.passed }) {
                    lines.append("  failing check: \(failing.name)" + (failing.failure.map { " — " + $0.message } ?? ""))
                }
                problems.append(lines.joined(separator: "\n"))
            }
            switch starter.outcome {
            case .passed:
                problems.append("\(exercise.starterPath): error: the starter of \(exercise.id) already passes every check; a check that cannot fail proves nothing, so make the starter incomplete or the checks stricter")
            case .compileError:
                problems.append((["\(exercise.starterPath): error: the starter of \(exercise.id) must compile, so learners get real feedback: \(starter.summary)"] + starter.details.map { "  " + $0 }).joined(separator: "\n"))
            default:
                break
            }
        }
        if !problems.isEmpty {
            Console.error(problems.joined(separator: "\n") + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") found.")
            throw ExitStatus.courseError
        }
        Console.out("\(course.lessons.count) lessons checked; \(exercises.count) exercise\(exercises.count == 1 ? "" : "s"): every solution passes, every starter fails.")
    }
}
