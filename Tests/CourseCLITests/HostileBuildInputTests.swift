import CourseTestSupport
import Foundation
import Testing

/// Hostile and malformed input for `course build`, one row per attack of issue 11: the real
/// binary, its message, its exit status, and the previous site left exactly as it was.
@Suite struct HostileBuildInputTests {
    /// One hostile change to a good course: files to write (a value starting with `symlink:`
    /// makes a symbolic link to the rest), extra arguments, and what must come of it.
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        var arguments: [String] = []
        let status: Int32
        let message: String
        var testDescription: String { name }
    }

    static func lesson(_ body: String) -> String { lessonMarkdown(title: "One", body: "## Start\n\n" + body) }

    static let rows: [Row] = [
        Row(name: "an image outside the course folder",
            files: ["Lessons/01-one/lesson.md": lesson("![Secret](../../secret.png)\n"), "secret.png": "private"],
            status: 65, message: "Lessons/01-one/lesson.md:10:1: error: the image '../../secret.png' is outside the course folder"),
        Row(name: "a symlink in the lesson folder pointing out of the course",
            files: ["Lessons/01-one/lesson.md": lesson("![Secret](pic.png)\n"), "secret.png": "private",
                    "Lessons/01-one/pic.png": "symlink:../../secret.png"],
            status: 65, message: "Lessons/01-one/lesson.md:10:1: error: the image 'pic.png' is outside the course folder"),
        Row(name: "an absolute image path",
            files: ["Lessons/01-one/lesson.md": lesson("![Secret](/etc/secret.png)\n")],
            status: 65, message: "Lessons/01-one/lesson.md:10:1: error: the image '/etc/secret.png' does not exist"),
        Row(name: "a javascript: link", files: ["Lessons/01-one/lesson.md": lesson("[x](javascript:alert(1)) and <b onclick=x>raw</b>\n")],
            status: 65, message: "Lessons/01-one/lesson.md:10:30: error: raw HTML ('<b onclick=x>') is off for this course"),
        Row(name: "bad math deep inside nesting",
            files: ["Lessons/01-one/lesson.md": lesson(String(repeating: "> ", count: 5_000) + "$`\\frac{1}`$\n")],
            status: 65, message: "Lessons/01-one/lesson.md:10:"),
        // A figure block whose program prints script: compiled and run (in the sandbox when
        // there is one) like any lesson code, then refused by the SVG allowlist at its line.
        Row(name: "a figure that carries script",
            files: ["Lessons/01-one/lesson.md": lesson("```swift figure\nprint(\"<svg/onload=alert(1)><title>T</title><desc>D</desc></svg>\")\n```\n")],
            arguments: ["--isolation", "auto"],
            status: 65, message: "Lessons/01-one/lesson.md:10:1: error: the figure's SVG, line 1:"),
        Row(name: "a figure with an element after the svg",
            files: ["Lessons/01-one/lesson.md": lesson("```swift figure\nprint(\"<svg><title>T</title><desc>D</desc></svg><img src=x onerror=alert(1)>\")\n```\n")],
            arguments: ["--isolation", "auto"],
            status: 65, message: "something follows the closing </svg>"),
        Row(name: "a site folder under a file",
            files: ["file.txt": "not a folder"], arguments: ["--out", "file.txt/site"],
            status: 73, message: "file.txt/site: error: cannot write the site: "),
        Row(name: "an out folder the build did not write",
            files: ["docs/precious.txt": "keep"], arguments: ["--out", "docs"],
            status: 73, message: "docs: error: the folder exists and was not written by 'course build'"),
    ]

    @Test(arguments: rows)
    func hostileInputFailsClearlyAndLeavesTheSite(row: Row) throws {
        let folder = try TemporaryFolder(files: BuildCommandTests.goodCourse)
        #expect(try CourseBinary.run(["build"], in: folder.path).status == 0)
        let before = folder.snapshot("site")
        for (path, contents) in row.files {
            if contents.hasPrefix("symlink:") {
                try FileManager.default.createSymbolicLink(atPath: folder.url(path), withDestinationPath: String(contents.dropFirst("symlink:".count)))
            } else {
                try folder.write(path, contents)
            }
        }
        let run = try CourseBinary.run(["build"] + row.arguments, in: folder.path)
        #expect(run.status == row.status, "\(run.stderr)")
        #expect(run.stderr.contains(row.message), "\(run.stderr)")
        if row.status == 73 && row.arguments.contains("file.txt/site") {
            #expect(run.stderr.contains("/file.txt/.site.tmp-") && run.stderr.contains(": Not a directory"), "the cause is kept: \(run.stderr)")
        }
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
        #expect(folder.snapshot("site") == before, "the previous site changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".site.") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Nesting that crashed the renderer (exit 139) now builds: ~1,900 block quotes, ~3,100 list
    /// levels and ~5,000 emphasis levels used to be enough; this lesson has far more of each,
    /// plus one paragraph of 20,000 math spans (quadratic memory before).
    @Test func deepNestingAndManyMathSpansBuild() throws {
        var list = ""
        for level in 0..<3_500 { list += String(repeating: " ", count: 2 * level) + "- a\n" }
        let body = String(repeating: "> ", count: 50_000) + "quoted\n\n"
            + String(repeating: "*", count: 20_000) + "emphasised" + String(repeating: "*", count: 20_000) + "\n\n"
            + list + "\n" + Array(repeating: "$`x_i`$", count: 20_000).joined(separator: " ") + "\n"
        var files = BuildCommandTests.goodCourse
        files["Lessons/01-one/lesson.md"] = Self.lesson(body)
        let folder = try TemporaryFolder(files: files)
        let run = try CourseBinary.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr.prefix(2_000))")
        let page = String(decoding: folder.snapshot("site")["01-one.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("<p>quoted</p>"))
        #expect(page.components(separatedBy: "<math ").count - 1 == 20_000)
    }
}
