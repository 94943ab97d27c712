import CourseTestSupport
import Foundation
import Testing
import ZIPFoundation

extension RealCourseTests {
    /// `course autograder` against Gradescope's contract, end to end: the zip is unpacked into a
    /// folder laid out like Gradescope's `/autograder`, `setup.sh` runs with the prebuilt
    /// `course`, and `run_autograder` grades good, wrong, hostile, broken and missing
    /// submissions; each must leave a valid `results.json` without a line of a solution.
    @Suite struct AutograderContractTests {
        /// One autograder for lesson 5 (its exercises, a hidden check each), unpacked and set up.
        static let root: Result<String, SetupFailure> = {
            do {
                let folder = try SuiteFolder.make()
                let zip = folder + "/autograder.zip"
                let made = try RealCourse.run(["autograder", "--out", zip, "rotary-idea"])
                guard made.status == 0 else { return .failure(SetupFailure(text: "autograder: \(made.status)\n\(made.stdout)\(made.stderr)")) }
                let root = folder + "/autograder"
                try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
                try FileManager.default.unzipItem(at: URL(fileURLWithPath: zip), to: URL(fileURLWithPath: root + "/source"))
                let setup = try shell(root + "/source/setup.sh", root: root)
                guard setup.status == 0 else { return .failure(SetupFailure(text: "setup.sh: \(setup.status)\n\(setup.stdout)\(setup.stderr)")) }
                return .success(root)
            } catch {
                return .failure(SetupFailure(text: "\(error)"))
            }
        }()

        /// Runs a script of the package as Gradescope would, with the test's stand-ins.
        static func shell(_ script: String, root: String, course: String = CourseBinary.path) throws -> CourseBinary.Run {
            try CourseBinary.run(program: "/bin/bash", [script], in: root,
                                 environment: ["AUTOGRADER_ROOT": root, "COURSE_BIN": course, "COURSE_CACHE_DIR": RealCourse.cache])
        }

        static let lesson = RealCourse.lessons + "/05-rotary-idea/exercises"
        /// The lesson's exercises, by folder name, sorted.
        static let exercises: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: lesson)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()

