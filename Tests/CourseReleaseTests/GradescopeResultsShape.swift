import Foundation

/// Gradescope's `results.json` contract, as its autograder specification states it: a
/// top-level `score`, `output`, `stdout_visibility` and `tests`, each test with `name`,
/// `score`, `max_score`, `status`, `visibility` and `output`; the score is the tests' sum.
struct GradescopeResultsShape {
    let score: Double
    let output: String
    let tests: [[String: Any]]

    static let visibilities: Set<String> = ["hidden", "after_due_date", "after_published", "visible"]

    /// Parses `data` and lists every way it breaks the contract.
    static func parse(_ data: Data) -> (GradescopeResultsShape?, [String]) {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return (nil, ["not a JSON object: \(String(decoding: data, as: UTF8.self).prefix(300))"])
        }
        var problems: [String] = []
        let score = object["score"] as? Double
        if score == nil { problems.append("score is not a number") }
        let output = object["output"] as? String
        if output == nil { problems.append("output is not a string") }
        if let visibility = object["stdout_visibility"] as? String {
            if !visibilities.contains(visibility) { problems.append("stdout_visibility '\(visibility)'") }
        } else {
            problems.append("stdout_visibility is not a string")
        }
        guard let tests = object["tests"] as? [[String: Any]] else {
            return (nil, problems + ["tests is not an array of objects"])
        }
        var sum = 0.0
        for (index, test) in tests.enumerated() {
            if !(test["name"] is String) { problems.append("test \(index): name") }
            if !(test["output"] is String) { problems.append("test \(index): output") }
            guard let testScore = test["score"] as? Double, let maxScore = test["max_score"] as? Double else {
                problems.append("test \(index): score or max_score is not a number")
                continue
            }
            if testScore < 0 || testScore > maxScore { problems.append("test \(index): score \(testScore) of \(maxScore)") }
            sum += testScore
            if !["passed", "failed"].contains(test["status"] as? String ?? "") { problems.append("test \(index): status") }
            if !visibilities.contains(test["visibility"] as? String ?? "") { problems.append("test \(index): visibility") }
        }
        if let score, abs(score - sum) > 1e-9 { problems.append("score \(score) is not the tests' sum \(sum)") }
        guard let score, let output else { return (nil, problems) }
        return (GradescopeResultsShape(score: score, output: output, tests: tests), problems)
    }

    var maxScore: Double { tests.reduce(0) { $0 + ($1["max_score"] as? Double ?? 0) } }
    var hiddenTests: [[String: Any]] { tests.filter { $0["visibility"] as? String == "hidden" } }
}
