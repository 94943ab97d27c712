import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Grader
import SiteRenderer
import Testing

/// The JSON, Gradescope and JUnit reports of a fixed set of results, against golden files in
/// `Snapshots/`. Re-record with `COURSE_RECORD_SNAPSHOTS=1 swift test`.
@Suite struct ReportSnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let results: [ExerciseResult] = [
        ExerciseResult(
            exerciseID: "rotary-idea/rotate-pair", title: "Rotate one pair", lessonSlug: "rotary-idea",
            file: "Exercises/rotary-idea/rotate-pair.swift", outcome: .failed, summary: "1 of 3 checks failed.",
            checks: [
                CheckReport(name: "a quarter turn", passed: false, points: 0, maxPoints: 1, hidden: false,
                            hint: "Use the \"rotation\" matrix.",
                            failure: CheckFailure(message: "element [0]: expected 0.0, got 1.0", call: "rotatePair([1, 0], by: .pi / 2)",
                                                  expected: "[0.0, 1.0]", actual: "[1.0, 0.0]", tolerance: "|Δ| ≤ 1e-12")),
                CheckReport(name: "keeps the norm", passed: true, points: 2, maxPoints: 2, hidden: false, hint: nil, failure: nil),
                CheckReport(name: "large angles", passed: false, points: 0, maxPoints: 1, hidden: true, hint: "secret",
                            failure: CheckFailure(message: "<hidden & detailed>", call: "rotatePair(x, by: 1e6)", expected: "a", actual: "b",
                                                  seed: 0xDEADBEEF, caseIndex: 7)),
            ],
            points: 2, maxPoints: 4, output: "debug print\n"),
        ExerciseResult(
            exerciseID: "rotary-idea/apply-rope", title: "Apply RoPE", lessonSlug: "rotary-idea",
            file: "Exercises/rotary-idea/apply-rope.swift", outcome: .compileError,
            summary: "Your code does not compile (1 error in Exercises/rotary-idea/apply-rope.swift).",
            details: ["Exercises/rotary-idea/apply-rope.swift:3:5: error: cannot find 'theta' in scope"]),
        ExerciseResult(
            exerciseID: "sinusoidal/encode", title: "Encode", lessonSlug: "sinusoidal",
            file: "Exercises/sinusoidal/encode.swift", outcome: .passed, summary: "All 1 checks passed.",
            checks: [CheckReport(name: "row 1", passed: true, points: 1, maxPoints: 1, hidden: false, hint: nil, failure: nil)],
            points: 1, maxPoints: 1, cached: true),
    ]

    @Test(arguments: [
        ("results.json", ResultsJSON.render(results)),
        ("gradescope.json", GradescopeResults.render(results)),
        ("junit.xml", JUnitResults.render(results)),
        ("terminal.txt", results.map(TerminalReport(usesColor: false).render).joined() + TerminalReport(usesColor: false).summary(results)),
    ])
    func reportMatchesSnapshot(name: String, actual: String) throws {
        let golden = Self.snapshots.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COURSE_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        #expect(actual == (try String(contentsOf: golden, encoding: .utf8)), "\(name) differs from its snapshot")
    }

    @Test func jsonIsValidAndWithholdsHiddenDetails() throws {
        let json = ResultsJSON.render(Self.results)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 3)
        #expect(object["status"] as? String == "error")
        #expect(!json.contains("secret") && !json.contains("hidden & detailed"))
        let gradescope = try #require(try JSONSerialization.jsonObject(with: Data(GradescopeResults.render(Self.results).utf8)) as? [String: Any])
        #expect(gradescope["score"] as? Double == 3)
        let tests = try #require(gradescope["tests"] as? [[String: Any]])
        #expect(tests.count == 5)
        #expect(tests.contains { $0["visibility"] as? String == "hidden" })
    }

    @Test func junitIsWellFormedXML() throws {
        // libxml2 is not thread-safe: share the renderer's lock with its figure parser.
        try LibXML.serialized {
            let document = try XMLDocument(data: Data(JUnitResults.render(Self.results).utf8))
            #expect(try document.nodes(forXPath: "//testcase").count == 5)
            #expect(try document.nodes(forXPath: "//failure").count == 2)
            #expect(try document.nodes(forXPath: "//error").count == 1)
        }
    }
}
