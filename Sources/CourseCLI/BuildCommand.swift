import ArgumentParser
import CourseModel
import SiteRenderer

/// `course build`: validate the lessons and write the static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static site from the lessons.",
        discussion: """
            The site is written to a temporary folder and swapped in, so a failed build leaves the previous site as it was. \
            Lessons whose inputs did not change since the last build are taken from the build cache (in .build/course-cache, \
            or COURSE_CACHE_DIR) and their pages are not rewritten; the result is the same as a build without it.
            """
    )

    @OptionGroup var options: LessonsOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("The folder to write the site to (default: site, beside the lessons folder).", valueName: "dir"))
    var outFolder: String?

    @Flag(name: .customLong("no-cache"), help: "Render every lesson and write every file, and leave the build cache alone.")
    var noCache = false

    /// The site folder: the one given, or `site` beside the lessons folder found.
    var out: String { outFolder ?? options.defaultSitePath }

    @OptionGroup var isolation: IsolationOption

    func run() throws {
        let liveCode = try GradingEnvironment.liveCode(isolation: isolation.isolation, lessons: options.lessons)
        let cachePath = BuildCache.filePath(in: GradingEnvironment.cacheDirectory, lessonsPath: options.lessons, sitePath: out)
        let previous = noCache ? nil : BuildCache.load(from: cachePath)
        var build: SiteBuilder.Build
        do throws(CourseError) {
            let course = try CourseLoader.load(lessonsPath: options.lessons, knownFrontMatter: previous?.knownFrontMatter)
            build = try SiteBuilder(liveCode: liveCode).build(course, reusing: previous,
                                                              isIntact: previous?.intactFiles(inFolder: out) ?? { _, _ in false })
            // A draft may be previewed; `course check` is the gate that refuses placeholders.
            for warning in build.warnings { Console.error(warning.warningDescription) }
        } catch {
            Console.report(error)
            throw Console.isMissingInput(error) ? ExitStatus.noInput : ExitStatus.courseError
        }
        let pages = build.site.paths.filter { $0.hasSuffix(".html") }.count
        do throws(SiteWriteError) {
            build.cache.writtenSite = try SiteWriter.write(build.site, to: out)
        } catch {
            Console.error(error.description)
            throw ExitStatus.cannotCreate
        }
        // The pages are on disk: let their memory go before the cache is saved.
        build.site = Site(files: [:])
        if !noCache { build.cache.save(to: cachePath) }
        let lessons = build.cache.lessonCount
        Console.out("Built \(pages) pages into \(out)/, rendered \(build.renderedLessons.count) of \(lessons) lessons — open \(out)/index.html in a browser.")
    }
}
