import CourseTestSupport
import Foundation
import Testing

/// A learner out to forge a pass, run end to end through the real `course grade`, one class
/// of attack per fixture (Fixtures/hostile). Each must end not passed, say why, leave no
/// process behind, change no file of the checkout, and leave the reports as the grader
/// wrote them. Isolation is required here: a machine where bubblewrap cannot run fails
/// these tests rather than skipping them.
@Suite(.serialized) struct HostileLearnerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile").path

    /// The outcomes a fixture may end with, and words the summary must contain.
    @Test(arguments: [
        ("name-capture", ["failed"], "checks failed."),
        ("channel-forgery", ["crashed"], "Your code wrote on the pipe that carries its answers to the checks"),
        ("vandal", ["failed"], "checks failed."),
        ("process-children", ["failed"], "checks failed."),
        ("setsid-grandchild", ["failed"], "checks failed."),
        // kill(-1) does not signal the caller itself on Linux: the learner's process lives on.
        ("kill-parent", ["failed"], "checks failed."),
        ("fork-bomb", ["failed", "crashed", "resource limit", "timed out"], "check"),
        ("sleeping-orphan", ["failed"], "checks failed."),
    ])
    func attackIsContained(fixture name: String, outcomes: [String], summary: String) throws {
        let course = try GradeCommandTests().makeCourse()
        let cache = try TemporaryFolder()
        let source = try String(contentsOfFile: Self.fixtures + "/\(name).swift", encoding: .utf8)
            .replacingOccurrences(of: "@CHECKOUT@", with: course.path)
            .replacingOccurrences(of: "@CACHE@", with: cache.path)
        try course.write("Exercises/basics/scale.swift", source)
        try FileManager.default.createDirectory(atPath: course.url("reports"), withIntermediateDirectories: true)
        let before = course.snapshot(".")
        let above = (course.path as NSString).deletingLastPathComponent + "/course-hostile-above.txt"
        try? FileManager.default.removeItem(atPath: above)

        let run = try CourseBinary.run(
            ["grade", "basics/scale", "--json", "--isolation", "required", "--no-cache",
             "--gradescope", "reports/results.json", "--junit", "reports/junit.xml"],
            in: course.path, environment: ["COURSE_CACHE_DIR": cache.path])
        #expect(run.status == 1, "\(name): \(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(name): \(run.stdout)")
        let exercise = try #require((report["exercises"] as? [[String: Any]])?.first, "\(name): \(run.stdout)")
        let outcome = exercise["outcome"] as? String ?? ""
        #expect(outcome != "passed", "\(name) forged a pass")
        #expect(outcomes.contains(outcome), "\(name): \(outcome): \(exercise["message"] ?? "")")
        #expect((exercise["message"] as? String ?? "").contains(summary), "\(name): \(exercise["message"] ?? "")")
        let reportsAfterRun = course.snapshot("reports")

        if name == "sleeping-orphan" { Thread.sleep(forTimeInterval: 3) }

        // Nothing the learner's code started is still running.
        #expect(runningProcesses(matching: "4242").isEmpty, "\(name) left \(runningProcesses(matching: "4242"))")
        // No file of the checkout changed, none was added outside the reports, none above it.
        var after = course.snapshot(".")
        for key in after.keys where key.hasPrefix("reports/") { after[key] = nil }
        #expect(after == before, "\(name) changed \(Set(after.keys).symmetricDifference(before.keys).sorted()) or a file's bytes")
        #expect(!FileManager.default.fileExists(atPath: above), "\(name) wrote above the checkout")
        #expect(!FileManager.default.fileExists(atPath: course.url("planted")), "\(name) made a folder in the checkout")
        // The reports are the grader's, byte for byte, however long the learner waits.
        #expect(course.snapshot("reports") == reportsAfterRun)
        #expect(String(decoding: reportsAfterRun["results.json"] ?? Data(), as: UTF8.self).contains("\"score\""))
        // The cache holds the grader's entries only.
        let poisoned = (FileManager.default.enumerator(atPath: cache.path)?.allObjects as? [String] ?? []).filter { $0.contains("poison") }
        #expect(poisoned.isEmpty, "\(name) planted \(poisoned) in the cache")
    }

    /// The grade cache answers a re-grade with the same, not-passed result.
    @Test func aCachedRegradeOfAnAttackStaysNotPassed() throws {
        let course = try GradeCommandTests().makeCourse()
        let cache = try TemporaryFolder()
        let source = try String(contentsOfFile: Self.fixtures + "/vandal.swift", encoding: .utf8)
            .replacingOccurrences(of: "@CHECKOUT@", with: course.path)
            .replacingOccurrences(of: "@CACHE@", with: cache.path)
        try course.write("Exercises/basics/scale.swift", source)
        for _ in 0..<2 {
            let run = try CourseBinary.run(["grade", "basics/scale", "--isolation", "required"], in: course.path,
                                           environment: ["COURSE_CACHE_DIR": cache.path])
            #expect(run.status == 1)
            #expect(run.stdout.contains("✗ basics/scale  failed"), "\(run.stdout)")
        }
    }
}