        /// Grades `files` (path in the submission → contents) and returns the parsed results.
        func grade(_ files: [String: String], course: String = CourseBinary.path) throws -> (GradescopeResultsShape, String) {
            let root = try Self.root.get()
            for folder in ["submission", "results"] {
                try? FileManager.default.removeItem(atPath: root + "/" + folder)
                try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            }
            for (path, text) in files {
                let url = URL(fileURLWithPath: root + "/submission/" + path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            let run = try Self.shell(root + "/source/run_autograder", root: root, course: course)
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
            let data = try #require(FileManager.default.contents(atPath: root + "/results/results.json"), "no results.json: \(run.stdout)\(run.stderr)")
            let (shape, problems) = GradescopeResultsShape.parse(data)
            #expect(problems.isEmpty, "\(problems)")
            let answers = try AnswerLines(lessons: RealCourse.lessons)
            #expect(answers.found(in: [UInt8](data), path: "results.json").isEmpty, "results.json shows a line of a solution")
            return (try #require(shape), String(decoding: data, as: UTF8.self))
        }

        func solution(_ name: String) throws -> String {
            try String(contentsOfFile: Self.lesson + "/\(name)/solution.swift", encoding: .utf8)
        }

        @Test func zipHoldsTheScriptsAndHiddenChecksButNoSolution() throws {
            let source = try Self.root.get() + "/source"
            for script in ["setup.sh", "run_autograder"] {
                #expect(FileManager.default.isExecutableFile(atPath: source + "/" + script), "\(script)")
            }
            let files = snapshotFiles(atPath: source)
            #expect(files["Lessons/05-rotary-idea/exercises/rotate-pair/hidden.swift"] != nil)
            #expect(files["Package.swift"] != nil && files["Sources/CourseCLI/CourseCommand.swift"] != nil)
            #expect(!files.keys.contains { $0.hasSuffix("/solution.swift") && $0.hasPrefix("Lessons/") })
            let answers = try AnswerLines(lessons: RealCourse.lessons)
            let solutionLines = answers.lines.filter { $0.value.contains { $0.hasSuffix("/solution.swift") } }
            #expect(!solutionLines.isEmpty)
            for (path, data) in files where !path.hasPrefix(".build/") {
                let found = answers.found(in: [UInt8](data), path: path).filter { solutionLines[$0] != nil }
                #expect(found.isEmpty, "\(path) holds solution lines: \(found.prefix(3))")
            }
            let run = try String(contentsOfFile: source + "/run_autograder", encoding: .utf8)
            #expect(run.contains("ISOLATION=\"required\"") && run.contains("TARGETS=('rotary-idea')"))
        }

        @Test func aGoodSubmissionInAnExercisesTreeEarnsEveryPointHiddenChecksIncluded() throws {
            #expect(Self.exercises.count >= 2 && Self.exercises.contains("rotate-pair"), "\(Self.exercises)")
            var files: [String: String] = [:]
            for name in Self.exercises { files["my-repo/Exercises/rotary-idea/\(name).swift"] = try solution(name) }
            let (results, _) = try grade(files)
            #expect(results.score > 0 && results.score == results.maxScore, "\(results.tests)")
            #expect(results.hiddenTests.count == Self.exercises.count, "one hidden check per exercise, kept from students")
            #expect(results.tests.allSatisfy { $0["status"] as? String == "passed" })
        }

        @Test func exerciseFilesByNameAreGradedToo() throws {
            let (results, _) = try grade(["rotate-pair.swift": try solution("rotate-pair")])
            let passed = results.tests.filter { ($0["name"] as? String ?? "").hasPrefix("rotary-idea/rotate-pair") }
            #expect(!passed.isEmpty && passed.allSatisfy { $0["status"] as? String == "passed" }, "\(results.tests)")
            #expect(results.tests.contains { $0["name"] as? String == "rotary-idea/rope-interleaved › not attempted" },
                    "the other exercise is the untouched starter: \(results.tests)")
        }

        @Test func aWrongSubmissionLosesPointsWithFeedback() throws {
            let (results, _) = try grade([
                "Exercises/rotary-idea/rotate-pair.swift": "import Foundation\nfunc rotatePair(_ v: [Double], position: Int, theta: Double) -> [Double] { [v[1], v[0]] }\n",
            ])
            #expect(results.score < results.maxScore, "\(results.tests)")
            let failed = results.tests.filter { $0["status"] as? String == "failed" && $0["visibility"] as? String == "visible" }
            #expect(failed.contains { ($0["output"] as? String ?? "").contains("expected:") }, "\(results.tests)")
        }

        @Test func aHostileSubmissionCannotWriteTheResults() throws {
            let root = try Self.root.get()
            let hostile = """
            import Foundation
            func rotatePair(_ v: [Double], position: Int, theta: Double) -> [Double] {
                let forged = #"{"score": 1000, "tests": []}"#
                try? forged.write(toFile: "\(root)/results/results.json", atomically: false, encoding: .utf8)
                FileManager.default.createFile(atPath: "\(root)/results/pwned", contents: Data("x".utf8))
                let hidden = try? String(contentsOfFile: "\(root)/source/Lessons/05-rotary-idea/exercises/rotate-pair/hidden.swift", encoding: .utf8)
                print(hidden ?? "cannot read the hidden checks")
                let a = Double(position) * theta
                return [v[0] * cos(a) - v[1] * sin(a), v[0] * sin(a) + v[1] * cos(a)]
            }
            """
            let (results, text) = try grade(["Exercises/rotary-idea/rotate-pair.swift": hostile])
            #expect(!FileManager.default.fileExists(atPath: root + "/results/pwned"))
            #expect(results.score < 1000 && !text.contains("1000"))
            #expect(!text.contains("hiddenChecks"), "the hidden checks' code must not reach the results")
        }

        @Test func aSubmissionThatDoesNotCompileStillGetsResults() throws {
            let (results, _) = try grade(["Exercises/rotary-idea/rotate-pair.swift": "func rotatePair(_ v: [Double] -> {\n"])
            #expect(results.score == 0)
            #expect(results.tests.contains { ($0["name"] as? String ?? "").contains("compile error") }, "\(results.tests)")
        }

        @Test func aMissingSubmissionScoresZero() throws {
            let (results, _) = try grade([:])
            #expect(results.score == 0)
            #expect(results.tests.count == Self.exercises.count, "one test per exercise, saying it was not attempted: \(results.tests)")
            #expect(results.maxScore > 0, "scored out of the assignment's full worth, like every other submission")
        }

        @Test func aGraderThatCannotRunStillWritesResults() throws {
            let (results, _) = try grade([:], course: "/nonexistent/course")
            #expect(results.score == 0 && results.tests.isEmpty)
            #expect(results.output.contains("please tell your instructor"))
        }

        @Test func anExistingFileThatIsNotAnAutograderIsNotReplaced() throws {
            let folder = try TemporaryFolder(files: ["notes.zip": "my notes"])
            let run = try CourseBinary.run(["autograder", "--out", folder.url("notes.zip")], in: CourseBinary.packageRoot)
            #expect(run.status == 73)
            #expect(run.stderr.contains("error: the file exists and is not an autograder written by 'course autograder'"), "\(run.stderr)")
            #expect(folder.snapshot("") == ["notes.zip": Data("my notes".utf8)])
        }
    }
}
