import ArgumentParser

/// The `course` command: its subcommands do the work.
public struct CourseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "Build, check and grade a Markdown course with executable Swift exercises.",
        discussion: """
        Exit status: 0 success; 1 'grade' found exercises that do not pass; 64 bad command line; \
        65 problems in the course's files (printed as path:line:col: error: …); \
        66 the lessons folder is missing; 70 the grader could not run; 73 a file could not be written.
        """,
        subcommands: [GradeCommand.self, WatchCommand.self, HintCommand.self, ResetCommand.self, ProgressCommand.self,
                      BuildCommand.self, ServeCommand.self, CheckCommand.self, RenderCommand.self, NewCommand.self,
                      ReleaseCommand.self, AutograderCommand.self,
                      GradebookCommand.self]
    )

    public init() {}
}
