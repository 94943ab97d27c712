import ArgumentParser
import CourseModel
import SiteRenderer

/// `course build`: validate the lessons and write the static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static site from the lessons.",
        discussion: "The site is written to a temporary folder and swapped in, so a failed build leaves the previous site as it was."
    )

    @OptionGroup var options: LessonsOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("The folder to write the site to (default: site, beside the lessons folder).", valueName: "dir"))
    var outFolder: String?

    /// The site folder: the one given, or `site` beside the lessons folder found.
    var out: String { outFolder ?? options.defaultSitePath }

    @OptionGroup var isolation: IsolationOption

    func run() throws {
        let liveCode = try GradingEnvironment.liveCode(isolation: isolation.isolation, lessons: options.lessons)
        let site: Site
        do throws(CourseError) {
            let course = try CourseLoader.load(lessonsPath: options.lessons)
            site = try SiteBuilder(liveCode: liveCode).build(course)
            // A draft may be previewed; `course check` is the gate that refuses placeholders.
            for placeholder in course.lessons.flatMap({ LessonScaffold.placeholdersLeft(in: $0.source) + BareURLs.find(in: $0) }) {
                Console.error(placeholder.warningDescription)
            }
        } catch {
            Console.report(error)
            throw Console.isMissingInput(error) ? ExitStatus.noInput : ExitStatus.courseError
        }
        do throws(SiteWriteError) {
            try SiteWriter.write(site, to: out)
        } catch {
            Console.error(error.description)
            throw ExitStatus.cannotCreate
        }
        let pages = site.files.keys.filter { $0.hasSuffix(".html") }.count
        Console.out("Built \(pages) pages into \(out)/ — open \(out)/index.html in a browser.")
    }
}
