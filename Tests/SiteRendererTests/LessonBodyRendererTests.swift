import CourseModel
import CourseTestSupport
import Foundation
@testable import SiteRenderer
import Testing

/// Renders `body` as lesson 01 of a course that also has a lesson 02 with a heading "Target".
func renderBody(_ body: String, courseYAML yaml: String = courseYAML, extraFiles: [String: String] = [:]) throws -> Result<String, CourseError> {
    var files = [
        "L/course.yml": yaml,
        "L/01-one/lesson.md": lessonMarkdown(body: body),
        "L/02-two/lesson.md": lessonMarkdown(body: "## Target\n"),
    ]
    for (path, text) in extraFiles { files["L/" + path] = text }
    let folder = try TemporaryFolder(files: files)
    let course = try CourseLoader.load(lessonsPath: folder.url("L"))
    do {
        return .success(try SiteBuilder().renderBody(of: course.lessons[0], in: course))
    } catch {
        return .failure(error)
    }
}

/// The problems of a body that must not render, as `line:col: message` without the path.
func problems(_ body: String, courseYAML yaml: String = courseYAML) throws -> [String] {
    guard case .failure(let error) = try renderBody(body, courseYAML: yaml) else { return [] }
    return error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
}

func html(_ body: String, courseYAML yaml: String = courseYAML) throws -> String {
    try renderBody(body, courseYAML: yaml).get()
}

/// Lesson bodies start on line 8 of the file (front matter and a blank line come first).
let firstBodyLine = 8

@Suite struct LessonBodyRendererTests {
    @Test func headingsGetStableUniqueIDsAndSelfLinks() throws {
        let output = try html("## The 2-D case\n\n## The 2-D case\n\n### Pairs: θ_i\n")
        #expect(output.contains("<h2 id=\"the-2-d-case\">The 2-D case<a class=\"anchor\" href=\"#the-2-d-case\" aria-label=\"Link to this section\">#</a></h2>"))
        #expect(output.contains("<h2 id=\"the-2-d-case-2\">"))
        #expect(output.contains("<h3 id=\"pairs-θ-i\">"))
    }

    @Test func lessonTextIsEscaped() throws {
        let output = try html("5 > 3 & \"x\" < y\n\n`a<b>`\n")
        #expect(output.contains("5 &gt; 3 &amp; “x” &lt; y"))
        #expect(output.contains("<code>a&lt;b&gt;</code>"))
    }

    @Test func rawHTMLIsAnErrorUnlessTheCourseOptsIn() throws {
        let found = try problems("<script>alert(1)</script>\n\nText <b>bold</b>.\n")
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("\(firstBodyLine):1: raw HTML ('<script>alert(1)</script>') is off"))
        #expect(found[1].hasPrefix("\(firstBodyLine + 2):6: raw HTML ('<b>')"))
        let allowed = try html("Text <b>bold</b>.\n", courseYAML: courseYAML + "raw_html: true\n")
        #expect(allowed.contains("<b>bold</b>"))
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:x", " vbscript:x", "data:text/html,x", "file:///etc/passwd"])
    func scriptLinksAreDroppedKeepingTheirText(destination: String) throws {
        let output = try html("[click](<\(destination)>)\n")
        #expect(output == "<p>click</p>\n")
    }

    @Test func linksBetweenLessonsAreRewrittenToPages() throws {
        let output = try html("[a](../02-two/lesson.md) [b](../02-two/lesson.md#target) [c](../02-two/) [d](#start) [e](https://example.org/x?a=1&b=2) [f](mailto:a@b.c)\n\n## Start\n")
        #expect(output.contains("<a href=\"02-two.html\">a</a>"))
        #expect(output.contains("<a href=\"02-two.html#target\">b</a>"))
        #expect(output.contains("<a href=\"02-two.html\">c</a>"))
        #expect(output.contains("<a href=\"#start\">d</a>"))
        #expect(output.contains("<a href=\"https://example.org/x?a=1&amp;b=2\">e</a>"))
        #expect(output.contains("<a href=\"mailto:a@b.c\">f</a>"))
    }

