import Markdown

/// URLs written as plain text, which readers cannot follow. Core CommonMark links a URL only
/// in angle brackets (`<https://arxiv.org/abs/2104.09864>`), so `course check` asks for them
/// (and `course build` warns), rather than the site linking text by guesswork.
public enum BareURLs {
    /// Each `http://` or `https://` in the lesson's text that is not inside a link or code, at
    /// the line of the paragraph (or list item, heading…) it is in.
    public static func find(in lesson: Lesson) -> [Diagnostic] {
        find(in: lesson.document, file: lesson.source.path, source: lesson.source.text)
    }

    /// The same for a document already parsed, whose text is in `file` (`source`, if read).
    public static func find(in document: MarkdownDocument, file: String, source: String? = nil) -> [Diagnostic] {
        // Most lessons only have URLs in links; no "http" in the text at all settles it at once.
        if let source, !UTF8Search.contains("http", in: source) { return [] }
        var found: [Diagnostic] = []
        // Walk with the nearest block's line; links and code are skipped whole.
        var pending: [(node: MarkdownNode, line: Int?)] = [(document.root, nil)]
        while let (node, line) = pending.popLast() {
            let here = node.range?.start.line ?? line
            switch node.kind {
            case .link, .image, .code, .codeBlock, .htmlBlock, .htmlInline:
                continue
            case .text(let text):
                for scheme in ["https://", "http://"] {
                    var rest = Substring(text)
                    while let range = rest.range(of: scheme) {
                        let url = rest[range.lowerBound...].prefix { !$0.isWhitespace && $0 != ")" && $0 != ">" }
                        let trimmed = url.hasSuffix(".") || url.hasSuffix(",") || url.hasSuffix(";") ? url.dropLast() : url
                        found.append(Diagnostic(file: file, line: here, message:
                            "the URL '\(trimmed)' is plain text that readers cannot follow; write it as <\(trimmed)> or [words](\(trimmed))"))
                        rest = rest[range.upperBound...]
                    }
                }
            default:
                pending.append(contentsOf: node.children.reversed().map { ($0, here) })
            }
        }
        return found
    }
}
