import Foundation

/// Brings cmark's HTML and `course render`'s HTML of the same Markdown to one form, undoing
/// exactly the differences ARCHITECTURE.md lists under "Differences from cmark", one function
/// each. Whatever else differs stays, and fails the differential test.
enum CommonMarkNormalizer {
    /// The block elements around which whitespace-only text is only layout.
    static let blockElements: Set<String> = [
        "p", "li", "ul", "ol", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "div", "figure", "figcaption", "aside", "details", "summary", "section",
    ]

    /// cmark's output in the common form.
    static func cmark(_ html: String) -> [HTMLToken] {
        var tokens = layoutWhitespaceRemoved(HTMLToken.tokens(of: html))
        tokens = unsafeLinksUnwrapped(tokens)
        tokens = calloutsMarked(tokens)
        tokens = codeLanguagesLowercased(tokens)
        tokens = imageSourcesHidden(tokens, requiringPrefix: nil)
        return mathTrimmed(tokens)
    }

    /// `course render`'s output in the common form.
    static func course(_ html: String) -> [HTMLToken] {
        var tokens = layoutWhitespaceRemoved(HTMLToken.tokens(of: html))
        tokens = headingAnchorsRemoved(tokens)
        tokens = codeBlocksAsCmark(tokens)
        tokens = mathAsSource(tokens)
        tokens = figuresAsParagraphs(tokens)
        tokens = imageSourcesHidden(tokens, requiringPrefix: "assets/images/")
        return mathTrimmed(tokens)
    }

    // MARK: Serialisation

    /// Whitespace-only text next to a block tag (outside `<pre>`) is layout, and both writers
    /// lay out differently (`</ul></li>` against `</ul>\n</li>`).
    static func layoutWhitespaceRemoved(_ tokens: [HTMLToken]) -> [HTMLToken] {
        var result: [HTMLToken] = []
        var preDepth = 0
        for (index, token) in tokens.enumerated() {
            if token.isStart("pre") { preDepth += 1 }
            if token.isEnd("pre") { preDepth -= 1 }
            if preDepth == 0, token.isWhitespace {
                let before = index > 0 ? tokens[index - 1] : nil
                let after = index + 1 < tokens.count ? tokens[index + 1] : nil
                if [before, after].contains(where: { $0.map(isBlockTag) ?? true }) { continue }
            }
            HTMLToken.append(token, to: &result)
        }
        return result
    }

    static func isBlockTag(_ token: HTMLToken) -> Bool {
        switch token {
        case .start(let name, _), .end(let name): blockElements.contains(name)
        default: false
        }
    }

    // MARK: Headings

