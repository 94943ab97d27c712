import CourseModel
import CourseTestSupport
import Foundation
@testable import SiteRenderer
import Testing

/// Golden-file tests: the fixture course's built pages must match `Snapshots/` byte for byte.
///
/// Re-record after an intended change with `COURSE_RECORD_SNAPSHOTS=1 swift test`, then
/// review the diff of `Tests/SiteRendererTests/Snapshots` like any other change.
@Suite struct SnapshotTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixture = testsFolder.appendingPathComponent("Fixtures/course").path
    static let snapshots = testsFolder.appendingPathComponent("Snapshots")
    static var isRecording: Bool { ProcessInfo.processInfo.environment["COURSE_RECORD_SNAPSHOTS"] == "1" }

    /// Pages and the search index; the stylesheet and script are checked by their own tests.
    static let snapshotPaths = ["index.html", "01-first.html", "02-second.html", "assets/search-index.js"]

    static func buildFixture() throws -> Site {
        try SiteBuilder().build(CourseLoader.load(lessonsPath: fixture))
    }

    @Test(arguments: snapshotPaths)
    func pageMatchesSnapshot(path: String) throws {
        let site = try Self.buildFixture()
        let actual = try #require(site.text(at: path))
        let golden = Self.snapshots.appendingPathComponent(path)
        if Self.isRecording {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "\(path) differs from its snapshot; if the change is intended, re-record with COURSE_RECORD_SNAPSHOTS=1")
    }

    @Test func siteHasEveryFileAndNothingElse() throws {
        let site = try Self.buildFixture()
        let paths = site.files.keys.sorted()
        #expect(paths.filter { $0.hasPrefix("assets/images/") }.count == 1, "the image both lessons use is stored once")
        #expect(paths.contains("assets/course.css"))
        #expect(paths.contains("assets/search.js"))
        #expect(paths.contains("assets/site.js"))
        #expect(paths.contains("assets/explorers.css"))
        #expect(paths.contains("assets/explorers.js"))
        #expect(paths.contains(SiteWriter.markerFileName))
        #expect(paths.count == 11, "\(paths)")
    }

    /// A course replaces a theme file by putting one of the same name in `theme/` beside
    /// `course.yml`; the folder is not a lesson, and files it does not have keep the defaults.
    @Test func aCourseOverridesThemeFilesFromItsThemeFolder() throws {
        let folder = try TemporaryFolder(files: [
            "L/course.yml": courseYAML,
            "L/01-one/lesson.md": lessonMarkdown(),
            "L/theme/course.css": "body { color: rebeccapurple; }\n",
        ])
        let site = try SiteBuilder().build(CourseLoader.load(lessonsPath: folder.url("L")))
        #expect(site.text(at: "assets/course.css") == "body { color: rebeccapurple; }\n")
        #expect(site.text(at: "assets/search.js") == SiteAssets.defaults["search.js"])
        #expect(site.files.keys.filter { $0.hasSuffix(".html") }.count == 2)
    }

    /// Titles, summaries and objectives take the same inline math and code as body text; the
    /// `<title>`, description and search index get the math as readable characters (issue 10).
    @Test func frontMatterRendersMathAndCode() throws {
        let markdown = #"""
            ---
            title: 'Angles $`\theta_i`$'
            summary: 'Why `rope()` keeps $`\|q\|`$.'
            objectives:
              - 'Derive $`q_m^\top k_n`$'
            ---

            ## Start

            Text.

            """#
        let folder = try TemporaryFolder(files: ["L/course.yml": courseYAML, "L/01-one/lesson.md": markdown])
        let site = try SiteBuilder().build(CourseLoader.load(lessonsPath: folder.url("L")))
        let page = try #require(site.text(at: "01-one.html"))
        #expect(page.contains("<h1>Angles <span class=\"math-inline\"><math"))
        #expect(page.contains("<title>Angles θ_i · Test course</title>"))
        #expect(page.contains("<meta name=\"description\" content=\"Why rope() keeps ‖q‖.\">"))
        #expect(page.contains("<p class=\"lesson-summary\">Why <code>rope()</code> keeps <span class=\"math-inline\">"))
        #expect(page.contains("<li>Derive <span class=\"math-inline\">"))
        #expect(page.contains("<span class=\"nav-title\">Angles <span class=\"math-inline\">"))
        let index = try #require(site.text(at: "assets/search-index.js"))
        #expect(index.contains("\"title\":\"Angles θ_i\""))

        let bad = markdown.replacingOccurrences(of: #"q_m^\top"#, with: #"\nosuchcommand"#)
        try folder.write("L/01-one/lesson.md", bad)
        do {
            _ = try SiteBuilder().build(CourseLoader.load(lessonsPath: folder.url("L")))
            Issue.record("bad math in an objective built")
        } catch {
            #expect(error.diagnostics.map(\.description).contains { $0.contains("01-one/lesson.md:5: error: in the objective 1: bad math") }, "\(error)")
        }
    }

    @Test func buildingTwiceGivesTheSameBytes() throws {
        #expect(try Self.buildFixture() == Self.buildFixture())
    }

    @Test func pagesMakeNoExternalRequests() throws {
        for (path, bytes) in try Self.buildFixture().files where path.hasSuffix(".html") || path.hasSuffix(".css") {
            let text = String(decoding: bytes, as: UTF8.self)
            for pattern in ["src=\"http", "src=\"//", "href=\"//", "@import", "url(http", "<link rel=\"stylesheet\" href=\"http"] {
                #expect(!text.contains(pattern), "\(path) contains \(pattern)")
            }
        }
    }
}
