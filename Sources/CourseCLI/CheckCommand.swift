import ArgumentParser
import CourseModel
import SiteRenderer

/// `course check`: the author's gate; validates everything a build would, writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the lessons (front matter, links, images, math) without writing anything."
    )

    @OptionGroup var options: LessonsOptions

    func run() throws {
        do throws(CourseError) {
            let course = try CourseLoader.load(lessonsPath: options.lessons)
            _ = try SiteBuilder().build(course)
            Console.out("\(course.lessons.count) lessons checked: no problems found.")
        } catch {
            Console.report(error)
            throw Console.isMissingInput(error) ? ExitStatus.noInput : ExitStatus.courseError
        }
    }
}
