import ContentHash
import CourseModel
import Foundation
import Markdown
import SwiftHighlighter
import TeXMath

/// Walks one lesson's Markdown tree and writes the HTML of its body.
///
/// Besides HTML it gathers what the page around the body needs: the table of contents,
/// the text of each section for the search index, the images to copy, and every problem
/// found on the way (reported together, never stopping at the first).
struct LessonBodyRenderer {
    /// Everything the page and the site need from one lesson body.
    struct Output {
        var html = ""
        var tableOfContents: [LessonOutline.Heading] = []
        var searchSections: [SearchSection] = []
        /// The search index entries of `searchSections`, made while lessons render in parallel.
        var searchEntries: [UInt8] = []
        /// The lesson's title, summary and objectives rendered like body text (math, code).
        var frontMatter = RenderedFrontMatter()
        var images: ImageCollector
        var diagnostics: [Diagnostic] = []
        /// Files read while rendering (starter code, statements), by path, with the
        /// fingerprint of their bytes: dependencies of the build cache.
        var readFiles: [String: Fingerprint] = [:]
        /// The folder keys of the other lessons this one links to.
        var linkedPages: Set<String> = []
    }

    /// The file being rendered; an exercise's statement swaps in its own file for a while.
    private(set) var file: String
    private(set) var folderPath: String
    let outline: LessonOutline
    let currentPage: LinkResolver.Page
    let links: LinkResolver
    let allowsRawHTML: Bool
    /// The title used for search entries before the first heading.
    let lessonTitle: String
    let pageFileName: String
    /// The lesson's exercises, placed where the lesson has an `exercise` block.
    let exercises: [Exercise]

    /// What each runnable block printed, by the line of its opening fence; nil when code is
    /// not run (then runnable blocks show only their code).
    var blockOutputs: [Int: String]?
    /// Inline formulas rendered by the build so far, shared between lessons; nil renders each.
    var inlineMath: InlineMathMemo?

    private var output: Output
    private var placedExercises: Set<String> = []
    private var headingIndex = 0
    /// Text of the section being rendered, for the search index.
    private var sectionText = ""
    private var sectionTitle = ""
    private var sectionID: String?

    init(file: String, folderPath: String, courseFolder: String, outline: LessonOutline, currentPage: LinkResolver.Page,
         links: LinkResolver, allowsRawHTML: Bool, lessonTitle: String, pageFileName: String,
         exercises: [Exercise] = []) {
        self.output = Output(images: ImageCollector(courseFolder: courseFolder))
        self.file = file
        self.folderPath = folderPath
        self.outline = outline
        self.currentPage = currentPage
        self.links = links
        self.allowsRawHTML = allowsRawHTML
        self.lessonTitle = lessonTitle
        self.pageFileName = pageFileName
        self.exercises = exercises
    }

    /// Renders `document`'s body, and the lesson's front matter when given (its source, for
    /// the lines of diagnostics).
    consuming func render(_ document: MarkdownDocument, frontMatter: LessonFrontMatter? = nil, source: String? = nil) -> Output {
        if let source { sourceTexts[file] = source }
        let source = source ?? ""
        if let frontMatter {
            let lines = FrontMatterLines(source: source)
            output.frontMatter = RenderedFrontMatter(
                title: renderInlineText(frontMatter.title, key: "title", line: lines.title),
                summary: renderInlineText(frontMatter.summary, key: "summary", line: lines.summary),
                objectives: frontMatter.objectives.enumerated().map { index, objective in
                    renderInlineText(objective, key: "objective \(index + 1)", line: lines.objective(index))
                })
        }
        sectionTitle = output.frontMatter.title.text.isEmpty ? lessonTitle : output.frontMatter.title.text
        schedule(document.root.children.map { .block($0, tight: false, topLevel: true) })
        runScheduledSteps()
        finishSection()
        output.searchEntries = SearchIndex.entries(for: output.searchSections)
        for exercise in exercises where !placedExercises.contains(exercise.name) {
            output.diagnostics.append(Diagnostic(file: file, message:
                "the exercise '\(exercise.name)' is never shown; place it with a fenced block: ```exercise, then '\(exercise.name)', then ```"))
        }
        return output
    }