    @Test func brokenLinksAreReportedWithTheirPositions() throws {
        let found = try problems("See [x](../09-none/lesson.md) and\n[y](../02-two/lesson.md#nowhere) and [z](#missing).\n")
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("\(firstBodyLine):5: '../09-none/lesson.md' is not a lesson of this course"))
        #expect(found[1].hasPrefix("\(firstBodyLine + 1):1: the lesson '../02-two/lesson.md' has no heading with id 'nowhere'"))
        #expect(found[2].hasPrefix("\(firstBodyLine + 1):38: no heading with id 'missing' in this lesson"))
    }

    @Test func inlineAndDisplayMathBecomeMathML() throws {
        let output = try html("Angle $`m\\theta`$ and $`x`$.\n\n```math\na = b \\tag{7}\n```\n")
        #expect(output.hasPrefix("<p>Angle <span class=\"math-inline\"><math"))
        #expect(output.contains("display=\"inline\""))
        #expect(output.contains("</math></span> and <span class=\"math-inline\"><math"))
        #expect(!output.contains("$"))
        #expect(output.contains("<div class=\"equation\"><math"))
        #expect(output.contains("display=\"block\""))
        #expect(output.contains("<span class=\"eq-number\">(7)</span></div>"))
    }

    @Test func plainCodeSpansWithDollarsStayCode() throws {
        #expect(try html("Costs $5 and `x` $.\n") == "<p>Costs $5 and <code>x</code> $.</p>\n")
    }

    @Test func badMathNamesTheLineAndColumnInTheFile() throws {
        let found = try problems("Inline $`\\nope`$ here.\n\n```math\na + b\n  + \\frac{1}{\n```\n")
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("\(firstBodyLine):10: bad math:"), "\(found)")
        #expect(found[0].contains("\\nope"))
        #expect(found[1].hasPrefix("\(firstBodyLine + 4):"), "\(found)")
    }

    @Test func swiftCodeIsHighlightedOtherCodeEscaped() throws {
        let output = try html("```swift\nlet x = \"<a>\" // c\n```\n\n```python\nx = 1 < 2\n```\n")
        #expect(output.contains("<pre class=\"code\" data-lang=\"swift\"><code><span class=\"hl-keyword\">let</span>"))
        #expect(output.contains("&lt;a&gt;"))
        #expect(output.contains("<span class=\"hl-comment\">// c</span>"))
        #expect(output.contains("<pre class=\"code\" data-lang=\"python\"><code>x = 1 &lt; 2\n</code></pre>"))
    }

    @Test func calloutsAndFolds() throws {
        let output = try html("> [!warning]\n> Careful.\n\n> [!answer] Why *so*?\n> Because.\n>\n> More.\n\n> [!unknown] stays a quote\n")
        #expect(output.contains("<aside class=\"callout callout-warning\">\n<p class=\"callout-title\">Warning</p>\n<p>Careful.</p>\n</aside>"))
        #expect(output.contains("<details class=\"fold\">\n<summary><span class=\"fold-title\">Why <em>so</em>?</span></summary>\n<p>Because.</p>\n<p>More.</p>\n</details>"))
        #expect(output.contains("<blockquote>\n<p>[!unknown] stays a quote</p>"))
    }

    @Test func aLevelOneHeadingIsAnError() throws {
        #expect(try problems("# Title again\n") == ["\(firstBodyLine):1: the lesson's title comes from its front matter; start sections at '##'"])
    }

    @Test func imageProblems() throws {
        let found = try problems("![](pic.png)\n\n![Remote](https://example.org/a.png)\n\n![Doc](notes.txt)\n")
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0.hasPrefix("\(firstBodyLine):1: the image 'pic.png' has no alt text") })
        #expect(found.contains { $0.hasPrefix("\(firstBodyLine):1: the image 'pic.png' does not exist") })
        #expect(found.contains { $0.hasPrefix("\(firstBodyLine + 2):1: the image 'https://example.org/a.png' is not a file of the course") })
        #expect(found.contains { $0.hasPrefix("\(firstBodyLine + 4):1: 'notes.txt' is not an image browsers show") })
    }

    /// Only files of the course are published (issue 11, item 3): a path climbing out of the
    /// course folder, or a symlink pointing out of it, is an error at the image.
    @Test func imagesOutsideTheCourseFolderAreRefused() throws {
        let folder = try TemporaryFolder(files: [
            "L/course.yml": courseYAML,
            "L/01-one/lesson.md": lessonMarkdown(body: "![A](../../secret.png)\n\n![B](link.png)\n\n![C](inside.png)\n\n![D](../02-two/pic.png)\n"),
            "L/02-two/lesson.md": lessonMarkdown(body: "## Target\n"),
            "L/02-two/pic.png": "png",
            "secret.png": "someone's file",
        ])
        try FileManager.default.createSymbolicLink(atPath: folder.url("L/01-one/link.png"), withDestinationPath: folder.url("secret.png"))
        try FileManager.default.createSymbolicLink(atPath: folder.url("L/01-one/inside.png"), withDestinationPath: "../02-two/pic.png")
        let course = try CourseLoader.load(lessonsPath: folder.url("L"))
        #expect(throws: CourseError.self) { try SiteBuilder().renderBody(of: course.lessons[0], in: course) }
        do {
            _ = try SiteBuilder().build(course)
            Issue.record("the build published files from outside the course")
        } catch {
            let found = error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
            #expect(found.count == 2, "\(found)")
            #expect(found.contains { $0.hasPrefix("\(firstBodyLine):1: the image '../../secret.png' is outside the course folder") })
            #expect(found.contains { $0.hasPrefix("\(firstBodyLine + 2):1: the image 'link.png' is outside the course folder") })
        }
    }

    /// `href`s are percent-encoded as cmark encodes them (issue 11, item 5): a `\\` in an
    /// autolink would otherwise reach the browser, which reads it as `/`.
    @Test func hrefsArePercentEncodedAsCmarkDoes() throws {
        let output = try html("<http://a.org/x\\y> [s](<https://a.org/a b|c^`{}>) [q](https://a.org/?q=1&r='2'%20) [e](https://a.org/é)\n\n## Angle θ\n\n[back](#angle-θ)\n")
        #expect(output.contains("<a href=\"http://a.org/x%5Cy\">http://a.org/x\\y</a>"), "\(output)")
        #expect(output.contains("<a href=\"https://a.org/a%20b%7Cc%5E%60%7B%7D\">s</a>"))
        #expect(output.contains("<a href=\"https://a.org/?q=1&amp;r='2'%20\">q</a>"))
        #expect(output.contains("<a href=\"https://a.org/%C3%A9\">e</a>"))
        #expect(output.contains("<h2 id=\"angle-θ\">Angle θ<a class=\"anchor\" href=\"#angle-%CE%B8\""))
        #expect(output.contains("<a href=\"#angle-%CE%B8\">back</a>"))
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let found = try problems("# One\n\n[x](#nope)\n\n$`\\bad`$\n\n<i>\n")
        #expect(found.count == 4)
    }

    @Test func listsKeepTheirNumbersAndTightness() throws {
        let output = try html("3. a\n4. b\n\n- x\n\n- y\n")
        #expect(output.contains("<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>"))
        #expect(output.contains("<ul>\n<li>\n<p>x</p>\n</li>"))
    }
}

