@testable import SiteRenderer
import Markdown
import Testing

@Suite struct LinkResolverTests {
    let resolver = LinkResolver(pagesByFolder: ["L/02-two": .init(fileName: "02-two.html", ids: ["target"])])
    let here = LinkResolver.Page(fileName: "01-one.html", ids: ["start"])

    @Test(arguments: [
        ("../02-two/lesson.md", LinkResolver.Resolution.href("02-two.html")),
        ("./../02-two/lesson.md#target", .href("02-two.html#target")),
        ("../02-two", .href("02-two.html")),
        ("#start", .href("#start")),
        ("https://a.b/c", .href("https://a.b/c")),
        ("JAVASCRIPT:x", .dropped),
        ("\u{1}javascript:x", .dropped),
    ])
    func resolves(destination: String, expected: LinkResolver.Resolution) {
        #expect(resolver.resolve(destination, fromFolder: "L/01-one", currentPage: here) == expected)
    }

    @Test(arguments: ["../03-three/lesson.md", "#nope", "../02-two/lesson.md#nope", "//cdn.example/x", "notes.txt"])
    func reportsBroken(destination: String) {
        guard case .broken = resolver.resolve(destination, fromFolder: "L/01-one", currentPage: here) else {
            Issue.record("\(destination) should be broken")
            return
        }
    }

    @Test func normalizesPaths() {
        #expect(LinkResolver.normalize("a/./b/../c/") == "a/c")
        #expect(LinkResolver.normalize("../x") == "../x")
        #expect(LinkResolver.normalize("/a//b") == "/a/b")
    }
}

@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("The 2-D case", "the-2-d-case"),
        ("RoPE's trick: rotate!", "ropes-trick-rotate"),
        ("  Spaces  ", "spaces"),
        ("θ and φ", "θ-and-φ"),
        ("!!!", "section"),
    ])
    func slugs(text: String, slug: String) {
        #expect(HeadingSlugger.slug(text) == slug)
    }

    @Test func repeatsAreNumbered() {
        var slugger = HeadingSlugger()
        #expect(["A", "A", "A-2", "A"].map { slugger.id(for: $0) } == ["a", "a-2", "a-2-2", "a-3"])
    }

    /// A heading never takes an id the page already uses: the template's objectives box,
    /// main region and search, or an exercise's section.
    @Test func headingsNeverTakeThePagesOwnIds() {
        let document = MarkdownDocument(parsing: "## Objectives\n\n## Main\n\n## Exercise: scale\n\n## Search results\n\n## Objectives\n")
        let outline = LessonOutline(document: document, exerciseNames: ["scale"])
        #expect(outline.headings.map(\.id) == ["objectives-2", "main-2", "exercise-scale-2", "search-results-2", "objectives-3"])
        #expect(Set(outline.headings.map(\.id)).isDisjoint(with: LessonOutline.pageIDs.union(["exercise-scale"])))
    }
}

@Suite struct SearchIndexTests {
    @Test func jsonEscapesEverythingThatCouldBreakAScript() {
        #expect(SearchIndex.json("a\"b\\c\n</script>\u{2028}\u{1}") == "\"a\\\"b\\\\c\\n\\u003c/script>\\u2028\\u0001\"")
    }

    @Test func scriptListsSectionsInOrder() {
        let script = SearchIndex.script(for: [
            .init(title: "T", section: "S", url: "01-a.html#s", text: "words"),
            .init(title: "T", section: "U", url: "01-a.html#u", text: String(repeating: "x", count: 5_000)),
        ])
        #expect(script.hasPrefix("window.courseSearchIndex = [\n{\"title\":\"T\",\"section\":\"S\",\"url\":\"01-a.html#s\",\"text\":\"words\"},\n"))
        #expect(script.hasSuffix("\"}\n];\n"))
        #expect(script.count < 5_000, "long sections are truncated")
    }
}
