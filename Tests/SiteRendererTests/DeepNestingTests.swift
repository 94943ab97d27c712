import CourseModel
import Foundation
import SiteRenderer
import Testing

/// Nesting of any depth renders: the walk keeps its own stack (issue 11). Before, ~1,900
/// nested block quotes, ~3,100 list levels or ~5,000 emphasis levels overflowed the stack.
@Suite struct DeepNestingTests {
    /// Deeper than any of the depths that used to crash, by a wide margin.
    static let depth = 100_000

    @Test func blockQuotesOfAnyDepthRender() throws {
        let output = try FragmentRenderer.render(markdown: String(repeating: "> ", count: Self.depth) + "deep\n")
        #expect(count("<blockquote>", in: output) == Self.depth)
        #expect(count("</blockquote>", in: output) == Self.depth)
        #expect(output.contains("<p>deep</p>"))
    }

    @Test func emphasisOfAnyDepthRenders() throws {
        let stars = String(repeating: "*", count: Self.depth)
        let output = try FragmentRenderer.render(markdown: stars + "deep" + stars + "\n")
        // cmark pairs the stars into strong (two) and emphasis (one) levels.
        let opened = count("<em>", in: output) + 2 * count("<strong>", in: output)
        #expect(opened == Self.depth)
        #expect(count("<em>", in: output) == count("</em>", in: output))
        #expect(output.contains("deep"))
    }

    @Test func listsOfAnyDepthRender() throws {
        // Each level is indented two more spaces; 5,000 levels is 25 MB of text, so go by 2s.
        let levels = 5_000
        var markdown = ""
        for level in 0..<levels { markdown += String(repeating: " ", count: 2 * level) + "- item\n" }
        let output = try FragmentRenderer.render(markdown: markdown)
        #expect(count("<ul>", in: output) == levels)
        #expect(count("</li>", in: output) == levels)
    }

    @Test func linksInsideDeepNestingRender() throws {
        let output = try FragmentRenderer.render(markdown: String(repeating: "> ", count: 10_000) + "[a *b* `c`](https://example.com/x)\n")
        #expect(output.contains("<a href=\"https://example.com/x\">a <em>b</em> <code>c</code></a>"))
    }

    /// One paragraph of 50,000 math spans: each span is rendered once, in one pass (before, the
    /// rest of the paragraph was copied for every span: 380 MB at 2,000 spans, a crash at ~2,600).
    @Test func manyMathSpansInOneParagraphRenderInOnePass() throws {
        let spans = 50_000
        let markdown = Array(repeating: "$`x_1`$", count: spans).joined(separator: " and ") + "\n"
        let output = try FragmentRenderer.render(markdown: markdown)
        #expect(count("<math ", in: output) == spans)
        #expect(count(" and ", in: output) == spans - 1)
        #expect(!output.contains("$"))
    }

    @Test func adjacentMathSpansShareTheirDollars() throws {
        let output = try FragmentRenderer.render(markdown: "$`a`$$`b`$, $`c`$x$`d`$\n")
        #expect(count("<math ", in: output) == 4)
        #expect(output.contains("</math></span>, <span class=\"math-inline\"><math "))
        #expect(output.contains("</math></span>x<span class=\"math-inline\"><math "))
        #expect(!output.contains("$"))
    }

    private func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }
}
