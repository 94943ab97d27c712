import CourseModel
import Foundation
import Gradebook
import Grader
import Sandbox

/// One grading run of `course gradebook` (whole class or one shard): loads the course, the
/// roster and the class, plans, grades the flat list of jobs with a progress bar, and hands
/// back the context and every report of the shard.
struct GradebookRun {
    let course: Course
    let submissions: String
    let names: OutputNames
    let shard: Shard
    let classList: ClassList
    let grader: Grader
    let isolated: Bool

    /// What a run produced.
    struct Outcome {
        let context: GradebookContext
        let reports: [(text: String, record: LearnerRecord)]
        /// One line for stderr: what was graded and what was reused.
        let tally: String
    }

    init(lessons: LessonsOptions, submissions: String, roster: String?, names: OutputNames, shard: Shard,
         isolation: IsolationMode, parallelism: Int) throws {
        course = try GradingEnvironment.loadCourse(lessons)
        guard !course.metadata.isLearnerEdition else {
            Console.error("\(lessons.lessons)/course.yml: error: this is a learner edition (edition: learner), without hidden checks or solutions; make the gradebook in the authors' repository")
            throw ExitStatus.courseError
        }
        self.submissions = submissions
        self.names = names
        self.shard = shard
        let absolute = { (path: String) in URL(fileURLWithPath: path).standardized.path }
        classList = try GradebookCommand.checked { () throws(GradebookError) in
            try ClassList.discover(submissions: submissions, roster: try roster.map(Roster.load),
                                   ignoring: [absolute(names.reports), absolute(names.out)])
        }
        var grader = GradingEnvironment.makeGrader(isolation: isolation)
        grader.parallelism = max(1, parallelism)
        // Learner code must not read the class's work, nor the outputs, wherever they are.
        grader.hiddenPaths += [absolute(submissions), absolute(names.reports),
                               absolute((names.out as NSString).deletingLastPathComponent.isEmpty ? "." : (names.out as NSString).deletingLastPathComponent)]
        do throws(GradeError) {
            let status = try grader.isolationStatus()
            if let warning = status.warning { Console.warnOnce(warning) }
            isolated = status.isolated
        } catch {
            Console.error(error.description)
            throw ExitStatus.cannotRun
        }
        self.grader = grader
    }

    func grade() throws -> Outcome {
        for warning in classList.warnings { Console.error(warning) }
        let root = GradingEnvironment.packageRoot
        let courseDigest = CourseFingerprint.digest(exercises: course.exercises,
                                                    librarySources: [root + "/Sources/CourseCheck", root + "/Sources/CourseWire"],
                                                    isolated: isolated)
        let plan = GradebookPlan.make(exercises: course.exercises, classList: classList, submissions: submissions,
                                      courseDigest: courseDigest, shard: shard, store: ReportStore(directory: names.reports))
        let collector = ResultCollector(plan: plan, store: ReportStore(directory: names.reports))
        collector.finishLearnersWithoutJobs()
        let progress = GradebookProgress(isEnabled: Console.stderrIsTerminal, jobs: plan.jobs.count,
                                         learners: plan.selected.count, learnersDone: collector.learnersDone)
        do throws(GradeError) {
            _ = try grader.grade(plan.jobs, source: .workspace) { event in
                switch event {
                case .started: progress.started()
                case .finished(let result):
                    progress.finished(cached: result.cached, learnersDone: collector.accept(result))
                }
            }
            progress.clear()
        } catch {
            progress.clear()
            Console.error(error.description)
            throw ExitStatus.cannotRun
        }
        if let error = collector.firstWriteError {
            Console.error(error.description)
            throw ExitStatus.cannotCreate
        }
        let context = GradebookContext(plan: plan, solutions: collector.solutionResults, warnings: classList.warnings)
        for note in context.notes.dropFirst(classList.warnings.count) { Console.error(note) }
        let files = collector.gradedFiles
        let regraded = plan.selected.count - plan.upToDate.count
        let tally = "gradebook: \(plan.selected.count) learners (\(plan.upToDate.count) up to date, \(regraded) graded): "
            + "\(files.graded) files graded, \(files.cached) of them from the results cache"
        return Outcome(context: context, reports: collector.finishedReports, tally: tally)
    }
}
