import Foundation
import Grader

/// Gathers the grader's results as they arrive, from any thread, and writes each learner's
/// report the moment their last exercise is graded: an interrupted run loses at most the
/// learners in progress, and their graded files are in the grader's results cache.
public final class ResultCollector: @unchecked Sendable {
    private let plan: GradebookPlan
    private let store: ReportStore
    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    private var pending: [Int: [ExerciseResult?]] = [:]
    private var reports: [Int: (text: String, record: LearnerRecord)]
    private var solutions: [ExerciseResult?]
    private var writeError: GradebookError?
    private var gradedCount = 0
    private var cachedCount = 0

    /// A collector for `plan`, writing reports into `store`.
    public init(plan: GradebookPlan, store: ReportStore) {
        self.plan = plan
        self.store = store
        reports = plan.upToDate
        solutions = Array(repeating: nil, count: plan.exercises.count)
        for learner in plan.selected where plan.upToDate[learner] == nil {
            let submission = plan.submissions[learner]
            pending[learner] = plan.exercises.indices.map { submission.presetResult($0, of: plan.exercises[$0]) }
        }
    }

    /// Writes the reports of learners with nothing to compile (nothing handed in, or only
    /// starters); the others are written by ``accept(_:)``.
    public func finishLearnersWithoutJobs() {
        lock.lock()
        defer { lock.unlock() }
        for learner in pending.keys.sorted() where pending[learner]!.allSatisfy({ $0 != nil }) {
            finish(learner)
        }
    }

    /// Takes one finished result of the plan's jobs; returns how many learners are done.
    @discardableResult
    public func accept(_ result: ExerciseResult) -> Int {
        lock.lock()
        defer { lock.unlock() }
        switch plan.owners[result.file] {
        case .solution(let exercise):
            solutions[exercise] = result
        case .learner(let learner, let exercise):
            gradedCount += 1
            if result.cached { cachedCount += 1 }
            pending[learner]?[exercise] = result
            if pending[learner]?.allSatisfy({ $0 != nil }) == true { finish(learner) }
        case nil:
            break
        }
        return reports.count
    }

    /// Renders and writes `learner`'s report; the lock is held.
    private func finish(_ learner: Int) {
        guard let results = pending.removeValue(forKey: learner) else { return }
        let report = LearnerReport.render(plan.submissions[learner], results: results.map { $0! })
        reports[learner] = report
        do throws(GradebookError) {
            try store.write(report.text, of: plan.submissions[learner].learner.folder)
        } catch {
            if writeError == nil { writeError = error }
        }
    }

    /// How many of this shard's learners have their report.
    public var learnersDone: Int {
        lock.lock()
        defer { lock.unlock() }
        return reports.count
    }

    /// The first report that could not be written, if any.
    public var firstWriteError: GradebookError? {
        lock.lock()
        defer { lock.unlock() }
        return writeError
    }

    /// Learners' files graded in this run, and how many of them came from the results cache.
    public var gradedFiles: (graded: Int, cached: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (gradedCount, cachedCount)
    }

    /// The reference solutions' results, by exercise (nil where none arrived).
    public var solutionResults: [ExerciseResult?] {
        lock.lock()
        defer { lock.unlock() }
        return solutions
    }

    /// Each finished learner's report and record, in folder order.
    public var finishedReports: [(text: String, record: LearnerRecord)] {
        lock.lock()
        defer { lock.unlock() }
        return reports.keys.sorted().map { reports[$0]! }
    }
}
