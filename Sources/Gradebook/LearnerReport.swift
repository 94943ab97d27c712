import Foundation
import Grader

/// A learner's report: the document `course grade --json` prints (same schema), with the
/// learner's ``LearnerRecord`` appended under the key `gradebook`.
public enum LearnerReport {
    /// The report of `submission` graded as `results` (one per exercise, in course order),
    /// and the record it carries.
    public static func render(_ submission: LearnerSubmission, results: [ExerciseResult]) -> (text: String, record: LearnerRecord) {
        let scores = results.indices.map { index in
            let result = results[index]
            return ExerciseScore(id: result.exerciseID, outcome: submission.outcomeWord(index, result: result),
                                 points: finite(result.points), maxPoints: finite(result.maxPoints),
                                 failedChecks: result.checks.filter { !$0.passed }.map(\.name))
        }
        let record = LearnerRecord(learner: submission.learner, submissionDigest: submission.digest, exercises: scores)
        return (ResultsJSON.render(results, appending: [("gradebook", encode(record))]), record)
    }

    /// The record in a report's text, or nil when it is not a gradebook report.
    public static func record(in report: Data) -> LearnerRecord? {
        try? JSONDecoder().decode(Document.self, from: report).gradebook
    }

    /// Points as a record keeps them: JSON has no NaN or infinity, and neither earns anything.
    private static func finite(_ value: Double) -> Double { value.isFinite ? value : 0 }

    /// The record as one line of JSON, keys sorted.
    static func encode(_ record: LearnerRecord) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A record holds strings and finite numbers only: encoding cannot fail.
        return String(decoding: try! encoder.encode(record), as: UTF8.self)
    }

    private struct Document: Decodable {
        let gradebook: LearnerRecord
    }
}
