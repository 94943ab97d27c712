import ContentHash
import CourseModel
import Foundation
import Markdown
import ParallelMap

/// Builds a course's whole site in memory: pages, stylesheet, scripts, search index, images.
///
/// Building is pure (it reads image files, writes nothing), so `course check` can run it to
/// validate and `course build` can hand the result to ``SiteWriter``. Given the previous
/// build's ``BuildCache``, it renders only the lessons whose inputs changed and leaves out of
/// the site the files whose written copy is still right (``Site/reused``).
public struct SiteBuilder: Sendable {
    private let theme: any Theme = DefaultTheme()
    /// How runnable code blocks are compiled and cached; nil shows their code without running
    /// it (a preview for tests of the renderer alone).
    private let liveCode: LiveCodeSettings?

    /// Creates a builder with the default theme.
    public init(liveCode: LiveCodeSettings? = nil) {
        self.liveCode = liveCode
    }

    /// What a build produced.
    public struct Build: Sendable {
        /// The site; files in ``Site/reused`` are not in ``Site/files``.
        public var site: Site
        /// What the next build may reuse of this one.
        public var cache: BuildCache
        /// Problems that do not stop the build, in lesson order.
        public var warnings: [Diagnostic]
        /// The lessons rendered (not taken from the cache), by folder name.
        public var renderedLessons: [String]
    }

    /// Builds the site with every file in memory, or throws every problem found in every lesson.
    public func build(_ course: Course) throws(CourseError) -> Site {
        try build(course, reusing: nil, isIntact: { _, _ in false }).site
    }

    /// Builds the site, taking from `previous` what is unchanged. `isIntact(path, key)` says
    /// whether the file at `path` of the site being replaced still holds the content with
    /// that key; such files are listed in ``Site/reused`` instead of being produced.
    public func build(_ course: Course, reusing previous: BuildCache?,
                      isIntact: (String, Fingerprint) -> Bool) throws(CourseError) -> Build {
        let liveCodeRunner = liveCode.map(LiveCodeRunner.init)
        let environment = Self.environmentKey(of: course, liveCode: liveCodeRunner)
        let previous = previous?.environment == environment ? previous : nil
        let context = CourseRenderContext(course: course, liveCode: liveCodeRunner, environment: environment, previous: previous)
        let lessons = context.renderOrReuseAll()

        var diagnostics: [Diagnostic] = []
        for lesson in lessons { diagnostics += lesson.diagnostics }
        guard diagnostics.isEmpty else { throw CourseError(diagnostics) }
        // With no problems, every lesson has a record.
        var records = lessons.compactMap(\.record)

        // Every file's key first; then only the files whose written copy is stale are made,
        // and only their bodies are read back from the cache.
        let navigation = Self.navigationKey(of: course, frontMatters: records.map(\.body.frontMatter), environment: environment)
        let pagePaths = course.lessons.map(pageFileName(for:))
        let pageKeys = records.map { record in
            var key = Fingerprinter()
            key.append("page")
            key.append(record.outputKey)
            key.append(navigation)
            return key.finalize()
        }
        var searchKeyBuilder = Fingerprinter()
        searchKeyBuilder.append("search")
        searchKeyBuilder.append(environment)
        for record in records { searchKeyBuilder.append(record.outputKey) }
        let searchKey = searchKeyBuilder.finalize()
        let stalePages = Set(course.lessons.indices.filter { !isIntact(pagePaths[$0], pageKeys[$0]) })
        let staleSearch = !isIntact(SearchIndex.path, searchKey)
        var htmlByLesson: [Int: ArraySlice<UInt8>] = [:]
        var searchEntries: [ArraySlice<UInt8>] = []
        try Self.loadBodies(of: &records, lessons: course.lessons, context: context, html: stalePages, searchEntries: staleSearch,
                            into: &htmlByLesson, &searchEntries)

        var site = Site(files: [:])
        var fileKeys: [String: Fingerprint] = [:]
        /// Adds the file at `path` with `key`, made by `produce` only if the written copy is stale.
        func add(_ path: String, key: Fingerprint, _ produce: () -> [UInt8]) {
            fileKeys[path] = key
            if isIntact(path, key) {
                site.reused.insert(path)
            } else {
                site.files[path] = produce()
            }
        }

        let frontMatters = Dictionary(uniqueKeysWithValues: zip(course.lessons.map(\.folderName), records.map(\.body.frontMatter)))
        var fileDigests = context.fileDigests
        for (index, lesson) in course.lessons.enumerated() {
            let record = records[index]
            add(pagePaths[index], key: pageKeys[index]) {
                let page = LessonPageContext(
                    metadata: course.metadata, lessons: course.lessons, frontMatters: frontMatters, lesson: lesson,
                    bodyHTML: htmlByLesson[index].map { String(decoding: $0, as: UTF8.self) } ?? "", tableOfContents: record.body.tableOfContents,
                    previous: index > 0 ? course.lessons[index - 1] : nil,
                    next: index + 1 < course.lessons.count ? course.lessons[index + 1] : nil
                )
                return Array(theme.lessonPage(page).utf8)
            }
            for image in record.body.images where fileKeys[image.sitePath] == nil {
                let fresh = lessons[index].imageFiles[image.sitePath]
                let key = fileDigests[image.sourcePath] ?? fresh.map { Fingerprint.of($0) } ?? FileDigest.of(image.sourcePath)
                fileDigests[image.sourcePath] = key
                add(image.sitePath, key: key) { fresh ?? FileBytes.read(image.sourcePath) ?? [] }
            }
        }

        var indexKey = Fingerprinter()
        indexKey.append("index")
        indexKey.append(navigation)
        add("index.html", key: indexKey.finalize()) {
            Array(theme.indexPage(IndexPageContext(metadata: course.metadata, lessons: course.lessons, frontMatters: frontMatters)).utf8)
        }
        for (path, text) in theme.assets(lessonsPath: course.lessonsPath) {
            let bytes = Array(text.utf8)
            add(path, key: Fingerprint.of(bytes)) { bytes }
        }
        add(SearchIndex.path, key: searchKey) { SearchIndex.scriptBytes(joining: searchEntries) }
        let marker = Array(SiteWriter.markerText.utf8)
        add(SiteWriter.markerFileName, key: Fingerprint.of(marker)) { marker }

        let cache = BuildCache(environment: environment,
                               lessons: Dictionary(uniqueKeysWithValues: zip(course.lessons.map(\.folderName), records)),
                               fileKeys: fileKeys, writtenSite: nil)
        return Build(site: site, cache: cache, warnings: records.flatMap(\.body.warnings),
                     renderedLessons: zip(course.lessons, lessons).compactMap { $0.1.wasRendered ? $0.0.folderName : nil })
    }

