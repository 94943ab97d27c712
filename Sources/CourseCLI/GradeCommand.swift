import ArgumentParser
import CourseModel
import Foundation
import Grader
import Sandbox

/// `course grade [LESSON | LESSON/EXERCISE]…`: compile, run and check the learner's code.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade your exercises: all of them, a lesson's, or one.",
        discussion: """
        Examples, from the course's folder: './course grade', './course grade rotary-idea', './course grade rotary-idea/rotate-pair'.
        Exit status: 0 every graded exercise passed; 1 some did not; 64 bad command line; \
        65 problems in the course's files; 70 the grader could not run.
        """
    )

    @OptionGroup var options: LessonsOptions

    @Argument(help: ArgumentHelp("Lessons (slug, folder or number) or exercises (lesson/exercise); all when omitted.", valueName: "target"))
    var targets: [String] = []

    @Flag(name: .long, help: "Print results as JSON (Exercism results.json v3 shape) instead of text.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Also write Gradescope's results.json to this file.", valueName: "file"))
    var gradescope: String?

    @Option(name: .long, help: ArgumentHelp("Also write JUnit XML to this file.", valueName: "file"))
    var junit: String?

    @Flag(name: .long, help: "Grade again even when nothing changed.")
    var noCache = false

    @OptionGroup var isolation: IsolationOption

    func run() throws {
        let course = try GradingEnvironment.loadCourseForLearner(options)
        let exercises = try GradingEnvironment.select(targets, in: course)
        // Reports for machines (Gradescope, JUnit) score every learner out of the same total,
        // so an exercise whose checks could not run still lists them all.
        let results = try Self.grade(exercises, source: .workspace, usesResultCache: !noCache, showProgress: !json,
                                     isolation: isolation.isolation, scoresFullWorth: gradescope != nil || junit != nil)
        try write(results)
        if results.contains(where: { $0.outcome != .passed }) { throw ExitCode(1) }
    }

    /// Grades with a progress line on a terminal.
    static func grade(_ exercises: [Exercise], source: GradedSource, usesResultCache: Bool, showProgress: Bool,
                      isolation: IsolationMode, scoresFullWorth: Bool = false) throws -> [ExerciseResult] {
        try grade(exercises, source: source, modes: [.real], usesResultCache: usesResultCache,
                  showProgress: showProgress, isolation: isolation, scoresFullWorth: scoresFullWorth).map { $0[0] }
    }

    /// Grades each exercise once per answer mode, with a progress line on a terminal; says
    /// once on stderr when learner code will not be isolated.
    static func grade(_ exercises: [Exercise], source: GradedSource, modes: [AnswerMode], usesResultCache: Bool,
                      showProgress: Bool, isolation: IsolationMode, scoresFullWorth: Bool = false) throws -> [[ExerciseResult]] {
        var grader = GradingEnvironment.makeGrader(usesResultCache: usesResultCache, isolation: isolation)
        grader.scoresFullWorth = scoresFullWorth
        let progress = ProgressLine(isEnabled: showProgress && Console.stderrIsTerminal, total: exercises.count)
        do throws(GradeError) {
            if let warning = try grader.isolationStatus().warning { Console.warnOnce(warning) }
            let results = try grader.grade(exercises, source: source, modes: modes) { event in progress.update(event) }
            progress.clear()
            return results
        } catch {
            progress.clear()
            Console.error(error.description)
            throw ExitCode(70)
        }
    }

    private func write(_ results: [ExerciseResult]) throws {
        if json {
            Console.out(ResultsJSON.render(results))
        } else {
            let report = TerminalReport(usesColor: Console.stdoutUsesColor)
            Console.out(results.map(report.render).joined() + report.summary(results))
        }
        for (path, text) in [(gradescope, GradescopeResults.render(results)), (junit, JUnitResults.render(results))] {
            guard let path else { continue }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                Console.error("\(path): error: cannot write the results: \(error.localizedDescription)")
                throw ExitStatus.cannotCreate
            }
        }
    }
}