    // MARK: The walk

    /// One piece of work of the walk. Nested Markdown becomes more steps on a stack rather
    /// than deeper calls, so nesting of any depth (cmark parses 100,000 nested block quotes)
    /// renders in bounded stack space.
    ///
    /// Cases carrying a node or an exercise are `indirect`: a paragraph of 180,000 inlines is
    /// that many steps at once, and an unboxed node made every step ~300 bytes (56 MB).
    private enum Step {
        indirect case block(MarkdownNode, tight: Bool, topLevel: Bool)
        /// A run of sibling inlines, where `` $`…`$ `` math spans are recognised.
        case inlines([MarkdownNode])
        indirect case inline(MarkdownNode)
        case text(String)
        indirect case math(tex: String, codeSpan: MarkdownNode)
        /// HTML to append as is, and text to add to the search index.
        case html(String, searchText: String = "")
        /// Ends a list item: a tight item's last line break goes before `</li>`.
        case endListItem(tight: Bool)
        /// Switches the file and folder that diagnostics and relative links refer to.
        case enterFile(String, folderPath: String)
        indirect case exerciseFooter(Exercise, node: MarkdownNode)
        /// Keeps the HTML written since `offset` as the contents entry's rendering, and the
        /// search text since `searchOffset` out of the section's text (it is the section's title).
        case finishHeading(tableIndex: Int, offset: Int, searchOffset: Int, startsSection: Bool)
    }

    private var pendingSteps: [Step] = []
    /// Source lines by file, for recognising pipe tables in a paragraph's own text; split on
    /// first need (most lessons have no table).
    private var sourceLines: [String: [Substring]] = [:]
    private var sourceTexts: [String: String] = [:]

    /// Queues `steps` to run next, in the order given.
    private mutating func schedule(_ steps: [Step]) {
        pendingSteps.append(contentsOf: steps.reversed())
    }

    /// Runs `steps` to completion now, before the steps already waiting (which stay waiting):
    /// for text rendered on the side, such as a table cell.
    private mutating func runSeparately(_ steps: [Step]) {
        let waiting = pendingSteps
        pendingSteps = []
        schedule(steps)
        runScheduledSteps()
        pendingSteps = waiting
    }

    private mutating func runScheduledSteps() {
        while let step = pendingSteps.popLast() {
            switch step {
            case .block(let node, let tight, let topLevel): renderBlock(node, tight: tight, topLevel: topLevel)
            case .inlines(let nodes): schedule(Self.inlineSteps(nodes))
            case .inline(let node): renderInline(node)
            case .text(let text): appendText(text)
            case .math(let tex, let codeSpan): renderInlineMath(tex, codeSpan: codeSpan)
            case .html(let html, let searchText):
                output.html += html
                sectionText += searchText
            case .endListItem(let tight):
                if output.html.hasSuffix("\n") && tight { output.html.removeLast() }
                output.html += "</li>\n"
            case .enterFile(let file, let folderPath): (self.file, self.folderPath) = (file, folderPath)
            case .exerciseFooter(let exercise, let node): renderExerciseFooter(exercise, node: node)
            case .finishHeading(let tableIndex, let offset, let searchOffset, let startsSection):
                let html = String(output.html.utf8.dropFirst(offset))!
                if tableIndex >= 0 { output.tableOfContents[tableIndex].html = html.contains("<a ") ? nil : html }
                if startsSection {
                    // The heading is the section's title in the index, not the start of its text.
                    sectionTitle = Self.collapsingWhitespace(String(sectionText.utf8.dropFirst(searchOffset))!)
                    sectionText = String(sectionText.utf8.prefix(searchOffset))!
                }
                sectionText += " "
            }
        }
    }