    /// Reads back from the cache the bodies of the pages to assemble (`html`) and, when the
    /// search index is stale, every lesson's search entries. A body the cache no longer holds
    /// intact is rendered again.
    private static func loadBodies(of records: inout [LessonRecord], lessons: [Lesson], context: CourseRenderContext,
                                   html: Set<Int>, searchEntries needsSearch: Bool,
                                   into htmlByLesson: inout [Int: ArraySlice<UInt8>], _ searchEntries: inout [ArraySlice<UInt8>]) throws(CourseError) {
        let wanted = needsSearch ? Array(records.indices) : html.sorted()
        let current = records
        let loaded = wanted.parallelMap { index -> (html: ArraySlice<UInt8>?, search: ArraySlice<UInt8>?, rendered: LessonRecord?) in
            let record = current[index]
            let body = html.contains(index) ? record.body.html.load() : nil
            let search = needsSearch ? record.body.searchEntries.load() : nil
            if (html.contains(index) && body == nil) || (needsSearch && search == nil) {
                // Rendering again gives the same output key: nothing else changes.
                let fresh = context.renderRecord(of: lessons[index]).record
                return (fresh.flatMap { $0.body.html.load() }, fresh.flatMap { $0.body.searchEntries.load() }, fresh)
            }
            return (body, search, nil)
        }
        var problems: [Diagnostic] = []
        for (index, result) in zip(wanted, loaded) {
            if let rendered = result.rendered { records[index] = rendered }
            if (html.contains(index) && result.html == nil) || (needsSearch && result.search == nil) {
                problems.append(Diagnostic(file: lessons[index].source.path, message: "the lesson changed while the site was being built; build again"))
                continue
            }
            if let body = result.html { htmlByLesson[index] = body }
            if let search = result.search { searchEntries.append(search) }
        }
        guard problems.isEmpty else { throw CourseError(problems) }
    }

    /// The HTML fragment of one lesson's body, exactly as it appears inside its page.
    public func renderBody(of lesson: Lesson, in course: Course) throws(CourseError) -> String {
        let context = CourseRenderContext(course: course, liveCode: liveCode.map(LiveCodeRunner.init))
        let output = context.render(lesson)
        guard output.diagnostics.isEmpty else { throw CourseError(output.diagnostics) }
        return output.html
    }

