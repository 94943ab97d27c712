/// `course grade --gradescope FILE`: Gradescope's autograder `results.json`.
///
/// Each check is one Gradescope test, named `exercise › check`, with its own score; hidden
/// checks get `"visibility": "hidden"` (Gradescope shows them to staff only, so details are
/// kept). An exercise whose checks never ran becomes one failed test explaining why (the
/// compiler's errors, say), worth the whole exercise when its worth is known.
public enum GradescopeResults {
    /// The document for `results`.
    public static func render(_ results: [ExerciseResult]) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("score", .number(results.reduce(0) { $0 + $1.points }))
        json.field("output", .string(summaryLine(results)))
        json.field("visibility", .string("visible"))
        json.field("stdout_visibility", .string("hidden"))
        json.beginArray("tests")
        for result in results {
            if !result.checksRan {
                json.beginObject()
                json.field("name", .string("\(result.exerciseID) › \(result.outcome.label)"))
                json.field("score", .number(0))
                json.field("max_score", .number(result.maxPoints))
                json.field("status", .string("failed"))
                json.field("output", .string(([result.summary] + result.details).joined(separator: "\n")))
                json.field("visibility", .string("visible"))
                json.endObject()
                continue
            }
            for check in result.checks {
                json.beginObject()
                json.field("name", .string("\(result.exerciseID) › \(check.name)"))
                json.field("score", .number(check.points))
                json.field("max_score", .number(check.maxPoints))
                json.field("status", .string(check.passed ? "passed" : "failed"))
                json.field("output", .string(check.failure.map { TerminalReport.failureLines($0, hint: check.hint).joined(separator: "\n") } ?? ""))
                json.field("visibility", .string(check.hidden ? "hidden" : "visible"))
                json.endObject()
            }
        }
        json.endArray()
        json.endObject()
        return json.text
    }

    static func summaryLine(_ results: [ExerciseResult]) -> String {
        let passed = results.filter { $0.outcome == .passed }.count
        return "\(passed) of \(results.count) exercises passed."
    }
}
