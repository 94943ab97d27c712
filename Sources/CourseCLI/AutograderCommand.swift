import ArgumentParser
import CourseRelease
import Grader
import Sandbox
import SwiftToolchain

/// `course autograder --out autograder.zip [TARGET…]`: package a Gradescope autograder.
struct AutograderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "autograder",
        abstract: "Package a Gradescope autograder: the course with its hidden checks, without solutions.",
        discussion: """
        Runs 'course check' first and writes nothing unless it passes. Upload the zip as the \
        assignment's autograder: setup.sh installs Swift and builds the grader once, run_autograder \
        grades each submission (an Exercises/ tree or the exercise files by name) and writes \
        results.json, hidden checks included with visibility 'hidden'. Exit status: 0 written; \
        64 bad command line; 65 the course has problems; 73 the zip cannot be written.
        """
    )

    @OptionGroup var options: LessonsOptions

    @Argument(help: ArgumentHelp("Lessons or exercises each submission is graded on (as for 'course grade'); all when omitted.", valueName: "target"))
    var targets: [String] = []

    @Option(name: .long, help: ArgumentHelp("The zip file to write; an existing one is replaced only if it is an autograder.", valueName: "file"))
    var out: String = "autograder.zip"

    @Option(name: .long, help: ArgumentHelp(
        "How Gradescope isolates submissions: 'required' (refuse to grade without bubblewrap), 'auto' (grade unisolated where it is unavailable) or 'off'.",
        valueName: "mode"))
    var submissionIsolation: IsolationMode = .required

    @Option(name: .long, help: ArgumentHelp("The Swift release setup.sh installs, like 6.0.3; the local compiler's by default.", valueName: "version"))
    var swiftVersion: String?

    @OptionGroup var isolation: IsolationOption

    func run() throws {
        try AuthorsCourse.report { () throws(ReleaseError) in try AutograderArchive.checkTarget(out) }
        let version = try swiftVersion ?? localSwiftRelease()
        // It goes into setup.sh and a download address: a release number and nothing else.
        guard !version.isEmpty, version.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
            Console.error("error: '--swift-version \(version)' is not a Swift release number; write one like 6.0.3")
            throw ExitStatus.usage
        }
        let course = try AuthorsCourse.checked(options, isolation: isolation) { course in
            _ = try GradingEnvironment.select(targets, in: course)
        }
        // The solutions' results are cached by the check: the assignment's total is free.
        let exercises = try GradingEnvironment.select(targets, in: course)
        let solutions = try GradeCommand.grade(exercises, source: .solution, usesResultCache: true, showProgress: false,
                                               isolation: isolation.isolation)
        let points = CheckCommand.formatPoints(solutions.reduce(0) { $0 + $1.maxPoints })
        let package = try AuthorsCourse.report { () throws(ReleaseError) -> Edition in
            let package = try AutograderBuilder(packageRoot: GradingEnvironment.packageRoot, course: course, targets: targets,
                                                isolation: submissionIsolation.rawValue, swiftVersion: version).build()
            try AutograderArchive.write(package, to: out)
            return package
        }
        let graded = targets.isEmpty ? "every exercise" : targets.joined(separator: ", ")
        Console.out("Wrote \(out): \(package.files.count) files; grades \(graded) with hidden checks, learner code isolation '\(submissionIsolation.rawValue)', Swift \(version). The assignment is worth \(points) points: upload the zip as its autograder.")
    }

    /// The local compiler's release number, which the course was just checked with.
    private func localSwiftRelease() throws -> String {
        let line: String
        do throws(ToolchainError) {
            line = try Toolchain.locate(cacheDirectory: GradingEnvironment.cacheDirectory + "/toolchain").version
        } catch {
            Console.error(error.description)
            throw ExitStatus.cannotRun
        }
        guard let release = AutograderBuilder.releaseNumber(inCompilerVersion: line) else {
            Console.error("error: the local compiler ('\(line)') is not a swift.org release; say which one Gradescope installs with --swift-version, like 6.0.3")
            throw ExitStatus.usage
        }
        return release
    }
}
