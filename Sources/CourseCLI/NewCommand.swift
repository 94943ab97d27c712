import ArgumentParser
import CourseModel

/// `course new SLUG --title "…"`: scaffold the next lesson folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create the next numbered lesson folder with a lesson.md to fill in."
    )

    @OptionGroup var options: LessonsOptions

    @Argument(help: ArgumentHelp("Lowercase words joined by dashes, e.g. 'rotary-idea'.", valueName: "slug"))
    var slug: String

    @Option(name: .long, help: "The lesson's title.")
    var title: String

    @Option(name: .long, help: "One sentence on what the lesson covers.")
    var summary: String?

    func run() throws {
        do throws(CourseError) {
            let path = try LessonScaffold.create(slug: slug, title: title, summary: summary, in: options.lessons)
            Console.out("Created \(path); edit it, then run 'course check'.")
        } catch {
            Console.report(error)
            throw Console.isMissingInput(error) ? ExitStatus.noInput : ExitStatus.cannotCreate
        }
    }
}
