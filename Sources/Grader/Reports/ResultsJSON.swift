/// `course grade --json`: results shaped like Exercism's results.json (version 3), one entry
/// per exercise. The schema is documented in AUTHORING.md ("Machine-readable results").
public enum ResultsJSON {
    /// The document for `results`; hidden checks keep their names and scores but not details.
    ///
    /// `fields` are appended as top-level keys whose values are JSON text the caller rendered
    /// (the gradebook adds who the learner is and the digest of what was graded); readers of
    /// the schema ignore keys they do not know.
    public static func render(_ results: [ExerciseResult], appending fields: [(key: String, json: String)] = []) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", .int(3))
        json.field("status", .string(overallStatus(results)))
        json.field("points", .number(results.reduce(0) { $0 + $1.points }))
        json.field("max_points", .number(results.reduce(0) { $0 + $1.maxPoints }))
        json.beginArray("exercises")
        for result in results {
            json.beginObject()
            json.field("id", .string(result.exerciseID))
            json.field("title", .string(result.title))
            json.field("file", .string(result.file))
            json.field("outcome", .string(result.outcome.label))
            json.field("status", .string(status(of: result.outcome)))
            json.field("message", .string(([result.summary] + result.details).joined(separator: "\n")))
            json.field("points", .number(result.points))
            json.field("max_points", .number(result.maxPoints))
            json.field("cached", .bool(result.cached))
            json.beginArray("tests")
            for check in result.checks {
                json.beginObject()
                json.field("name", .string(check.name))
                json.field("status", .string(check.passed ? "pass" : "fail"))
                json.field("points", .number(check.points))
                json.field("max_points", .number(check.maxPoints))
                json.field("hidden", .bool(check.hidden))
                if let failure = check.failure, !check.hidden {
                    json.field("message", .string(failure.message))
                    json.field("call", .string(failure.call))
                    json.field("expected", .string(failure.expected))
                    json.field("actual", .string(failure.actual))
                    json.field("tolerance", .string(failure.tolerance))
                    json.field("seed", failure.seed.map { .string(String($0)) } ?? .null)
                    json.field("hint", .string(check.hint))
                } else if check.failure != nil {
                    json.field("message", .string("a hidden check failed; its details are withheld"))
                }
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        for (key, value) in fields { json.field(key, .raw(value)) }
        json.endObject()
        return json.text
    }

    /// Exercism's status words: pass, fail (checks ran, some failed), error (they could not run).
    static func status(of outcome: GradeOutcome) -> String {
        switch outcome {
        case .passed: return "pass"
        case .failed, .notAttempted: return "fail"
        case .compileError, .crashed, .timedOut, .resourceLimit: return "error"
        }
    }

    static func overallStatus(_ results: [ExerciseResult]) -> String {
        let statuses = results.map { status(of: $0.outcome) }
        if statuses.contains("error") { return "error" }
        if statuses.contains("fail") { return "fail" }
        return "pass"
    }
}
