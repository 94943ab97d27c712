import ArgumentParser

/// The `course` command: its subcommands do the work.
public struct CourseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "Build, check and grade a Markdown course with executable Swift exercises.",
        discussion: """
        Exit status: 0 success; 64 bad command line; 65 problems in the course's files \
        (printed as path:line:col: error: …); 66 the lessons folder is missing; \
        73 the site could not be written.
        """,
        subcommands: [BuildCommand.self, CheckCommand.self, RenderCommand.self, NewCommand.self]
    )

    public init() {}
}
