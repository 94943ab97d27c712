import CourseTestSupport
import Foundation
import Gradebook
import Grader
import Testing

@Suite struct PlanTests {
    func makeClass() throws -> ClassFixture {
        let fixture = try ClassFixture()
        for learner in ["alice", "bob", "carol", "dave"] {
            try fixture.hand(in: learner, "func scaled(_ v: [Double], by k: Double) -> [Double] { v.map { $0 * k } } // \(learner)\n")
        }
        try fixture.hand(in: "erin", fixture.text("starter.swift"))
        try fixture.folder.write("subs/README.md", "stray file")
        try fixture.folder.write("subs/.git/config", "not a learner")
        try fixture.folder.write("subs/__MACOSX/alice/x", "not a learner")
        return fixture
    }

    func plan(_ fixture: ClassFixture, shard: Shard = .whole, store: ReportStore? = nil) throws -> GradebookPlan {
        let classList = try ClassList.discover(submissions: fixture.submissions, roster: nil)
        return GradebookPlan.make(exercises: fixture.course.exercises, classList: classList, submissions: fixture.submissions,
                                  courseDigest: "course", shard: shard, store: store ?? ReportStore(directory: fixture.folder.url("reports")))
    }

    @Test func solutionsFirstThenEveryChangedFileInFolderOrder() throws {
        let fixture = try makeClass()
        let plan = try plan(fixture)
        #expect(plan.submissions.map(\.learner.folder) == ["alice", "bob", "carol", "dave", "erin"])
        #expect(plan.jobs.map(\.workspacePath) == [fixture.exercise.solutionPath]
            + ["alice", "bob", "carol", "dave"].map { "\(fixture.submissions)/\($0)/Exercises/basics/scale.swift" })
        #expect(plan.owners[fixture.exercise.solutionPath] == .solution(exercise: 0))
        #expect(plan.owners["\(fixture.submissions)/carol/Exercises/basics/scale.swift"] == .learner(2, exercise: 0))
    }

    @Test func aShardTakesEveryNthLearnerButDigestsTheWholeClass() throws {
        let fixture = try makeClass()
        let whole = try plan(fixture)
        let second = try plan(fixture, shard: Shard("2/3")!)
        #expect(second.selected == [1, 4])
        #expect(second.jobs.count == 2, "the solution and bob's file; erin's is the starter")
        #expect(second.submissionsDigest == whole.submissionsDigest)
    }

    @Test func upToDateReportsAreReusedAndOthersRegraded() throws {
        let fixture = try makeClass()
        let store = ReportStore(directory: fixture.folder.url("reports"))
        let first = try plan(fixture, store: store)
        let collector = ResultCollector(plan: first, store: store)
        collector.finishLearnersWithoutJobs()
        #expect(FileManager.default.fileExists(atPath: store.path(of: "erin")), "a learner with nothing to compile is written at once")
        for job in first.jobs {
            collector.accept(ExerciseResult(exerciseID: job.id, title: "Scale", lessonSlug: "basics", file: job.workspacePath,
                                            outcome: .passed, summary: "ok", points: 5, maxPoints: 5))
        }
        #expect(collector.learnersDone == 5)
        #expect(collector.solutionResults[0]?.points == 5)
        #expect(collector.gradedFiles == (graded: 4, cached: 0))

        try fixture.hand(in: "bob", "func scaled(_ v: [Double], by k: Double) -> [Double] { [] }\n")
        let second = try plan(fixture, store: store)
        #expect(Set(second.upToDate.keys) == [0, 2, 3, 4])
        #expect(second.jobs.map(\.workspacePath).last == "\(fixture.submissions)/bob/Exercises/basics/scale.swift")
        #expect(second.jobs.count == 2)
    }

    /// A time-out may be the machine's fault, not the code's: that learner is graded again.
    @Test func aReportWithATimeOutIsGradedAgain() throws {
        let fixture = try makeClass()
        let store = ReportStore(directory: fixture.folder.url("reports"))
        let first = try plan(fixture, store: store)
        let collector = ResultCollector(plan: first, store: store)
        collector.finishLearnersWithoutJobs()
        for job in first.jobs {
            let slow = job.workspacePath.contains("/alice/")
            collector.accept(ExerciseResult(exerciseID: job.id, title: "Scale", lessonSlug: "basics", file: job.workspacePath,
                                            outcome: slow ? .timedOut : .passed, summary: "", points: slow ? 0 : 5, maxPoints: 5))
        }
        let second = try plan(fixture, store: store)
        #expect(!second.upToDate.keys.contains(0), "alice timed out: graded again")
        #expect(second.jobs.contains { $0.workspacePath.contains("/alice/") })
        #expect(second.upToDate.keys.contains(2))
    }

    @Test func aHalfWrittenOrForeignReportIsNotTrusted() throws {
        let fixture = try makeClass()
        let store = ReportStore(directory: fixture.folder.url("reports"))
        try fixture.folder.write("reports/alice.json", "{\"version\": 3, \"gradebook\": {\"learner\"")
        try fixture.folder.write("reports/bob.json", "{\"version\": 3, \"exercises\": []}")
        #expect(try plan(fixture, store: store).upToDate.isEmpty)
    }
}
