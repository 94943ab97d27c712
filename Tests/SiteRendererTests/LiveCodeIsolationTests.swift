import CourseTestSupport
import Foundation
import Sandbox
@testable import SiteRenderer
import Testing

/// Lesson code runs under bubblewrap: it cannot touch the course, and leaves no process
/// behind. The tests that run code require isolation, so a machine without bubblewrap fails
/// them rather than skipping them.
extension LiveCodeTests {
    /// A cache of its own, so an output cached by an earlier run cannot stand in for a run.
    static func freshCache() -> String {
        NSTemporaryDirectory() + "course-live-isolation-" + UUID().uuidString
    }

    @Test func lessonCodeCannotReadOrWriteTheCourse() throws {
        #expect(Isolation.availability == .available, "isolated lesson code needs bubblewrap")
        let cache = Self.freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let folder = try TemporaryFolder()
        let body = """
        ## A

        ```swift run
        let course = "\(folder.path)/L"
        func attempt(_ what: String, _ path: String, _ mode: String) {
            let file = fopen(path, mode)
            print(what, file == nil ? "failed" : "worked")
            if let file { fputs("vandal\\n", file); fclose(file) }
        }
        attempt("course write:", course + "/01-one/pwned.txt", "w")
        attempt("course append:", course + "/01-one/lesson.md", "a")
        attempt("course read:", course + "/course.yml", "r")
        attempt("tmp write:", "/tmp/scratch.txt", "w")
        ```
        """
        // The course as the build will write it, so the snapshot can show any change.
        try folder.write("L/course.yml", courseYAML)
        try folder.write("L/01-one/lesson.md", lessonMarkdown(body: body))
        let before = folder.snapshot("L")

        let html = try build(body, cache: cache, in: folder, isolation: .required).result.get()
        #expect(html.contains("course write: failed"), "\(html)")
        #expect(html.contains("course append: failed"), "\(html)")
        #expect(html.contains("course read: failed"), "\(html)")
        #expect(html.contains("tmp write: worked"), "\(html)")
        #expect(folder.snapshot("L") == before)
    }

    @Test func aBackgroundProcessDoesNotOutliveTheBuild() throws {
        #expect(Isolation.availability == .available, "isolated lesson code needs bubblewrap")
        let cache = Self.freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let earlier = Set(runningProcesses(matching: "sleep 4343 ").keys)
        // `setsid` leaves the program's process group, which is all an unisolated run could kill.
        let built = try build("## A\n\n```swift run\nprint(\"started:\", system(\"setsid sleep 4343 &\"))\n```\n",
                              cache: cache, isolation: .required)
        let left = Set(runningProcesses(matching: "sleep 4343 ").keys).subtracting(earlier)
        for pid in left { kill(pid, SIGKILL) }
        #expect(try built.result.get().contains("started: 0"))
        #expect(left.isEmpty, "sleep 4343 still running after the build: \(left.sorted())")
    }

    @Test func isolationDoesNotChangeTheCacheKey() throws {
        let cache = Self.freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let body = "## A\n\n```swift run\nprint(\"same either way\")\n```\n"
        let direct = try build(body, cache: cache, isolation: .off)
        let isolated = try build(body, cache: cache, isolation: .required)
        #expect(direct.runner.programsCompiled == 1)
        #expect(isolated.runner.programsCompiled == 0)
        #expect(try isolated.result.get() == direct.result.get())
    }

    static let missing = Isolation.Availability.unavailable("bubblewrap (bwrap) is not installed")

    @Test func requiredWithoutIsolationRefusesInOneClearLine() throws {
        let settings = LiveCodeSettings(cacheDirectory: "/nonexistent", coursePlotSources: "/nonexistent", isolation: .required)
        #expect {
            _ = try settings.isolationStatus(availability: Self.missing)
        } throws: { error in
            "\(error)" == "error: refusing to run lesson code without isolation (--isolation required): bubblewrap (bwrap) is not installed"
        }
        // A runner that meets the refusal mid-build names the lesson's first block and runs nothing.
        let cache = Self.freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let built = try build("## A\n\n```swift run\nprint(\"ran\")\n```\n", cache: cache,
                              isolation: .required, availability: Self.missing)
        guard case .failure(let error) = built.result else { Issue.record("expected a refusal"); return }
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].line == firstBodyLine + 2)
        #expect(error.diagnostics[0].message.hasPrefix("refusing to run lesson code without isolation"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: cache + "/blocks"))
    }

    @Test func autoWithoutIsolationRunsAndWarnsOnce() throws {
        let cache = Self.freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let warnings = Warnings()
        let built = try build("## A\n\n```swift run\nprint(1)\n```\n\n```swift run\nprint(2)\n```\n", cache: cache,
                              isolation: .auto, availability: Self.missing, warn: warnings.add)
        #expect(try built.result.get().contains("<code>2\n</code>"))
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.hasPrefix("warning: lesson code runs NOT isolated: bubblewrap (bwrap) is not installed.") == true)
    }

    @Test func offNeitherProbesNorWarns() throws {
        let settings = LiveCodeSettings(cacheDirectory: "/nonexistent", coursePlotSources: "/nonexistent", isolation: .off)
        let status = try settings.isolationStatus(availability: {
            Issue.record("mode off must not probe for bubblewrap")
            return .available
        }())
        #expect(status.isolated == false && status.warning == nil)
    }
}

/// Warnings a runner handed over, from whichever thread.
private final class Warnings: @unchecked Sendable {
    // Guarded by `lock`.
    private var texts: [String] = []
    private let lock = NSLock()

    var all: [String] { lock.withLock { texts } }

    func add(_ text: String) { lock.withLock { texts.append(text) } }
}
