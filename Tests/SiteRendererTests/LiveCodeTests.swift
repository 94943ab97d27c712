import CourseModel
import CourseTestSupport
import Foundation
import Sandbox
@testable import SiteRenderer
import Testing

/// Runnable blocks compiled and run for real, against a stand-in CoursePlot so these tests
/// do not depend on the plotting module's details.
@Suite(.serialized) struct LiveCodeTests {
    static let cache = NSTemporaryDirectory() + "course-live-tests-cache"

    struct Built {
        let folder: TemporaryFolder
        let runner: LiveCodeRunner
        let result: Result<String, CourseError>
    }

    /// Renders a one-lesson course whose body is `body`, in `folder` when given (so the body
    /// can name its path); `availability` stands in for the machine's bubblewrap when given.
    func build(_ body: String, timeout: Double = 10, cache: String = LiveCodeTests.cache, in folder: TemporaryFolder? = nil,
               isolation: IsolationMode = .auto, availability: Isolation.Availability? = nil,
               warn: @escaping @Sendable (String) -> Void = { _ in }) throws -> Built {
        let folder = try folder ?? TemporaryFolder()
        try folder.write("L/course.yml", courseYAML)
        try folder.write("L/01-one/lesson.md", lessonMarkdown(body: body))
        try folder.write("plot/CoursePlot.swift", "/// Stand-in for the plotting module.\npublic func plotVersion() -> Int { 1 }\n")
        let course = try CourseLoader.load(lessonsPath: folder.url("L"))
        let settings = LiveCodeSettings(cacheDirectory: cache, coursePlotSources: folder.url("plot"), timeoutSeconds: timeout,
                                        isolation: isolation, hiddenPaths: [folder.path], warn: warn)
        let runner = LiveCodeRunner(settings: settings, availability: { availability ?? Isolation.availability })
        let context = CourseRenderContext(course: course, liveCode: runner)
        let output = context.render(course.lessons[0])
        let result: Result<String, CourseError> = output.diagnostics.isEmpty ? .success(output.html) : .failure(CourseError(output.diagnostics))
        return Built(folder: folder, runner: runner, result: result)
    }

    @Test func blocksShareDeclarationsAndShowTheirOwnOutput() throws {
        let html = try build("""
        ## Cells

        ```swift run
        func square(_ x: Int) -> Int { x * x }
        print("first", square(3))
        ```

        Between the blocks.

        ```swift run
        print("<second>", square(4))
        ```
        """).result.get()
        #expect(html.contains("<pre class=\"output\"><code>first 9\n</code></pre>"))
        #expect(html.contains("<pre class=\"output\"><code>&lt;second&gt; 16\n</code></pre>"))
        #expect(html.components(separatedBy: "<pre class=\"output\">").count == 3)
    }

    @Test func compileErrorsNameTheLessonFileAndLine() throws {
        let built = try build("## A\n\n```swift run\nlet x = 1\nprint(x + undefinedName)\n```\n")
        guard case .failure(let error) = built.result else { Issue.record("expected a failure"); return }
        #expect(error.diagnostics.count == 1)
        let diagnostic = error.diagnostics[0]
        #expect(diagnostic.file.hasSuffix("L/01-one/lesson.md"))
        #expect(diagnostic.line == firstBodyLine + 4, "\(diagnostic)")
        #expect(diagnostic.message.contains("cannot find 'undefinedName' in scope"))
    }

    /// Isolated, the program is bubblewrap's child, whose init reports a signal as 128+N; the
    /// message must name the signal all the same.
    @Test func aTrapNamesTheBlockThatTrapped() throws {
        var messages: [IsolationMode: String] = [:]
        for isolation in [IsolationMode.off, .required] {
            let built = try build("## A\n\n```swift run\nprint(1)\n```\n\n```swift run\nlet a = [1]\nprint(a[5])\n```\n",
                                  isolation: isolation)
            guard case .failure(let error) = built.result else { Issue.record("expected a failure"); return }
            #expect(error.diagnostics[0].line == firstBodyLine + 6, "\(error)")
            #expect(error.diagnostics[0].message.contains("Index out of range"), "\(error)")
            #expect(error.diagnostics[0].message.contains("SIG"), "\(error)")
            messages[isolation] = error.diagnostics[0].description
                .replacingOccurrences(of: built.folder.path, with: "FOLDER")
        }
        #expect(messages[.off] == messages[.required])
    }

    @Test func aBlockThatNeverEndsTimesOut() throws {
        let start = Date()
        let built = try build("## A\n\n```swift run\nvar i = 0\nwhile i >= 0 { i = (i + 1) % 7 }\n```\n", timeout: 1)
        guard case .failure(let error) = built.result else { Issue.record("expected a failure"); return }
        #expect(error.diagnostics[0].line == firstBodyLine + 2)
        #expect(error.diagnostics[0].message.contains("timed out"), "\(error)")
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func figuresAreInlinedWithTheirTitleAsCaption() throws {
        let svg = "<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 10 10'><title>A square</title><desc>One square.</desc><rect width='5' height='5' fill='currentColor'/></svg>"
        let html = try build("## A\n\n```swift figure\nprint(\"\(svg)\")\n```\n").result.get()
        // The figure is rebuilt from what the XML parser read: double quotes, sorted attributes.
        let rebuilt = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 10 10\"><title>A square</title><desc>One square.</desc><rect fill=\"currentColor\" height=\"5\" width=\"5\"/></svg>"
        #expect(html.contains("<figure class=\"plot\">\(rebuilt)<figcaption>A square</figcaption></figure>"), "\(html)")
        #expect(html.contains("<summary>Code for this figure</summary>"))
    }

    @Test(arguments: [
        ("<svg><title>t</title><desc>d</desc><script>alert(1)</script></svg>", "<script> is not allowed"),
        ("<svg><rect/></svg>", "no <title> and <desc>"),
        ("<svg><title>t</title><desc>d</desc><a href='https://x.org'>x</a></svg>", "<a> is not allowed"),
        ("<svg onload='x()'><title>t</title><desc>d</desc></svg>", "event-handler"),
        ("plain text", "must print exactly one <svg>"),
    ])
    func unsafeOrInaccessibleFiguresFailTheBuild(svg: String, message: String) throws {
        let built = try build("## A\n\n```swift figure\nprint(\"\(svg)\")\n```\n")
        guard case .failure(let error) = built.result else { Issue.record("expected a failure"); return }
        #expect(error.diagnostics[0].line == firstBodyLine + 2)
        #expect(error.diagnostics[0].message.contains(message), "\(error)")
    }

    @Test func unchangedBlocksAreServedFromTheCacheWithoutCompiling() throws {
        let cache = NSTemporaryDirectory() + "course-live-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let body = "## A\n\n```swift run\nprint(\"cached\")\n```\n"
        let first = try build(body, cache: cache)
        #expect(first.runner.programsCompiled == 1)
        let second = try build(body, cache: cache)
        #expect(second.runner.programsCompiled == 0)
        #expect(try second.result.get() == first.result.get())
        let changed = try build(body.replacingOccurrences(of: "cached", with: "changed"), cache: cache)
        #expect(changed.runner.programsCompiled == 1)
        #expect(try changed.result.get().contains("changed\n"))
    }

    @Test func splittingOutputsByMarker() {
        let marker0 = LessonProgram.marker(0), marker1 = LessonProgram.marker(1)
        #expect(LessonProgram.split("\(marker0)\na\nb\n\(marker1)\n", blockCount: 3) == ["a\nb\n", "", nil])
    }
}
