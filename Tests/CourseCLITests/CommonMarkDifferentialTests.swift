import CourseTestSupport
import Foundation
import Testing

/// Renders a corpus of CommonMark with both `course render` and Debian's `cmark` command
/// (`--smart`, as the site parses) and asserts that the only differences are the documented
/// ones (ARCHITECTURE.md, "Differences from cmark"), each undone by one function of
/// `CommonMarkNormalizer`. Any other difference fails with the first differing place.
@Suite struct CommonMarkDifferentialTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/commonmark")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    /// Debian's `cmark` (package `cmark`, installed by `scripts/setup`).
    static let cmark: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/cmark" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The corpus copied to a folder of its own, outside any course.
    static func corpusCopy() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
            try FileManager.default.copyItem(atPath: corpus.appendingPathComponent(name).path, toPath: folder.url(name))
        }
        return folder
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files.count >= 15)
    }

    @Test(arguments: files)
    func onlyDocumentedDifferences(_ name: String) throws {
        let cmark = try #require(Self.cmark, "needs Debian's cmark command: run scripts/setup (apt-get install cmark)")
        let folder = try Self.corpusCopy()
        let ours = try CourseBinary.run(["render", name], in: folder.path)
        try #require(ours.status == 0, "course render \(name) failed: \(ours.stderr)")
        let theirs = try CourseBinary.run(program: cmark, ["--smart", name], in: folder.path)
        try #require(theirs.status == 0, "cmark \(name) failed: \(theirs.stderr)")
        let difference = CommonMarkNormalizer.difference(
            course: CommonMarkNormalizer.course(ours.stdout), cmark: CommonMarkNormalizer.cmark(theirs.stdout))
        #expect(difference == nil, "\(name): a difference from cmark that ARCHITECTURE.md does not list\n\(difference ?? "")")
    }

    /// Input the site refuses where cmark renders: raw HTML (cmark's safe mode omits it, the
    /// site reports it), a level-1 heading (the title comes from front matter), a link to a
    /// file that is not a lesson.
    @Test(arguments: [
        ("<div>raw block</div>\n", "raw HTML ('<div>raw block</div>') is off", "<!-- raw HTML omitted -->"),
        ("text <b>inline</b> html\n", "raw HTML ('<b>') is off", "<!-- raw HTML omitted -->"),
        ("# Level one\n", "start sections at '##'", "<h1>Level one</h1>"),
        ("Setext one\n===\n", "start sections at '##'", "<h1>Setext one</h1>"),
        ("[other](other.md)\n", "'other.md' is not a lesson of this course", "<a href=\"other.md\">other</a>"),
    ])
    func refusedWhereCmarkRenders(_ markdown: String, _ message: String, _ cmarkOutput: String) throws {
        let cmark = try #require(Self.cmark, "needs Debian's cmark command: run scripts/setup (apt-get install cmark)")
        let folder = try TemporaryFolder(files: ["page.md": markdown])
        let ours = try CourseBinary.run(["render", "page.md"], in: folder.path)
        #expect(ours.status == 65)
        #expect(ours.stderr.contains("page.md:1:"), "\(ours.stderr)")
        #expect(ours.stderr.contains(message), "\(ours.stderr)")
        #expect(ours.stdout.isEmpty)
        let theirs = try CourseBinary.run(program: cmark, ["--smart", "page.md"], in: folder.path)
        #expect(theirs.stdout.contains(cmarkOutput), "\(theirs.stdout)")
    }

    /// The normalizer undoes only what it documents: a real difference survives it.
    @Test(arguments: [
        ("<p><em>x</em></p>\n", "<p><strong>x</strong></p>\n"),
        ("<p>a b</p>\n", "<p>a  b</p>\n"),
        ("<h2 id=\"x\">X<a class=\"anchor\" href=\"#x\" aria-label=\"Link to this section\">#</a></h2>\n", "<h3>X</h3>\n"),
        ("<pre class=\"code\" data-lang=\"c\"><code>x\n</code></pre>\n", "<pre><code class=\"language-swift\">x\n</code></pre>\n"),
        ("<p><a href=\"https://a.com/x%5C\">a</a></p>\n", "<p><a href=\"https://a.com/x\\\">a</a></p>\n"),
        ("<p>$<code>x</code>$</p>\n", "<p>$<code>y</code>$</p>\n"),
        ("<p>js</p>\n", "<p><a href=\"https://a.com\">js</a></p>\n"),
    ])
    func realDifferencesSurvive(_ course: String, _ cmark: String) {
        #expect(CommonMarkNormalizer.difference(course: CommonMarkNormalizer.course(course),
                                                cmark: CommonMarkNormalizer.cmark(cmark)) != nil)
    }

    /// And each documented difference, alone, compares equal.
    @Test(arguments: [
        ("<h2 id=\"x\">X<a class=\"anchor\" href=\"#x\" aria-label=\"Link to this section\">#</a></h2>\n", "<h2>X</h2>\n"),
        ("<p>a<br>\nb</p>\n<hr>\n", "<p>a<br />\nb</p>\n<hr />\n"),
        ("<pre class=\"code\" data-lang=\"swift\"><code><span class=\"hl-keyword\">let</span> x\n</code></pre>\n",
         "<pre><code class=\"language-Swift\">let x\n</code></pre>\n"),
        ("<p>a <span class=\"math-inline\"><math display=\"inline\"><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math></span> b</p>\n",
         "<p>a $<code> x </code>$ b</p>\n"),
        ("<figure class=\"figure\"><img src=\"assets/images/ab12.png\" alt=\"A\"><figcaption>C</figcaption></figure>\n",
         "<p><img src=\"f.png\" alt=\"A\" title=\"C\" /></p>\n"),
        ("<p>js</p>\n", "<p><a href=\"\">js</a></p>\n"),
        ("<aside class=\"callout callout-tip\">\n<p class=\"callout-title\">Tip</p>\n<p>body</p>\n</aside>\n",
         "<blockquote>\n<p>[!tip]\nbody</p>\n</blockquote>\n"),
    ])
    func documentedDifferencesCompareEqual(_ course: String, _ cmark: String) {
        let difference = CommonMarkNormalizer.difference(course: CommonMarkNormalizer.course(course),
                                                         cmark: CommonMarkNormalizer.cmark(cmark))
        #expect(difference == nil, "\(difference ?? "")")
    }
}
