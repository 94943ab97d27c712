import ArgumentParser
import CourseRelease
import SiteRenderer

/// `course release --out DIR`: write the learner edition of the course.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Write the learner edition: the course as a repository without solutions or hidden checks.",
        discussion: """
        Runs 'course check' first and writes nothing unless it passes. DIR must not exist or be \
        empty; the edition is written beside it and moved into place whole. It holds the tool, its \
        tests and scripts, the lessons without solution.swift and hidden.swift (each exercise says \
        how many hidden checks it withholds), the starters under Exercises/, the built site/ and a \
        README for learners. Exit status: 0 written; 65 the course has problems; 73 DIR exists and is \
        not empty, or cannot be written.
        """
    )

    @OptionGroup var options: LessonsOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the edition to; it must not exist or be empty.", valueName: "dir"))
    var out: String

    @OptionGroup var isolation: IsolationOption

    func run() throws {
        // Refuse a taken folder before minutes of checking, and again when writing.
        try AuthorsCourse.report { () throws(ReleaseError) in try EditionWriter.checkTarget(out) }
        let course = try AuthorsCourse.checked(options, isolation: isolation)
        let grader = GradingEnvironment.makeGrader(isolation: isolation.isolation)
        let liveCode = try GradingEnvironment.liveCode(isolation: isolation.isolation, lessons: options.lessons)
        let edition = try AuthorsCourse.report { () throws(ReleaseError) -> Edition in
            let withheld = try HiddenCheckCensus(grader: grader).count(course)
            let edition = try LearnerEditionBuilder(packageRoot: GradingEnvironment.packageRoot, course: course,
                                                    withheld: withheld, siteBuilder: SiteBuilder(liveCode: liveCode)).build()
            try EditionWriter.write(edition, to: out)
            return edition
        }
        let hiddenFiles = edition.leftOut.filter { $0.hasSuffix("/hidden.swift") }.count
        let solutions = edition.leftOut.filter { $0.hasSuffix("/solution.swift") }.count
        // Solutions and hidden checks are meant to stay behind; anything else left out may be a surprise.
        let others = edition.leftOut.filter { !$0.hasSuffix("/hidden.swift") && !$0.hasSuffix("/solution.swift") && $0 != "scripts/check-release" }
        for path in others {
            Console.error("warning: left out of the edition: \(path) (an edition keeps only exercise.md, starter.swift and checks.swift of an exercise folder, and no symbolic links)")
        }
        Console.out("Released the learner edition into \(out)/: \(edition.files.count) files, \(course.exercises.count) exercises; left out \(solutions) solution\(solutions == 1 ? "" : "s") and \(hiddenFiles) hidden-check file\(hiddenFiles == 1 ? "" : "s"). Commit it as the learners' repository; scripts/check-release proves a fresh clone builds and passes its tests.")
    }
}
