import ArgumentParser

/// The `--lessons` option every command that reads a course shares.
struct LessonsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder holding course.yml and the NN-slug lesson folders.", valueName: "dir"))
    var lessons: String = "Lessons"
}
