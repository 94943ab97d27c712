import Foundation
import Gradebook
import Grader
import Testing

@Suite struct LearnerReportTests {
    @Test func theReportIsGradeJSONWithTheRecordAppended() throws {
        let submission = LearnerSubmission(learner: Learner(folder: "alice", id: "s1", name: "Smith, Alice"),
                                           paths: ["subs/alice/Exercises/basics/scale.swift"], files: [.submitted(digest: "d")],
                                           courseDigest: "course")
        let check = CheckReport(name: "doubles", passed: false, points: 0, maxPoints: 1, hidden: true, hint: nil,
                                failure: CheckFailure(message: "secret detail"))
        let result = ExerciseResult(exerciseID: "basics/scale", title: "Scale", lessonSlug: "basics", file: submission.paths[0],
                                    outcome: .failed, summary: "1 of 2 checks failed.", checks: [check], points: 2.5, maxPoints: 3.5)
        let report = LearnerReport.render(submission, results: [result])
        #expect(report.text.hasPrefix(ResultsJSON.render([result]).dropLast(3)), "the grade --json document, then one more key")
        #expect(!report.text.contains("secret detail"), "hidden checks keep their details to themselves")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.text.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 3)
        #expect(report.record == LearnerRecord(learner: submission.learner, submissionDigest: submission.digest,
                                               exercises: [ExerciseScore(id: "basics/scale", outcome: "failed", points: 2.5, maxPoints: 3.5,
                                                                         failedChecks: ["doubles"])]))
        #expect(LearnerReport.record(in: Data(report.text.utf8)) == report.record)
        #expect(LearnerReport.record(in: Data(ResultsJSON.render([result]).utf8)) == nil)
    }
}