    /// Headings get an `id` and end with a self-link `<a class="anchor" href="#id">#</a>`.
    static func headingAnchorsRemoved(_ tokens: [HTMLToken]) -> [HTMLToken] {
        var result: [HTMLToken] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if case .start(let name, var attributes) = token, name.count == 2, name.hasPrefix("h"), name.last!.isNumber {
                attributes["id"] = nil
                result.append(.start(name, attributes))
            } else if case .start("a", let attributes) = token, attributes["class"] == "anchor",
                      index + 2 < tokens.count, tokens[index + 1] == .text("#"), tokens[index + 2] == .end("a") {
                index += 3
                continue
            } else {
                HTMLToken.append(token, to: &result)
            }
            index += 1
        }
        return result
    }

    // MARK: Code

    /// `<pre class="code" data-lang="L"><code>` is cmark's `<pre><code class="language-L">`, and
    /// Swift code carries highlighting spans (`<span class="hl-…">`).
    static func codeBlocksAsCmark(_ tokens: [HTMLToken]) -> [HTMLToken] {
        var result: [HTMLToken] = []
        var language: String?
        var inPre = false
        for token in tokens {
            switch token {
            case .start("pre", let attributes) where attributes["class"] == "code":
                inPre = true
                language = attributes["data-lang"]
                result.append(.start("pre", [:]))
            case .start("code", _) where inPre && result.last == .start("pre", [:]):
                result.append(.start("code", language.map { ["class": "language-" + $0] } ?? [:]))
            case .end("pre"):
                inPre = false
                result.append(token)
            case .start("span", let attributes) where inPre && (attributes["class"] ?? "").hasPrefix("hl-"):
                continue
            case .end("span") where inPre:
                continue
            default:
                HTMLToken.append(token, to: &result)
            }
        }
        return result
    }

    /// The site lowercases a code block's language (`Swift` → `swift`).
    static func codeLanguagesLowercased(_ tokens: [HTMLToken]) -> [HTMLToken] {
        tokens.map { token in
            guard case .start("code", var attributes) = token, let language = attributes["class"] else { return token }
            attributes["class"] = language.lowercased()
            return .start("code", attributes)
        }
    }

    // MARK: Math

    /// Math is MathML with its TeX as annotation; the TeX is what cmark shows: `$<code>TeX</code>$`
    /// inline (the site wraps the `<math>` in `<span class="math-inline">`), a `math` code block
    /// for display (the equation number, printed from `\tag`, goes).
    static func mathAsSource(_ tokens: [HTMLToken]) -> [HTMLToken] {
        let tokens = unwrapped(tokens, element: "span", class: "math-inline")
        var result: [HTMLToken] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if case .start("div", let attributes) = token, attributes["class"] == "equation" {
                var tex = ""
                index += 1
                while index < tokens.count, !tokens[index].isEnd("div") {
                    if case .start("annotation", _) = tokens[index], case .text(let text) = tokens[index + 1] { tex = text }
                    index += 1
                }
                result += [.start("pre", [:]), .start("code", ["class": "language-math"]), .text(tex), .end("code"), .end("pre")]
                index += 1
                continue
            }
            if case .start("math", _) = token {
                var tex = ""
                while index < tokens.count, !tokens[index].isEnd("math") {
                    if case .start("annotation", _) = tokens[index], case .text(let text) = tokens[index + 1] { tex = text }
                    index += 1
                }
                HTMLToken.append(.text("$"), to: &result)
                result += [.start("code", [:]), .text(tex), .end("code")]
                HTMLToken.append(.text("$"), to: &result)
                index += 1
                continue
            }
            HTMLToken.append(token, to: &result)
            index += 1
        }
        return result
    }

    /// `tokens` without the start and end tags of each `<element class="…">`, keeping what is inside.
    static func unwrapped(_ tokens: [HTMLToken], element: String, class wrapperClass: String) -> [HTMLToken] {
        var result: [HTMLToken] = []
        var open: [Bool] = []  // per open `element`: whether it is a wrapper being removed
        for token in tokens {
            if case .start(element, let attributes) = token {
                let isWrapper = attributes["class"] == wrapperClass
                open.append(isWrapper)
                if isWrapper { continue }
            } else if token.isEnd(element), let isWrapper = open.popLast(), isWrapper {
                continue
            }
            HTMLToken.append(token, to: &result)
        }
        return result
    }

    /// TeX is compared without surrounding whitespace: cmark keeps the code span's and block's
    /// spaces and final newline, the annotation trims them.
    static func mathTrimmed(_ tokens: [HTMLToken]) -> [HTMLToken] {
        var tokens = tokens
        for index in tokens.indices where index + 2 < tokens.count {
            guard case .start("code", let attributes) = tokens[index], case .text(let tex) = tokens[index + 1],
                  tokens[index + 2] == .end("code") else { continue }
            let isBlock = attributes["class"] == "language-math"
            var isInline = false
            if index > 0, index + 3 < tokens.count, case .text(let before) = tokens[index - 1], before.hasSuffix("$"),
               case .text(let after) = tokens[index + 3], after.hasPrefix("$") {
                isInline = true
            }
            if isBlock || isInline {
                tokens[index + 1] = .text(tex.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        return tokens
    }

    // MARK: Links and images

    /// cmark (safe mode) writes a link with a script-running scheme as `<a href="">`; the site
    /// drops the link and keeps its text.
    static func unsafeLinksUnwrapped(_ tokens: [HTMLToken]) -> [HTMLToken] {
        var result: [HTMLToken] = []
        var unwrapping: [Bool] = []
        for token in tokens {
            if case .start("a", let attributes) = token {
                let unsafe = attributes["href"] == ""
                unwrapping.append(unsafe)
                if unsafe { continue }
            } else if token.isEnd("a"), let unsafe = unwrapping.popLast(), unsafe {
                continue
            }
            HTMLToken.append(token, to: &result)
        }
        return result
    }

    /// Images are copied under content-hashed names (`assets/images/…`), so the `src` differs.
    static func imageSourcesHidden(_ tokens: [HTMLToken], requiringPrefix prefix: String?) -> [HTMLToken] {
        tokens.map { token in
            guard case .start("img", var attributes) = token, let source = attributes["src"] else { return token }
            if let prefix, !source.hasPrefix(prefix) { return token }
            attributes["src"] = "(image)"
            return .start("img", attributes)
        }
    }

    /// An image alone in a paragraph is a `<figure>` whose caption is the image's title.
    static func figuresAsParagraphs(_ tokens: [HTMLToken]) -> [HTMLToken] {
        var result: [HTMLToken] = []
        var index = 0
        while index < tokens.count {
            guard case .start("figure", let attributes) = tokens[index], attributes["class"] == "figure",
                  index + 1 < tokens.count, case .start("img", var image) = tokens[index + 1] else {
                HTMLToken.append(tokens[index], to: &result)
                index += 1
                continue
            }
            index += 2
            if index + 2 < tokens.count, tokens[index].isStart("figcaption"), case .text(let caption) = tokens[index + 1] {
                image["title"] = caption
                index += 3
            }
            if index < tokens.count, tokens[index].isEnd("figure") { index += 1 }
            result += [.start("p", [:]), .start("img", image), .end("p")]
        }
        return result
    }

    // MARK: Callouts

    static let calloutKinds: Set<String> = ["note", "tip", "important", "warning", "caution"]
    static let foldKinds: Set<String> = ["details", "answer", "hint", "solution"]

    /// A block quote whose first line is `[!kind] Title` is an aside (or, for the folding kinds,
    /// `<details>`): the title (or the kind's name) on its own, the rest of the first paragraph
    /// as a paragraph; a fold's title sits in `<summary><span class="fold-title">`. Applied to
    /// cmark's block quote, so both sides compare as the site's form.
    static func calloutsMarked(_ tokens: [HTMLToken]) -> [HTMLToken] {
        var result: [HTMLToken] = []
        var closers: [HTMLToken?] = []  // per open <blockquote>: what replaces its </blockquote>
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isEnd("blockquote") {
                result.append(closers.popLast().flatMap { $0 } ?? token)
                index += 1
                continue
            }
            guard token.isStart("blockquote"), index + 2 < tokens.count, tokens[index + 1].isStart("p"),
                  case .text(let lead) = tokens[index + 2], lead.hasPrefix("[!"), let close = lead.firstIndex(of: "]") else {
                if token.isStart("blockquote") { closers.append(nil) }
                HTMLToken.append(token, to: &result)
                index += 1
                continue
            }
            let kind = lead[lead.index(lead.startIndex, offsetBy: 2)..<close].lowercased()
            guard calloutKinds.contains(kind) || foldKinds.contains(kind) else {
                closers.append(nil)
                HTMLToken.append(token, to: &result)
                index += 1
                continue
            }
            // The title runs to the first line break of the paragraph.
            var title: [HTMLToken] = []
            var rest: [HTMLToken] = []
            var inTitle = true
            let afterMarker = String(lead[lead.index(after: close)...].drop { $0 == " " })
            var paragraph: [HTMLToken] = [.text(afterMarker)] + []
            index += 3
            var depth = 0
            while index < tokens.count {
                let next = tokens[index]
                if next.isStart("p") { depth += 1 }
                if next.isEnd("p") { if depth == 0 { break }; depth -= 1 }
                paragraph.append(next)
                index += 1
            }
            index += 1  // the paragraph's </p>
            for piece in paragraph {
                if inTitle, case .text(let text) = piece, let newline = text.firstIndex(of: "\n") {
                    HTMLToken.append(.text(String(text[..<newline])), to: &title)
                    HTMLToken.append(.text(String(text[text.index(after: newline)...])), to: &rest)
                    inTitle = false
                } else if inTitle, piece.isStart("br") {
                    inTitle = false
                } else if inTitle {
                    HTMLToken.append(piece, to: &title)
                } else if !(rest.isEmpty && piece.isWhitespace) {
                    HTMLToken.append(piece, to: &rest)
                }
            }
            if title.isEmpty { title = [.text(kind.prefix(1).uppercased() + kind.dropFirst())] }
            if foldKinds.contains(kind) {
                result.append(.start("details", ["class": kind == "hint" ? "fold hint" : "fold"]))
                result += [.start("summary", [:]), .start("span", ["class": "fold-title"])] + title + [.end("span"), .end("summary")]
                closers.append(.end("details"))
            } else {
                result.append(.start("aside", ["class": "callout callout-\(kind)"]))
                result += [.start("p", ["class": "callout-title"])] + title + [.end("p")]
                closers.append(.end("aside"))
            }
            if !rest.isEmpty { result += [.start("p", [:])] + rest + [.end("p")] }
        }
        return result
    }

    // MARK: Reporting

    /// The first place where the two forms differ, with some context from each side; nil when equal.
    static func difference(course: [HTMLToken], cmark: [HTMLToken], context: Int = 6) -> String? {
        guard course != cmark else { return nil }
        let first = (0..<min(course.count, cmark.count)).first { course[$0] != cmark[$0] } ?? min(course.count, cmark.count)
        func excerpt(_ tokens: [HTMLToken]) -> String {
            let range = max(0, first - context)..<min(tokens.count, first + context)
            return range.map { ($0 == first ? "→ " : "  ") + tokens[$0].description }.joined(separator: "\n")
        }
        return """
            first difference at token \(first):
            course render:
            \(excerpt(course))
            cmark:
            \(excerpt(cmark))
            """
    }
}
