import ArgumentParser
import CourseModel
import Foundation
import SiteRenderer

/// `course render FILE.md`: print one file's HTML fragment, as the site would show it.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML of one Markdown file to stdout, rendered as in the site."
    )

    @Argument(help: ArgumentHelp("The Markdown file to render.", valueName: "file.md"))
    var file: String

    @OptionGroup var isolation: IsolationOption

    func run() throws {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        let liveCode = try GradingEnvironment.liveCode(isolation: isolation.isolation, lessons: folder)
        do throws(CourseError) {
            Console.out(try FragmentRenderer.render(fileAt: file, liveCode: liveCode))
        } catch {
            Console.report(error)
            throw Console.isMissingInput(error) ? ExitStatus.noInput : ExitStatus.courseError
        }
    }
}
