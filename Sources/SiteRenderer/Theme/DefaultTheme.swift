import CourseModel

/// The one theme `course` ships: readable typography, light and dark, print-friendly.
struct DefaultTheme: Theme {
    static let stylesheetPath = "assets/course.css"
    static let searchScriptPath = "assets/search.js"
    static let siteScriptPath = "assets/site.js"
    static let explorersStylesheetPath = "assets/explorers.css"
    static let explorersScriptPath = "assets/explorers.js"

    func assets(lessonsPath: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: SiteAssets.files(lessonsPath: lessonsPath).map { ("assets/" + $0.key, $0.value) })
    }

    func indexPage(_ page: IndexPageContext) -> String {
        var html = head(title: page.metadata.title, description: page.metadata.description,
                        metadata: page.metadata, bodyClass: "page-index")
        html += "<div class=\"layout\">\n<main id=\"main\" class=\"course-map\">\n"
        html += "<header class=\"course-header\"><h1>\(HTML.escape(page.metadata.title))</h1>"
        html += "<p class=\"course-description\">\(HTML.escape(page.metadata.description))</p></header>\n"
        html += gettingStarted(exampleLesson: page.lessons.first { !$0.exercises.isEmpty }?.slug)
        html += "<ol class=\"lesson-list\">\n"
        for lesson in page.lessons {
            let rendered = page.frontMatters[lesson.folderName] ?? Self.plain(lesson.frontMatter)
            html += "<li class=\"lesson-card\"><a class=\"lesson-link\" href=\"\(HTML.href(pageFileName(for: lesson)))\">"
            html += "<span class=\"lesson-number\">\(lesson.number)</span>"
            html += "<span class=\"lesson-title\">\(Self.linkSafe(rendered.title))</span></a>\n"
            html += "<p class=\"lesson-summary\">\(rendered.summary.html)</p>\n"
            html += "<ul class=\"lesson-objectives\">\n"
            for objective in rendered.objectives { html += "<li>\(objective.html)</li>\n" }
            html += "</ul></li>\n"
        }
        html += "</ol>\n</main>\n</div>\n"
        return html + foot(metadata: page.metadata)
    }

    func lessonPage(_ page: LessonPageContext) -> String {
        let lesson = page.lesson
        let rendered = page.frontMatters[lesson.folderName] ?? Self.plain(lesson.frontMatter)
        var html = head(title: "\(rendered.title.text) · \(page.metadata.title)",
                        description: rendered.summary.text, metadata: page.metadata, bodyClass: "page-lesson")
        html += "<div class=\"layout\">\n"
        html += courseNavigation(page.lessons, current: lesson, frontMatters: page.frontMatters)
        html += "<main id=\"main\" class=\"lesson\">\n<header class=\"lesson-header\">"
        html += "<p class=\"lesson-number\">Lesson \(lesson.number)</p>"
        html += "<h1>\(rendered.title.html)</h1>\n"
        html += "<p class=\"lesson-summary\">\(rendered.summary.html)</p>\n"
        html += "<section class=\"objectives\" id=\"objectives\"><h2>Objectives</h2>\n<ul>\n"
        for objective in rendered.objectives { html += "<li>\(objective.html)</li>\n" }
        html += "</ul></section></header>\n"
        // After the header, so the page's h1 comes first for screen readers; wide screens
        // place it in a column of its own.
        html += tableOfContents(page.tableOfContents)
        html += "<article class=\"lesson-body\">\n\(page.bodyHTML)</article>\n"
        html += pager(previous: page.previous, next: page.next, frontMatters: page.frontMatters)
        html += "</main>\n</div>\n"
        return html + foot(metadata: page.metadata)
    }

    /// How to start, in three lines: the same commands as the README and the CLI's help.
    private func gettingStarted(exampleLesson: String?) -> String {
        var html = "<section class=\"getting-started\" aria-labelledby=\"getting-started\"><h2 id=\"getting-started\">Getting started</h2>\n<ol>\n"
        guard let example = exampleLesson.map(HTML.escape) else {
            return html + "<li>Read the lessons below, in order; each builds on the one before.</li>\n</ol></section>\n"
        }
        html += "<li>Read a lesson below; its exercises are files under <code>Exercises/</code> in the course's folder.</li>\n"
        html += "<li>Edit an exercise's file, then grade it from the course's folder: <code>./course grade \(example)</code> grades that lesson's exercises (the first run sets up and builds the tool).</li>\n"
        html += "<li><code>./course watch</code> re-grades each file you save; <code>./course progress</code> shows what is done.</li>\n"
        return html + "</ol></section>\n"
    }

    /// Courses longer than this list only the lessons around the current one in the sidebar
    /// (and link to the course map): every page carries its sidebar, so a full list would make
    /// a 1,000-lesson site grow with the square of its size.
    static let fullSidebarLimit = 60
    static let sidebarNeighbours = 10

    /// The lessons of the course, the current one marked. A `<details>` open by default, so
    /// it works without JavaScript; the site script folds it on narrow screens.
    private func courseNavigation(_ lessons: [Lesson], current: Lesson, frontMatters: [String: RenderedFrontMatter]) -> String {
        var html = "<details class=\"course-nav\" open><summary>Lessons</summary>\n<nav aria-label=\"Lessons\"><ol>\n"
        var shown = lessons[...]
        if lessons.count > Self.fullSidebarLimit, let index = lessons.firstIndex(where: { $0.folderName == current.folderName }) {
            shown = lessons[max(0, index - Self.sidebarNeighbours)..<min(lessons.count, index + Self.sidebarNeighbours + 1)]
        }
        for lesson in shown {
            let isCurrent = lesson.folderName == current.folderName
            html += "<li><a href=\"\(HTML.href(pageFileName(for: lesson)))\"\(isCurrent ? " aria-current=\"page\"" : "")>"
            html += "<span class=\"nav-number\">\(lesson.number)</span> <span class=\"nav-title\">\(Self.linkSafe(frontMatters[lesson.folderName]?.title ?? Self.plain(lesson.frontMatter).title))</span></a></li>\n"
        }
        html += "</ol>"
        if shown.count < lessons.count {
            html += "<p class=\"nav-all\"><a href=\"index.html\">All \(lessons.count) lessons</a></p>"
        }
        return html + "</nav>\n</details>\n"
    }

    private func head(title: String, description: String, metadata: CourseMetadata, bodyClass: String) -> String {
        """
        <!doctype html>
        <html lang="\(HTML.escape(metadata.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(HTML.escape(title))</title>
        <meta name="description" content="\(HTML.escape(description))">
        <link rel="stylesheet" href="\(Self.stylesheetPath)">
        <link rel="stylesheet" href="\(Self.explorersStylesheetPath)">
        <script>try{var t=localStorage.getItem("course-theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}</script>
        </head>
        <body class="\(bodyClass)">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header"><a class="site-title" href="index.html">\(HTML.escape(metadata.title))</a>
        <form class="site-search" role="search" hidden><label for="search-input" class="visually-hidden">Search the course</label><input type="search" id="search-input" placeholder="Search" autocomplete="off"><ol id="search-results" class="search-results"></ol></form><button type="button" class="theme-toggle" hidden aria-label="Colour theme: automatic">Auto</button></header>

        """
    }

    private func foot(metadata: CourseMetadata) -> String {
        var footer = "<footer class=\"site-footer\"><p>\(HTML.escape(metadata.title))"
        if let author = metadata.author { footer += " · \(HTML.escape(author))" }
        footer += " · built with <code>course</code></p></footer>\n"
        footer += "<script src=\"\(SearchIndex.path)\"></script><script src=\"\(Self.searchScriptPath)\"></script><script src=\"\(Self.siteScriptPath)\"></script>"
        footer += "<script src=\"\(Self.explorersScriptPath)\"></script>\n"
        return footer + "</body>\n</html>\n"
    }

    private func tableOfContents(_ headings: [LessonOutline.Heading]) -> String {
        guard !headings.isEmpty else { return "" }
        var html = "<nav class=\"toc\" aria-label=\"On this page\"><h2>On this page</h2>\n<ol>\n"
        var openSublist = false
        for (index, heading) in headings.enumerated() {
            let link = "<a href=\"#\(HTML.href(heading.id))\">\(heading.html ?? HTML.escape(heading.text))</a>"
            if heading.level >= 3 && index > 0 {
                if !openSublist { html += "\n<ol>\n"; openSublist = true }
                html += "<li>\(link)</li>\n"
                continue
            }
            if openSublist { html += "</ol>"; openSublist = false }
            if index > 0 { html += "</li>\n" }
            html += "<li>\(link)"
        }
        if openSublist { html += "</ol>" }
        return html + "</li>\n</ol>\n</nav>\n"
    }

    private func pager(previous: Lesson?, next: Lesson?, frontMatters: [String: RenderedFrontMatter]) -> String {
        func title(_ lesson: Lesson) -> String { Self.linkSafe(frontMatters[lesson.folderName]?.title ?? Self.plain(lesson.frontMatter).title) }
        guard previous != nil || next != nil else { return "" }
        var html = "<nav class=\"pager\" aria-label=\"Previous and next lesson\">"
        if let previous {
            html += "<a class=\"pager-prev\" rel=\"prev\" href=\"\(HTML.href(pageFileName(for: previous)))\"><span class=\"pager-label\">Previous</span><span class=\"pager-title\">\(title(previous))</span></a>"
        }
        if let next {
            html += "<a class=\"pager-next\" rel=\"next\" href=\"\(HTML.href(pageFileName(for: next)))\"><span class=\"pager-label\">Next</span><span class=\"pager-title\">\(title(next))</span></a>"
        }
        return html + "</nav>\n"
    }

    /// Front matter shown as it is written, for a lesson whose rendering is unknown.
    static func plain(_ frontMatter: LessonFrontMatter) -> RenderedFrontMatter {
        func text(_ value: String) -> RenderedText { RenderedText(html: HTML.escape(value), text: value) }
        return RenderedFrontMatter(title: text(frontMatter.title), summary: text(frontMatter.summary),
                                   objectives: frontMatter.objectives.map(text))
    }

    /// A title's HTML for use inside a link: a title that holds a link of its own falls back
    /// to its plain text, since links may not nest.
    static func linkSafe(_ title: RenderedText) -> String {
        title.html.contains("<a ") ? HTML.escape(title.text) : title.html
    }
}