    /// The steps for a run of sibling inlines, with `` $`x^2`$ `` (a text ending in `$`, a
    /// code span, a text starting with `$`) turned into math. One pass, linear in the run's
    /// length: the text after a span's closing `$` may open the next span.
    private static func inlineSteps(_ nodes: [MarkdownNode]) -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(nodes.count)
        var index = 0
        // The rest of nodes[index]'s text after a math span's closing `$`, when it is one.
        var carriedText: String?
        while index < nodes.count {
            let text: String?
            if let carriedText { text = carriedText } else if case .text(let literal) = nodes[index].kind { text = literal } else { text = nil }
            carriedText = nil
            if let text, text.hasSuffix("$"), index + 2 < nodes.count,
               case .code(let tex) = nodes[index + 1].kind,
               case .text(let after) = nodes[index + 2].kind, after.hasPrefix("$") {
                steps.append(.text(String(text.dropLast())))
                steps.append(.math(tex: tex, codeSpan: nodes[index + 1]))
                carriedText = String(after.dropFirst())
                index += 2
                continue
            }
            steps.append(text.map(Step.text) ?? .inline(nodes[index]))
            index += 1
        }
        return steps
    }

    /// One line of front matter rendered like body text: inline Markdown with math and code
    /// (text that cmark reads as a block, such as "1. Intro", is shown as it is).
    private mutating func renderInlineText(_ text: String, key: String, line: Int?) -> RenderedText {
        // Positions inside the one-line text mean little in the file; name the key's line.
        let snippet = renderSnippet(text) { Diagnostic(file: $0.file, line: line, column: nil, message: "in the \(key): \($0.message)") }
        return RenderedText(html: snippet.html, text: Self.collapsingWhitespace(snippet.searchText))
    }

    /// A piece of text outside the body's flow (front matter, a table cell) rendered as inline
    /// Markdown on the side: its HTML and search text come back instead of joining the page's,
    /// and its problems are moved by `place` to where the text sits in the file.
    private mutating func renderSnippet(_ text: String, place: (Diagnostic) -> Diagnostic) -> (html: String, searchText: String) {
        let (savedHTML, savedSearchText, diagnosticsBefore) = (output.html, sectionText, output.diagnostics.count)
        (output.html, sectionText) = ("", "")
        let document = MarkdownDocument(parsing: text)
        if document.root.children.count == 1, let paragraph = document.root.children.first, case .paragraph = paragraph.kind {
            runSeparately([.inlines(paragraph.children)])
        } else {
            appendText(text)
        }
        let found = output.diagnostics[diagnosticsBefore...].map(place)
        output.diagnostics.removeSubrange(diagnosticsBefore...)
        output.diagnostics += found
        let rendered = (output.html, sectionText)
        (output.html, sectionText) = (savedHTML, savedSearchText)
        return rendered
    }

    // MARK: Blocks

    private mutating func renderBlock(_ node: MarkdownNode, tight: Bool, topLevel: Bool = false) {
        switch node.kind {
        case .paragraph:
            if let image = soleImage(of: node) {
                renderFigure(image)
                return
            }
            if let table = pipeTable(in: node) {
                renderTable(table)
                return
            }
            if !tight { output.html += "<p>" }
            schedule([.inlines(node.children), .html(tight ? "\n" : "</p>\n", searchText: " ")])
        case .heading(let level):
            renderHeading(node, level: level, topLevel: topLevel)
        case .blockQuote:
            renderBlockQuote(node)
        case .list(let style):
            let tag = style.isOrdered ? "ol" : "ul"
            output.html += style.isOrdered && style.start != 1 ? "<ol start=\"\(style.start)\">\n" : "<\(tag)>\n"
            var steps: [Step] = []
            for item in node.children {
                let children = item.children
                if let first = children.first, case .paragraph = first.kind, style.isTight {
                    steps.append(.html("<li>"))
                } else {
                    steps.append(.html(children.isEmpty ? "<li>" : "<li>\n"))
                }
                steps += children.map { .block($0, tight: style.isTight, topLevel: false) }
                steps.append(.endListItem(tight: style.isTight))
            }
            steps.append(.html("</\(tag)>\n"))
            schedule(steps)
        case .codeBlock(let info, let literal):
            renderCodeBlock(info: info, literal: literal, node: node)
        case .htmlBlock(let raw):
            renderRawHTML(raw, node: node, block: true)
        case .thematicBreak:
            output.html += "<hr>\n"
        default:
            // Inline kinds never appear at block level in cmark's tree.
            schedule([.inlines([node])])
        }
    }

    private mutating func renderHeading(_ node: MarkdownNode, level: Int, topLevel: Bool) {
        if level == 1 {
            report(node, "the lesson's title comes from its front matter; start sections at '##'")
        }
        guard topLevel, headingIndex < outline.headings.count else {
            output.html += "<h\(level)>"
            schedule([.inlines(node.children), .html("</h\(level)>\n", searchText: " ")])
            return
        }
        let heading = outline.headings[headingIndex]
        headingIndex += 1
        var tableIndex = -1
        if level <= 3 {
            finishSection()
            sectionTitle = heading.text
            sectionID = heading.id
            if level >= 2 {
                tableIndex = output.tableOfContents.count
                output.tableOfContents.append(heading)
            }
        }
        output.html += "<h\(level) id=\"\(HTML.escape(heading.id))\">"
        schedule([
            .inlines(node.children),
            .finishHeading(tableIndex: tableIndex, offset: output.html.utf8.count, searchOffset: sectionText.utf8.count, startsSection: level <= 3),
            .html("<a class=\"anchor\" href=\"#\(HTML.href(heading.id))\" aria-label=\"Link to this section\">#</a></h\(level)>\n"),
        ])
    }

    /// `> [!note] Title` makes a callout; `> [!details] Summary` a folded section.
    private mutating func renderBlockQuote(_ node: MarkdownNode) {
        guard let marker = Callout(blockQuote: node) else {
            output.html += "<blockquote>\n"
            schedule(node.children.map { .block($0, tight: false, topLevel: false) } + [.html("</blockquote>\n")])
            return
        }
        var steps: [Step] = []
        let defaultTitle = Step.html(HTML.escape(marker.kind.capitalized))
        if marker.isFold {
            // The title in one span: the summary is a flex row (marker, title), and loose text,
            // math and code would each become a column of their own.
            steps.append(.html(marker.kind == "hint" ? "<details class=\"fold hint\">\n<summary><span class=\"fold-title\">" : "<details class=\"fold\">\n<summary><span class=\"fold-title\">"))
            steps.append(marker.title.isEmpty ? defaultTitle : .inlines(marker.title))
            steps.append(.html("</span></summary>\n", searchText: " "))
        } else {
            steps.append(.html("<aside class=\"callout callout-\(marker.kind)\">\n<p class=\"callout-title\">"))
            steps.append(marker.title.isEmpty ? defaultTitle : .inlines(marker.title))
            steps.append(.html("</p>\n", searchText: " "))
        }
        if !marker.firstParagraphRest.isEmpty {
            steps += [.html("<p>"), .inlines(marker.firstParagraphRest), .html("</p>\n", searchText: " ")]
        }
        steps += marker.remainingBlocks.map { .block($0, tight: false, topLevel: false) }
        steps.append(.html(marker.isFold ? "</details>\n" : "</aside>\n"))
        schedule(steps)
    }

    private mutating func renderCodeBlock(info: String, literal: String, node: MarkdownNode) {
        if let block = RunnableBlock(info: info, literal: literal, range: node.range) {
            renderRunnableBlock(block, node: node)
            return
        }
        let language = info.split(separator: " ", maxSplits: 1).first.map(String.init)?.lowercased() ?? ""
        switch language {
        case "math":
            renderDisplayMath(literal, node: node)
        case "exercise":
            renderExercise(named: literal.trimmingCharacters(in: .whitespacesAndNewlines), node: node)
        case "explorer":
            let name = info.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            switch Explorer.parse(name: name, yaml: literal) {
            case .success(let explorer):
                output.html += explorer.html
            case .failure(let problem):
                // The YAML starts on the line after the opening fence.
                let fence = node.range?.start.line ?? 1
                let line = problem.line.map { fence + 1 + $0 } ?? fence
                output.diagnostics.append(Diagnostic(file: file, line: line, column: node.range?.start.column, message: problem.message))
            }
        case "swift":
            output.html += "<pre class=\"code\" data-lang=\"swift\"><code>\(SwiftHighlighter.html(for: literal))</code></pre>\n"
            sectionText += literal + " "
        case "":
            output.html += "<pre class=\"code\"><code>\(HTML.escape(literal))</code></pre>\n"
            sectionText += literal + " "
        default:
            output.html += "<pre class=\"code\" data-lang=\"\(HTML.escape(language))\"><code>\(HTML.escape(literal))</code></pre>\n"
            sectionText += literal + " "
        }
    }

    private mutating func renderDisplayMath(_ tex: String, node: MarkdownNode) {
        do {
            let math = try MathRenderer.render(tex, display: true)
            output.html += "<div class=\"equation\">\(math.mathML)"
            if let tag = math.tag { output.html += "<span class=\"eq-number\">(\(HTML.escape(tag)))</span>" }
            output.html += "</div>\n"
        } catch {
            // The TeX starts on the line after the opening fence.
            let line = (node.range?.start.line ?? 1) + error.line
            let column = (node.range?.start.column ?? 1) - 1 + error.column
            output.diagnostics.append(Diagnostic(file: file, line: line, column: column, message: "bad math: \(error.message)"))
        }
    }

    /// A block run at build time: its code, then what it printed (text, or a figure).
    private mutating func renderRunnableBlock(_ block: RunnableBlock, node: MarkdownNode) {
        let code = "<pre class=\"code\" data-lang=\"swift\"><code>\(SwiftHighlighter.html(for: block.code))</code></pre>\n"
        sectionText += block.code + " "
        guard let printed = blockOutputs?[block.fenceLine] else {
            output.html += code
            return
        }
        switch block.kind {
        case .run:
            output.html += code
            if !printed.isEmpty { output.html += "<pre class=\"output\"><code>\(HTML.escape(printed))</code></pre>\n" }
        case .figure:
            switch SVGSanitizer.sanitize(printed) {
            case .failure(let problem):
                report(node, problem.message)
            case .success(let figure):
                output.html += "<figure class=\"plot\">\(figure.svg)"
                if !figure.title.isEmpty { output.html += "<figcaption>\(figure.title)</figcaption>" }
                output.html += "</figure>\n<details class=\"fold figure-code\">\n<summary>Code for this figure</summary>\n\(code)</details>\n"
            }
        }
    }

    /// The pipe table a paragraph's source lines form, if they do. Tables start at the left
    /// margin (not inside quotes or lists), where the paragraph's lines are the table's.
    private mutating func pipeTable(in paragraph: MarkdownNode) -> PipeTable? {
        guard let range = paragraph.range, range.start.column == 1, range.end.line > range.start.line,
              paragraph.children.contains(where: { if case .text(let text) = $0.kind { text.utf8.contains(0x7C) } else { false } }),
              let lines = linesOfCurrentFile(), range.end.line <= lines.count else { return nil }
        let first = lines[range.start.line - 1]
        guard first.contains("|") else { return nil }
        return PipeTable(lines: Array(lines[(range.start.line - 1)..<range.end.line]), firstLine: range.start.line)
    }

    private mutating func linesOfCurrentFile() -> [Substring]? {
        if let lines = sourceLines[file] { return lines }
        if sourceTexts[file] == nil { output.readFiles[file] = FileDigest.of(file) }
        guard let text = sourceTexts[file] ?? (try? SourceFile.read(file).text) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        sourceLines[file] = lines
        return lines
    }

    /// A table in a wrapper that scrolls on its own on a narrow screen; header cells say
    /// which column they head (`scope="col"`).
    private mutating func renderTable(_ table: PipeTable) {
        func style(_ column: Int) -> String {
            switch table.alignments[column] {
            case .left?: return " style=\"text-align:left\""
            case .center?: return " style=\"text-align:center\""
            case .right?: return " style=\"text-align:right\""
            case nil: return ""
            }
        }
        var html = "<div class=\"table-scroll\"><table>\n<thead>\n<tr>"
        for (column, cell) in table.header.enumerated() {
            html += "<th scope=\"col\"\(style(column))>" + renderCell(cell) + "</th>"
        }
        html += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows {
                html += "<tr>"
                for (column, cell) in row.enumerated() { html += "<td\(style(column))>" + renderCell(cell) + "</td>" }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        output.html += html + "</table></div>\n"
        sectionText += " "
    }

    /// A cell's text rendered as inline Markdown (math and code included); its problems are
    /// reported at the cell's line and column.
    private mutating func renderCell(_ cell: PipeTable.Cell) -> String {
        let snippet = renderSnippet(cell.text) {
            Diagnostic(file: $0.file, line: cell.line, column: cell.column + max(($0.column ?? 1) - 1, 0), message: $0.message)
        }
        sectionText += snippet.searchText + " "
        return snippet.html
    }

    /// The exercise's section: statement, the file to edit, the command, the starter code.
    private mutating func renderExercise(named name: String, node: MarkdownNode) {
        guard let exercise = exercises.first(where: { $0.name == name }) else {
            let known = exercises.map { "'\($0.name)'" }.joined(separator: ", ")
            report(node, "this lesson has no exercise '\(name)'" + (known.isEmpty ? "; create Lessons/…/exercises/\(name)/" : "; it has \(known)"))
            return
        }
        guard placedExercises.insert(name).inserted else {
            report(node, "the exercise '\(name)' is already shown above; show each exercise once")
            return
        }
        let id = LessonOutline.exerciseID(name)
        output.tableOfContents.append(LessonOutline.Heading(level: 3, text: "Exercise: " + exercise.frontMatter.title, id: id))
        output.html += "<section class=\"exercise\" id=\"\(id)\">\n<h3>Exercise: \(HTML.escape(exercise.frontMatter.title))</h3>\n"

        schedule(
            [.enterFile(exercise.statementPath, folderPath: exercise.folderPath)]
                + exercise.statement.root.children.map { .block($0, tight: false, topLevel: false) }
                + [.enterFile(file, folderPath: folderPath), .exerciseFooter(exercise, node: node)]
        )
    }

    /// What follows an exercise's statement: the file to edit, the command, the starter code.
    private mutating func renderExerciseFooter(_ exercise: Exercise, node: MarkdownNode) {
        let workspace = exercise.workspacePath.split(separator: "/").suffix(3).joined(separator: "/")
        output.html += "<p class=\"exercise-meta\">Edit <code>\(HTML.escape(workspace))</code> · grade it from the course's folder with <code>./course grade \(HTML.escape(exercise.id))</code></p>\n"
        switch readSource(exercise.starterPath, node: node) {
        case .some(let starter):
            output.html += "<pre class=\"code\" data-lang=\"swift\"><code>\(SwiftHighlighter.html(for: starter))</code></pre>\n"
        case .none: break
        }
        if exercise.frontMatter.showsSolution, let solution = readSource(exercise.solutionPath, node: node) {
            output.html += "<details class=\"fold solution\">\n<summary>Reference solution</summary>\n"
            output.html += "<pre class=\"code\" data-lang=\"swift\"><code>\(SwiftHighlighter.html(for: solution))</code></pre>\n</details>\n"
        }
        output.html += "</section>\n"
    }

    private mutating func readSource(_ path: String, node: MarkdownNode) -> String? {
        do throws(CourseError) {
            output.readFiles[path] = FileDigest.of(path)
            return try SourceFile.read(path).text
        } catch {
            output.diagnostics += error.diagnostics
            return nil
        }
    }

    private mutating func renderFigure(_ image: MarkdownNode) {
        guard case .image(let source, let title) = image.kind else { return }
        guard let path = imagePath(source, node: image) else { return }
        let alt = image.plainText
        output.html += "<figure class=\"figure\"><img src=\"\(HTML.href(path))\" alt=\"\(HTML.escape(alt))\">"
        if !title.isEmpty { output.html += "<figcaption>\(HTML.escape(title))</figcaption>" }
        output.html += "</figure>\n"
    }

    // MARK: Inlines

    private mutating func renderInlineMath(_ tex: String, codeSpan: MarkdownNode) {
        do {
            // A wrapper that can scroll on its own: a formula wider than a phone must not
            // make the whole page scroll sideways.
            let math = if let inlineMath { try inlineMath.render(tex) } else { try MathRenderer.render(tex, display: false) }
            output.html += "<span class=\"math-inline\">" + math.mathML + "</span>"
            sectionText += math.readableText
        } catch {
            let start = codeSpan.range?.start
            output.diagnostics.append(Diagnostic(
                file: file, line: (start?.line ?? 1) + error.line - 1,
                column: error.line == 1 ? (start?.column ?? 1) + error.column - 1 : error.column,
                message: "bad math: \(error.message)"))
        }
    }

    private mutating func renderInline(_ node: MarkdownNode) {
        switch node.kind {
        case .text(let text):
            appendText(text)
        case .softBreak:
            output.html += "\n"
            sectionText += " "
        case .lineBreak:
            output.html += "<br>\n"
            sectionText += " "
        case .code(let code):
            output.html += "<code>\(HTML.escape(code))</code>"
            sectionText += code
        case .emphasis:
            output.html += "<em>"
            schedule([.inlines(node.children), .html("</em>")])
        case .strong:
            output.html += "<strong>"
            schedule([.inlines(node.children), .html("</strong>")])
        case .link(let destination, let title):
            renderLink(node, destination: destination, title: title)
        case .image(let source, let title):
            guard let path = imagePath(source, node: node) else { return }
            output.html += "<img src=\"\(HTML.href(path))\" alt=\"\(HTML.escape(node.plainText))\""
            if !title.isEmpty { output.html += " title=\"\(HTML.escape(title))\"" }
            output.html += ">"
        case .htmlInline(let raw):
            renderRawHTML(raw, node: node, block: false)
        default:
            schedule(node.children.map { .block($0, tight: false, topLevel: false) })
        }
    }

    private mutating func renderLink(_ node: MarkdownNode, destination: String, title: String) {
        var linkedPage: String?
        defer { if let linkedPage { output.linkedPages.insert(linkedPage) } }
        switch links.resolve(destination, fromFolder: folderPath, currentPage: currentPage, linkedPage: &linkedPage) {
        case .href(let href):
            output.html += "<a href=\"\(HTML.href(href))\""
            if !title.isEmpty { output.html += " title=\"\(HTML.escape(title))\"" }
            output.html += ">"
            schedule([.inlines(node.children), .html("</a>")])
        case .dropped:
            schedule([.inlines(node.children)])
        case .broken(let message):
            report(node, message)
            schedule([.inlines(node.children)])
        }
    }

    private mutating func renderRawHTML(_ raw: String, node: MarkdownNode, block: Bool) {
        if allowsRawHTML {
            output.html += raw
            return
        }
        let snippet = raw.split(separator: "\n").first.map { String($0.prefix(40)) } ?? ""
        report(node, "raw HTML ('\(snippet)') is off for this course; write Markdown instead, put code in backticks, or set 'raw_html: true' in course.yml")
    }

    // MARK: Helpers

    private mutating func appendText(_ text: String) {
        output.html += HTML.escape(text)
        sectionText += text
    }

    private mutating func imagePath(_ source: String, node: MarkdownNode) -> String? {
        if node.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
            report(node, "the image '\(source)' has no alt text; describe what it shows in ![…](\(source))")
        }
        switch output.images.add(source, fromFolder: folderPath) {
        case .success(let path): return path
        case .failure(let problem):
            report(node, problem.message)
            return nil
        }
    }

    private func soleImage(of paragraph: MarkdownNode) -> MarkdownNode? {
        guard paragraph.children.count == 1, let only = paragraph.children.first,
              case .image = only.kind else { return nil }
        return only
    }

    private mutating func report(_ node: MarkdownNode, _ message: String) {
        output.diagnostics.append(Diagnostic(file: file, line: node.range?.start.line, column: node.range?.start.column, message: message))
    }

    /// The text with runs of spaces, tabs and newlines turned into single spaces, trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func finishSection() {
        let text = Self.collapsingWhitespace(sectionText)
        if !text.isEmpty || sectionID != nil {
            let url = sectionID.map { "\(pageFileName)#\($0)" } ?? pageFileName
            let title = output.frontMatter.title.text.isEmpty ? lessonTitle : output.frontMatter.title.text
            output.searchSections.append(SearchSection(title: title, section: sectionTitle, url: url, text: text))
        }
        sectionText = ""
    }
}
