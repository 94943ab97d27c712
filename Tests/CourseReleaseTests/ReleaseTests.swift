import CourseModel
import CourseTestSupport
import Foundation
import Testing

extension RealCourseTests {
    /// `course release` on the course this repository ships, end to end through the binary:
    /// nothing of an answer in any file of the edition, which loads, checks and grades as a
    /// learner edition. Skipped in a learner edition, which has no answers to leave out.
    @Suite struct ReleaseTests {
        /// One release of the real course for the whole suite (it checks the course first).
        static let release: Result<String, SetupFailure> = {
            do {
                let edition = try SuiteFolder.make() + "/edition"
                let run = try RealCourse.run(["release", "--out", edition])
                guard run.status == 0 else { return .failure(SetupFailure(text: "release: \(run.status)\n\(run.stdout)\(run.stderr)")) }
                return .success(edition)
            } catch {
                return .failure(SetupFailure(text: "\(error)"))
            }
        }()

        static func edition() throws -> String {
            try release.get()
        }

        @Test func noFileOfTheEditionHoldsALineOfASolutionOrAHiddenCheck() throws {
            let edition = try Self.edition()
            let answers = try AnswerLines(lessons: RealCourse.lessons)
            #expect(answers.lines.count > 100, "the search must know what to look for")
            let files = snapshotFiles(atPath: edition)
            #expect(files.count > 300)
            var leaks: [String] = []
            for (path, data) in files {
                for line in answers.found(in: [UInt8](data), path: path) {
                    leaks.append("\(path): “\(line)” from \(answers.lines[line]!.joined(separator: ", "))")
                }
            }
            #expect(leaks.isEmpty, "\(leaks.prefix(10).joined(separator: "\n"))")
            let names = files.keys.filter { $0.hasPrefix("Lessons/") }.map { ($0 as NSString).lastPathComponent }
            #expect(!names.contains("solution.swift") && !names.contains("hidden.swift"))
        }

        @Test func editionIsACompleteRepositoryForLearners() throws {
            let edition = try Self.edition()
            let files = snapshotFiles(atPath: edition)
            for path in ["Package.swift", ".gitignore", ".ci/run", "scripts/build-site", "scripts/test", "scripts/setup",
                         "README.md", "site/index.html", "Sources/CourseCheck/Check.swift", "Lessons/course.yml"] {
                #expect(files[path] != nil, "\(path) is missing")
            }
            for path in files.keys {
                #expect(!path.hasPrefix("Benchmarks/") && path != "AUTHORING.md" && path != "Package.resolved"
                        && path != "scripts/check-release", "\(path) should be left out")
            }
            for script in ["scripts/build-site", "scripts/test", "scripts/setup", ".ci/run"] {
                #expect(FileManager.default.isExecutableFile(atPath: edition + "/" + script), "\(script) lost its executable bit")
            }
            // The committed site is what `course build` writes from the edition's own lessons.
            #expect(files.keys.filter { $0.hasPrefix("site/") }.count == snapshotFiles(atPath: CourseBinary.packageRoot + "/site").count)
            let readme = String(decoding: try #require(files["README.md"]), as: UTF8.self)
            #expect(readme.contains("scripts/build-site") && readme.contains("scripts/test") && readme.contains("course grade"))
            #expect(!readme.contains("{{"))
        }

        @Test func editionLoadsAsALearnerEditionThatSaysWhatItWithholds() throws {
            let edition = try Self.edition()
            let authors = try CourseLoader.load(lessonsPath: RealCourse.lessons)
            let learners = try CourseLoader.load(lessonsPath: edition + "/Lessons")
            #expect(learners.metadata.isLearnerEdition)
            #expect(learners.metadata.title == authors.metadata.title)
            #expect(learners.exercises.map(\.id) == authors.exercises.map(\.id))
            for (theirs, ours) in zip(learners.exercises, authors.exercises) {
                #expect(!theirs.frontMatter.showsSolution)
                let hasHidden = FileManager.default.fileExists(atPath: ours.hiddenChecksPath)
                #expect((theirs.frontMatter.withheldHiddenChecks != nil) == hasHidden, "\(theirs.id)")
                #expect(FileManager.default.contents(atPath: edition + "/Exercises/\(theirs.lessonSlug)/\(theirs.name).swift")
                        == FileManager.default.contents(atPath: ours.starterPath), "\(theirs.id): the learner's file is the starter")
            }
        }

        @Test func courseCheckPassesInTheEdition() throws {
            let edition = try Self.edition()
            let run = try CourseBinary.run(["check"], in: edition,
                                           environment: ["COURSE_CACHE_DIR": RealCourse.cache, "COURSE_PACKAGE_ROOT": edition])
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("of a learner edition: every starter compiles and earns 0 points"), "\(run.stdout)")
        }

        @Test func gradingInTheEditionSaysTheInstructorRunsTheHiddenChecks() throws {
            let edition = try Self.edition()
            // A copy of the lessons with its own workspace, so the edition stays as released.
            let copy = try TemporaryFolder()
            try FileManager.default.copyItem(atPath: edition + "/Lessons", toPath: copy.url("Lessons"))
            let statement = try String(contentsOfFile: copy.url("Lessons/05-rotary-idea/exercises/rotate-pair/exercise.md"), encoding: .utf8)
            #expect(statement.contains("hidden_checks: 1\nhidden_points: 1\n"))
            try copy.write("Exercises/rotary-idea/rotate-pair.swift",
                           "func rotatePair(_ v: [Double], position: Int, theta: Double) -> [Double] { [v[1], v[0]] }\n")
            let run = try CourseBinary.run(["grade", "rotary-idea/rotate-pair"], in: copy.path,
                                           environment: ["COURSE_CACHE_DIR": RealCourse.cache, "COURSE_PACKAGE_ROOT": edition])
            #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("1 hidden check (1 point) will be run by your instructor."), "\(run.stdout)")
            // A pass says it too: passing the public checks is not the whole grade.
            try copy.write("Exercises/rotary-idea/rotate-pair.swift", String(contentsOfFile: CourseBinary.packageRoot
                + "/Lessons/05-rotary-idea/exercises/rotate-pair/solution.swift", encoding: .utf8))
            let pass = try CourseBinary.run(["grade", "rotary-idea/rotate-pair"], in: copy.path,
                                            environment: ["COURSE_CACHE_DIR": RealCourse.cache, "COURSE_PACKAGE_ROOT": edition])
            #expect(pass.status == 0, "\(pass.stdout)\(pass.stderr)")
            #expect(pass.stdout.contains("1 hidden check (1 point) will be run by your instructor."), "\(pass.stdout)")
        }

        @Test func releaseRefusesAFolderThatHoldsFilesAndTouchesNothing() throws {
            let folder = try TemporaryFolder(files: ["taken/notes.txt": "mine"])
            let run = try CourseBinary.run(["release", "--out", folder.url("taken")], in: CourseBinary.packageRoot)
            #expect(run.status == 73)
            #expect(run.stderr == "\(folder.url("taken")): error: the folder exists and is not empty; choose a new --out or empty it yourself\n")
            #expect(folder.snapshot("") == ["taken/notes.txt": Data("mine".utf8)])
        }

        @Test func releaseRefusesALearnerEdition() throws {
            let edition = try Self.edition()
            let folder = try TemporaryFolder()
            let run = try CourseBinary.run(["release", "--lessons", edition + "/Lessons", "--out", folder.url("again")], in: edition)
            #expect(run.status == 65)
            #expect(run.stderr.contains("error: this course is a learner edition (edition: learner) and has no solutions or hidden checks"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.url("again")))
        }
    }
}