    /// What every output depends on besides the lessons: this `course` binary, the course's
    /// `course.yml`, and the environment lesson programs run in.
    static func environmentKey(of course: Course, liveCode: LiveCodeRunner?) -> Fingerprint {
        var key = Fingerprinter()
        key.append(String(decoding: BuildCache.magic, as: UTF8.self))
        key.append(ToolIdentity.current)
        key.append(FileDigest.of(course.lessonsPath + "/" + CourseMetadata.fileName))
        key.append(course.metadata.allowsRawHTML)
        key.append(course.lessonsPath)
        key.append(liveCode?.environmentDigest ?? "code not run")
        return key.finalize()
    }

    /// Everything a page shows of the other lessons: the sidebar, the pager and the course
    /// map. A change here (a title, a lesson added) re-assembles every page from the cache.
    static func navigationKey(of course: Course, frontMatters: [RenderedFrontMatter], environment: Fingerprint) -> Fingerprint {
        var key = Fingerprinter()
        key.append(environment)
        for (lesson, frontMatter) in zip(course.lessons, frontMatters) {
            key.append(lesson.folderName)
            key.append(lesson.number)
            key.append(lesson.slug)
            key.append(!lesson.exercises.isEmpty)
            for text in [frontMatter.title, frontMatter.summary] + frontMatter.objectives {
                key.append(text.html)
                key.append(text.text)
            }
            key.append(frontMatter.objectives.count)
            // The plain front matter, which pages fall back on.
            key.append(lesson.frontMatter.title)
        }
        return key.finalize()
    }
}

/// What rendering any one lesson needs to know about all the others: their pages and the
/// ids of their headings, for checking and rewriting links.
struct CourseRenderContext: Sendable {
    let course: Course
    let outlines: [String: LessonOutline]
    let links: LinkResolver
    let liveCode: LiveCodeRunner?
    let environment: Fingerprint
    /// Each lesson's input key, by folder name.
    let inputKeys: [String: Fingerprint]
    /// The previous build's records whose input key is this build's, by folder name.
    let reusable: [String: LessonRecord]
    /// The fingerprint of the files the reusable records read, read again now.
    let fileDigests: [String: Fingerprint]
    /// The lesson pages, by normalised folder path, for the fingerprints of links into them.
    let pages: [String: LinkResolver.Page]
    let inlineMath = InlineMathMemo()

    /// A context that renders every lesson afresh.
    init(course: Course, liveCode: LiveCodeRunner?) {
        self.init(course: course, liveCode: liveCode, environment: SiteBuilder.environmentKey(of: course, liveCode: liveCode), previous: nil)
    }

    init(course: Course, liveCode: LiveCodeRunner?, environment: Fingerprint, previous: BuildCache?) {
        self.liveCode = liveCode
        self.course = course
        self.environment = environment
        var outlines: [String: LessonOutline] = [:]
        var pages: [String: LinkResolver.Page] = [:]
        var inputKeys: [String: Fingerprint] = [:]
        var reusable: [String: LessonRecord] = [:]
        for lesson in course.lessons {
            let inputKey = Self.inputKey(of: lesson, environment: environment)
            inputKeys[lesson.folderName] = inputKey
            let exerciseNames = lesson.exercises.map(\.name)
            let outline: LessonOutline
            if let record = previous?.lessons[lesson.folderName], record.inputKey == inputKey {
                reusable[lesson.folderName] = record
                outline = LessonOutline(headings: record.headings, exerciseNames: exerciseNames)
            } else {
                outline = LessonOutline(document: lesson.document, exerciseNames: exerciseNames)
            }
            outlines[lesson.folderName] = outline
            pages[LinkResolver.normalize(lesson.folderPath)] = LinkResolver.Page(fileName: pageFileName(for: lesson), ids: outline.ids)
        }
        var fileDigests: [String: Fingerprint] = [:]
        for record in reusable.values {
            for file in record.files where fileDigests[file.name] == nil { fileDigests[file.name] = FileDigest.of(file.name) }
        }
        self.outlines = outlines
        self.links = LinkResolver(pagesByFolder: pages)
        self.inputKeys = inputKeys
        self.reusable = reusable
        self.fileDigests = fileDigests
        self.pages = pages
    }

    /// One lesson's result: a record (rendered now or reused) or the problems found.
    struct LessonResult: Sendable {
        var record: LessonRecord?
        var diagnostics: [Diagnostic] = []
        var wasRendered: Bool
        /// Images read by this build's render, by site path.
        var imageFiles: [String: [UInt8]] = [:]
    }

    /// Renders every lesson whose record cannot be reused, spreading them over the cores;
    /// results keep lesson order.
    func renderOrReuseAll() -> [LessonResult] {
        course.lessons.parallelMap { lesson in
            if let record = reusable[lesson.folderName], isCurrent(record) {
                return LessonResult(record: record, wasRendered: false)
            }
            return renderRecord(of: lesson)
        }
    }

