import ArgumentParser
import CourseModel
import Grader

/// `course progress`: a table of every exercise and where the learner stands.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show a table of your exercises: passed, failing, not attempted."
    )

    @OptionGroup var options: LessonsOptions

    @OptionGroup var isolation: IsolationOption

    func run() throws {
        let course = try GradingEnvironment.loadCourseForLearner(options)
        let results = try GradeCommand.grade(course.exercises, source: .workspace, usesResultCache: true, showProgress: true,
                                             isolation: isolation.isolation)
        let width = max(8, results.map(\.exerciseID.count).max() ?? 0)
        var text = "exercise".padding(toLength: width, withPad: " ", startingAt: 0) + "  status           points\n"
        for result in results {
            let points = result.maxPoints > 0 ? "\(Int(result.points))/\(Int(result.maxPoints))" : "–"
            text += result.exerciseID.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  " + result.outcome.label.padding(toLength: 15, withPad: " ", startingAt: 0) + "  " + points + "\n"
        }
        let done = results.filter { $0.outcome == .passed }.count
        text += "\n\(done) of \(results.count) exercises done."
        Console.out(text)
    }
}
