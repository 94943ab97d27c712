/// Build-time syntax highlighting for Swift code blocks: a small hand-written lexer, no JavaScript.
public enum SwiftHighlighter {
    /// Splits `source` into classified tokens that cover it exactly, in order, with no gaps or overlaps.
    ///
    /// Never fails: malformed or unterminated constructs still produce tokens
    /// (a single-line string stops at its line break, a multi-line string or block comment runs to the end).
    public static func tokens(in source: String) -> [Token] {
        let spans = Lexer.spans(of: Array(source.utf8))
        var tokens: [Token] = []
        tokens.reserveCapacity(spans.count)
        // Spans are UTF-8 offsets in ascending order, so indices are advanced
        // incrementally rather than recomputed from the start each time.
        let utf8 = source.utf8
        var index = utf8.startIndex
        var offset = 0
        for span in spans {
            let start = index
            index = utf8.index(index, offsetBy: span.end - offset)
            offset = span.end
            tokens.append(Token(kind: span.kind, range: start..<index, in: source))
        }
        return tokens
    }

    /// HTML-escaped source (escape & < > ") with non-plain tokens wrapped as <span class="hl-keyword">…</span>;
    /// classes: hl-keyword hl-type hl-string hl-number hl-comment hl-attribute hl-directive.
    /// identifier/operator/punctuation/whitespace are emitted unwrapped.
    /// Concatenating the text of the output with tags stripped and entities decoded gives the source back exactly.
    public static func html(for source: String) -> String {
        let bytes = Array(source.utf8)
        return HTMLRenderer.render(Lexer.spans(of: bytes), of: bytes)
    }
}