    /// Whether everything `record` read still has the fingerprint it had.
    private func isCurrent(_ record: LessonRecord) -> Bool {
        record.files.allSatisfy { fileDigests[$0.name] == $0.fingerprint }
            && record.pages.allSatisfy { LinkResolver.Dependency.fingerprint(of: $0.name, in: pages) == $0.fingerprint }
    }

    func renderRecord(of lesson: Lesson) -> LessonResult {
        let document = lesson.document
        let output = render(lesson, document: document)
        guard output.diagnostics.isEmpty else { return LessonResult(diagnostics: output.diagnostics, wasRendered: true) }
        var files = output.readFiles
        for exercise in lesson.exercises { files[exercise.statementPath] = FileDigest.of(exercise.statementPath) }
        for (path, digest) in output.images.sourceDigests { files[path] = digest }
        let fileDependencies = files.keys.sorted().map { LessonRecord.Dependency(name: $0, fingerprint: files[$0]!) }
        let pageDependencies = output.linkedPages.sorted().map { link in
            LessonRecord.Dependency(name: link, fingerprint: LinkResolver.Dependency.fingerprint(of: link, in: pages))
        }
        let inputKey = inputKeys[lesson.folderName] ?? Self.inputKey(of: lesson, environment: environment)
        var outputKey = Fingerprinter()
        outputKey.append(inputKey)
        for dependency in fileDependencies + pageDependencies {
            outputKey.append(dependency.name)
            outputKey.append(dependency.fingerprint)
        }
        let images = output.images.sitePathBySource.map { RenderedBody.Image(sitePath: $0.value, sourcePath: $0.key) }
            .sorted { $0.sitePath < $1.sitePath }
        let warnings = LessonScaffold.placeholdersLeft(in: lesson.source)
            + BareURLs.find(in: document, file: lesson.source.path, source: lesson.source.text)
        let record = LessonRecord(
            sourceDigest: lesson.sourceDigest, inputKey: inputKey, frontMatter: lesson.frontMatter,
            headings: outlines[lesson.folderName]?.headings ?? [], files: fileDependencies, pages: pageDependencies,
            outputKey: outputKey.finalize(),
            body: RenderedBody(html: BodyBytes(output.html), tableOfContents: output.tableOfContents, searchEntries: .memory(output.searchEntries[...]),
                               frontMatter: output.frontMatter, images: images, warnings: warnings))
        return LessonResult(record: record, wasRendered: true, imageFiles: output.images.files)
    }

    func render(_ lesson: Lesson, document: MarkdownDocument? = nil) -> LessonBodyRenderer.Output {
        let document = document ?? lesson.document
        let outline = outlines[lesson.folderName] ?? LessonOutline(document: document, exerciseNames: lesson.exercises.map(\.name))
        let fileName = pageFileName(for: lesson)
        var blockOutputs: [Int: String] = [:]
        var liveCodeProblems: [Diagnostic] = []
        if let liveCode {
            let blocks = RunnableBlock.all(in: document)
            switch liveCode.outputs(of: blocks, file: lesson.source.path) {
            case .success(let outputs):
                for (block, output) in zip(blocks, outputs) { blockOutputs[block.fenceLine] = output }
            case .failure(let error):
                liveCodeProblems = error.diagnostics
            }
        }
        var renderer = LessonBodyRenderer(
            file: lesson.source.path, folderPath: lesson.folderPath, courseFolder: course.lessonsPath, outline: outline,
            currentPage: LinkResolver.Page(fileName: fileName, ids: outline.ids), links: links,
            allowsRawHTML: course.metadata.allowsRawHTML, lessonTitle: lesson.frontMatter.title,
            pageFileName: fileName, exercises: lesson.exercises
        )
        renderer.blockOutputs = liveCode == nil ? nil : blockOutputs
        renderer.inlineMath = inlineMath
        var output = renderer.render(document, frontMatter: lesson.frontMatter, source: lesson.source.text)
        output.diagnostics += liveCodeProblems
        return output
    }

    /// A lesson's input key: the environment, where the lesson is, its text and its exercises.
    static func inputKey(of lesson: Lesson, environment: Fingerprint) -> Fingerprint {
        var key = Fingerprinter()
        key.append(environment)
        key.append(lesson.folderName)
        key.append(lesson.folderPath)
        key.append(lesson.source.path)
        key.append(lesson.sourceDigest)
        key.append(lesson.exercises.count)
        for exercise in lesson.exercises {
            key.append(exercise.name)
            key.append(exercise.folderPath)
            key.append(exercise.workspacePath)
            key.append(exercise.statementPath)
        }
        return key.finalize()
    }
}
