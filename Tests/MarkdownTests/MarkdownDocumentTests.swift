import Markdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func headingsParagraphsAndPositions() {
        let document = MarkdownDocument(parsing: "# Title\n\nSome *text* here.\n")
        let blocks = document.root.children
        #expect(blocks.count == 2)
        #expect(blocks[0].kind == .heading(level: 1))
        #expect(blocks[0].range == SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 7)))
        #expect(blocks[1].kind == .paragraph)
        #expect(blocks[1].range?.start == SourcePosition(line: 3, column: 1))
        #expect(blocks[1].children.map(\.kind) == [.text("Some "), .emphasis, .text(" here.")])
        #expect(blocks[1].children[1].children.map(\.kind) == [.text("text")])
    }

    @Test func inlineCodeKeepsItsColumnInBytes() {
        // "é" is two UTF-8 bytes, so the code span's content starts at byte column 6.
        let document = MarkdownDocument(parsing: "é $`x`$\n")
        let inlines = document.root.children[0].children
        #expect(inlines.map(\.kind) == [.text("é $"), .code("x"), .text("$")])
        #expect(inlines[1].range?.start == SourcePosition(line: 1, column: 6))
    }

    @Test func fencedCodeBlockKeepsInfoAndLiteral() {
        let document = MarkdownDocument(parsing: "```swift run\nlet x = 1\n```\n")
        #expect(document.root.children[0].kind == .codeBlock(info: "swift run", literal: "let x = 1\n"))
    }

    @Test func listStyles() {
        let tight = MarkdownDocument(parsing: "3. a\n4. b\n").root.children[0]
        #expect(tight.kind == .list(.init(isOrdered: true, start: 3, isTight: true)))
        #expect(tight.children.count == 2)
        let loose = MarkdownDocument(parsing: "- a\n\n- b\n").root.children[0]
        #expect(loose.kind == .list(.init(isOrdered: false, start: 1, isTight: false)))
    }

    @Test func linksImagesAndBreaks() {
        let inlines = MarkdownDocument(parsing: "[a](x.md \"T\") ![b](i.png)  \nc\nd\n").root.children[0].children
        #expect(inlines[0].kind == .link(destination: "x.md", title: "T"))
        #expect(inlines[2].kind == .image(source: "i.png", title: ""))
        #expect(inlines.contains { $0.kind == .lineBreak })
        #expect(inlines.contains { $0.kind == .softBreak })
    }

    @Test func rawHTMLStaysInTheTreeForTheRendererToJudge() {
        let blocks = MarkdownDocument(parsing: "<div>x</div>\n\na <b>c</b>\n").root.children
        #expect(blocks[0].kind == .htmlBlock("<div>x</div>\n"))
        #expect(blocks[1].children.contains { $0.kind == .htmlInline("<b>") })
    }

    @Test func smartPunctuationIsAnOption() {
        let smart = MarkdownDocument(parsing: "\"a\" -- b\n").root.plainText
        let plain = MarkdownDocument(parsing: "\"a\" -- b\n", options: .init(smartPunctuation: false)).root.plainText
        #expect(smart == "\u{201C}a\u{201D} \u{2013} b")
        #expect(plain == "\"a\" -- b")
    }

    @Test func plainTextJoinsTextCodeAndBreaks() {
        let heading = MarkdownDocument(parsing: "## The `RoPE` *2-D* case\n").root.children[0]
        #expect(heading.plainText == "The RoPE 2-D case")
    }

    @Test func emptyAndHugeInputs() {
        #expect(MarkdownDocument(parsing: "").root.children.isEmpty)
        let big = String(repeating: "Paragraph with `code` and *emphasis*.\n\n", count: 5_000)
        #expect(MarkdownDocument(parsing: big).root.children.count == 5_000)
    }

    @Test func deepNestingDoesNotOverflowTheStack() {
        // The tree copy is iterative, so thousands of nested quotes are fine.
        let nested = String(repeating: ">", count: 2_000) + " deep\n"
        var node = MarkdownDocument(parsing: nested).root
        var depth = 0
        while let child = node.children.first, child.kind == .blockQuote { node = child; depth += 1 }
        #expect(depth > 100)
    }

    @Test func forEachNodeVisitsParentsFirst() {
        var kinds: [MarkdownNode.Kind] = []
        MarkdownDocument(parsing: "*a*\n").root.forEachNode { kinds.append($0.kind) }
        #expect(kinds == [.document, .paragraph, .emphasis, .text("a")])
    }
}

/// Trees of any depth are compared, walked and freed without recursion (issue 11).
@Suite struct DeepTreeTests {
    static let depth = 300_000

    @Test func aVeryDeepTreeIsWalkedComparedAndFreed() {
        let source = String(repeating: "> ", count: Self.depth) + "x\n"
        do {
            let document = MarkdownDocument(parsing: source)
            var quotes = 0
            document.root.forEachNode { node in if case .blockQuote = node.kind { quotes += 1 } }
            #expect(quotes == Self.depth)
            #expect(document.root.plainText == "x")
            let again = MarkdownDocument(parsing: source)
            #expect(document == again)
            #expect(document.hashValue == again.hashValue)
            #expect(document != MarkdownDocument(parsing: String(repeating: "> ", count: Self.depth) + "y\n"))
        }
        // Both documents were freed when the scope ended: reaching this line is the test.
    }

    @Test func aSharedSubtreeOutlivesTheTreeItCameFrom() {
        var kept: [MarkdownNode] = []
        do {
            let document = MarkdownDocument(parsing: "> > *deep* text\n")
            kept = document.root.children[0].children
        }
        #expect(kept.count == 1)
        #expect(kept[0].plainText == "deep text")
    }
}
