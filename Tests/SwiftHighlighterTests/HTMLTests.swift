import Testing
import SwiftHighlighter

@Suite("HTML output")
struct HTMLTests {
    @Test func escapesAndWrapsHighlightedTokens() {
        let source = #"let x = "a<b" && y > 0 // &"#
        let expected = #"<span class="hl-keyword">let</span> x = <span class="hl-string">&quot;a&lt;b&quot;</span>"#
            + #" &amp;&amp; y &gt; <span class="hl-number">0</span> <span class="hl-comment">// &amp;</span>"#
        #expect(SwiftHighlighter.html(for: source) == expected)
    }

    @Test func everyHighlightedClass() {
        let source = "@MainActor func f() -> Int { #expect(0x1F) }"
        let expected = #"<span class="hl-attribute">@MainActor</span> <span class="hl-keyword">func</span> f() -&gt; "#
            + #"<span class="hl-type">Int</span> { <span class="hl-directive">#expect</span>("#
            + #"<span class="hl-number">0x1F</span>) }"#
        #expect(SwiftHighlighter.html(for: source) == expected)
    }

    @Test func interpolationIsCodeInsideString() {
        let expected = #"<span class="hl-string">&quot;n=</span>\(<span class="hl-keyword">self</span>.n)"#
            + #"<span class="hl-string">&quot;</span>"#
        #expect(SwiftHighlighter.html(for: #""n=\(self.n)""#) == expected)
    }

    @Test func highlightedKindsMatchTheDocumentedClasses() {
        let wrapped = Set(TokenKind.allCases.filter {
            SwiftHighlighter.html(for: sample(of: $0)).hasPrefix("<span class=\"hl-\($0.rawValue)\">")
        })
        #expect(wrapped == [.keyword, .type, .string, .number, .comment, .attribute, .directive])
    }

    private func sample(of kind: TokenKind) -> String {
        switch kind {
        case .keyword: "let"
        case .type: "Int"
        case .identifier: "x"
        case .number: "1"
        case .string: #""s""#
        case .comment: "// c"
        case .attribute: "@main"
        case .directive: "#if"
        case .operator: "+"
        case .punctuation: "("
        case .whitespace: " "
        }
    }
}