/// GitHub-style pipe tables (issue 13, item 4): recognised on top of cmark's parse, cells
/// rendered as inline Markdown with their own positions; anything malformed stays a paragraph.
@Suite struct PipeTableTests {
    @Test func aTableWithAlignmentsMathCodeAndEscapedPipes() throws {
        let output = try html(#"""
            | Method | Where | Cost $`O(\cdot)`$ |
            |:-------|:-----:|---:|
            | RoPE | `q`, `k` | $`d`$ |
            | T5 bias \| table | scores | $`n^2`$ |
            | ALiBi |

            After.

            """#)
        #expect(output.contains("<div class=\"table-scroll\"><table>\n<thead>\n<tr><th scope=\"col\" style=\"text-align:left\">Method</th><th scope=\"col\" style=\"text-align:center\">Where</th><th scope=\"col\" style=\"text-align:right\">Cost <span class=\"math-inline\">"), "\(output)")
        #expect(output.contains("<tr><td style=\"text-align:left\">RoPE</td><td style=\"text-align:center\"><code>q</code>, <code>k</code></td><td style=\"text-align:right\"><span class=\"math-inline\">"))
        #expect(output.contains("<td style=\"text-align:left\">T5 bias | table</td>"))
        #expect(output.contains("<tr><td style=\"text-align:left\">ALiBi</td><td style=\"text-align:center\"></td><td style=\"text-align:right\"></td></tr>"), "missing cells are empty")
        #expect(output.contains("</table></div>\n<p>After.</p>"))
    }

    @Test(arguments: [
        "| a | b |\n| --- |\n| 1 | 2 |\n",        // fewer delimiter cells than header cells
        "| a | b |\n| --- | x |\n",                // a delimiter cell that is not dashes
        "| a | b |\n",                              // no delimiter row
        "Some text\n| a | b |\n| --- | --- |\n",  // a table cannot start inside a paragraph
    ])
    func malformedTablesStayParagraphs(_ markdown: String) throws {
        let output = try html(markdown)
        #expect(!output.contains("<table>"), "\(output)")
        #expect(output.contains("<p>"))
    }

    @Test func problemsInACellNameItsLineAndColumn() throws {
        let found = try problems("| a | b |\n| - | - |\n| x | $`\\nosuch`$ |\n")
        // Column 9: where the TeX starts, inside the cell that starts at column 7.
        #expect(found.count == 1 && found.first?.hasPrefix("\(firstBodyLine + 2):9: bad math: unknown command") == true, "\(found)")
    }

    @Test func cellsSplitAtUnescapedPipesWithOptionalOuterPipes() {
        #expect(PipeTable.cells(of: "a | b", line: 1).map(\.text) == ["a", "b"])
        #expect(PipeTable.cells(of: "| a | b |", line: 1).map(\.text) == ["a", "b"])
        #expect(PipeTable.cells(of: "| a \\| b | `c\\|d` |", line: 1).map(\.text) == ["a | b", "`c|d`"])
        #expect(PipeTable.cells(of: "| a | b |", line: 4).map(\.column) == [3, 7])
    }
}
