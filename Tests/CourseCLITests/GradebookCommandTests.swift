import CourseTestSupport
import Foundation
import Testing

/// End-to-end: `course gradebook` through the real binary on a class of synthetic learners
/// (correct, wrong, not compiling, unchanged, not UTF-8, missing, hostile) over the grader's
/// fixture course plus a second exercise with hidden checks; resuming; shards and merge.
@Suite(.serialized) struct GradebookCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/gradebook").path
    static let submissionFixtures = CourseBinary.packageRoot + "/Tests/GraderTests/Fixtures/submissions"

    static let roster = """
        folder,id,name
        alice,s1,"Smith, Alice"
        bob,s2,Bob
        carol,s2,Carol
        dave,s4,Dave
        erin,s5,Erin
        frank,s6,Frank
        mallory,s7,Mallory
        zed,s9,Zed

        """

    static let expectedCSV = """
        folder,id,name,basics/negate,basics/scale,total,max
        alice,s1,"Smith, Alice",4,5,9,9
        bob,s2,Bob,2,1,3,9
        carol,s2,Carol,0,0,0,9
        dave,s4,Dave,0,0,0,9
        erin,s5,Erin,0,0,0,9
        frank,s6,Frank,0,0,0,9
        mallory,s7,Mallory,0,5,5,9
        zed,s9,Zed,0,0,0,9

        """

    /// A course (the fixture's `scale` and a `negate` with a hidden check) and a class.
    func makeClass() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let fixture = CourseBinary.packageRoot + "/Tests/GraderTests/Fixtures/course/Lessons"
        try FileManager.default.copyItem(atPath: fixture, toPath: folder.url("Lessons"))
        try FileManager.default.copyItem(atPath: Self.fixtures + "/negate", toPath: folder.url("Lessons/01-basics/exercises/negate"))
        let lesson = try String(contentsOfFile: folder.url("Lessons/01-basics/lesson.md"), encoding: .utf8)
        try folder.write("Lessons/01-basics/lesson.md", lesson + "\n## Negating\n\n```exercise\nnegate\n```\n")

        let scale = folder.url("Lessons/01-basics/exercises/scale/")
        let negate = folder.url("Lessons/01-basics/exercises/negate/")
        func copy(_ source: String, _ learner: String, _ file: String) throws {
            try folder.write("subs/\(learner)/Exercises/basics/\(file).swift", String(contentsOfFile: source, encoding: .utf8))
        }
        try copy(scale + "solution.swift", "alice", "scale")
        try copy(negate + "solution.swift", "alice", "negate")
        try copy(Self.submissionFixtures + "/wrong-value.swift", "bob", "scale")
        try folder.write("subs/bob/Exercises/basics/negate.swift", "func negated(_ x: Int) -> Int { -abs(x) }\n")
        try copy(Self.submissionFixtures + "/compile-error.swift", "carol", "scale")
        try copy(scale + "starter.swift", "dave", "scale")
        try copy(negate + "starter.swift", "dave", "negate")
        try folder.write("subs/erin/Exercises/basics/scale.swift", bytes: Array("// Erin's work, saved as Latin-1: caf".utf8) + [0xE9, 0x0A])
        try folder.write("subs/frank/notes.txt", "I'll hand it in next week.\n")
        let vandal = try String(contentsOfFile: Self.fixtures + "/neighbour-vandal.swift", encoding: .utf8)
        try folder.write("subs/mallory/Exercises/basics/scale.swift", vandal.replacingOccurrences(of: "@SUBMISSIONS@", with: folder.url("subs")))
        try folder.write("subs/README.txt", "stray\n")
        try folder.write("subs/.DS_Store", "stray\n")
        try folder.write("subs/__MACOSX/alice/._scale.swift", "stray\n")
        try folder.write("roster.csv", Self.roster)
        return folder
    }

    func gradebook(_ arguments: [String], in folder: TemporaryFolder, cache: TemporaryFolder) throws -> CourseBinary.Run {
        try CourseBinary.run(["gradebook"] + arguments, in: folder.path, environment: ["COURSE_CACHE_DIR": cache.path])
    }

    func report(_ folder: TemporaryFolder, _ learner: String, in reports: String = "gradebook-reports") throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: folder.url("\(reports)/\(learner).json")), "\(learner)'s report")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func exercises(_ report: [String: Any]) -> [[String: Any]] {
        report["exercises"] as? [[String: Any]] ?? []
    }

    @Test func aWholeClassIsGradedResumedAndNothingOfTheirsChanges() throws {
        let folder = try makeClass(), cache = try TemporaryFolder()
        let before = folder.snapshot("subs")

        let run = try gradebook(["subs", "--roster", "roster.csv", "--out", "gradebook.csv"], in: folder, cache: cache)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(String(decoding: FileManager.default.contents(atPath: folder.url("gradebook.csv")) ?? Data(), as: UTF8.self) == Self.expectedCSV)
        #expect(folder.snapshot("subs") == before, "grading changed a learner's files: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url("zz-planted")) && !FileManager.default.fileExists(atPath: folder.url("subs/planted.txt")))

        // One line for each problem with the input, and grading went on.
        for line in ["roster.csv: warning: the id 's2' is on row 3 ('bob'), row 4 ('carol'); both rows are kept",
                     "subs/zed: warning: the roster lists 'zed' but there is no such folder; every exercise is 'not submitted'",
                     "gradebook: 8 learners (0 up to date, 8 graded): 6 files graded, 0 of them from the results cache"] {
            #expect(run.stderr.contains(line + "\n"), "\(run.stderr)")
        }

        // One report per learner, in `course grade --json`'s schema.
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.url("gradebook-reports")).sorted()
        #expect(reports == ["alice", "bob", "carol", "dave", "erin", "frank", "mallory", "zed"].map { $0 + ".json" })
        let alice = try report(folder, "alice")
        #expect(alice["status"] as? String == "pass" && alice["points"] as? Double == 9 && alice["max_points"] as? Double == 9)
        let negate = exercises(alice).first { $0["id"] as? String == "basics/negate" }
        #expect((negate?["tests"] as? [[String: Any]])?.map { $0["hidden"] as? Bool } == [false, false, true], "hidden checks ran")
        let outcomes = try ["carol", "dave", "erin", "frank", "zed"].map { try exercises(report(folder, $0)).map { "\($0["outcome"]!): \($0["message"]!)" } }
        // Exercises in the course's order: negate, then scale.
        #expect(outcomes[0][0] == "not attempted: Not submitted: there is no Exercises/basics/negate.swift in carol's folder.")
        #expect(outcomes[0][1].hasPrefix("compile error: Your code does not compile (1 error in subs/carol/Exercises/basics/scale.swift)."))
        #expect(outcomes[1] == ["not attempted: Not attempted: subs/dave/Exercises/basics/negate.swift is the starter, unchanged.",
                                "not attempted: Not attempted: subs/dave/Exercises/basics/scale.swift is the starter, unchanged."])
        #expect(outcomes[2][1] == "compile error: Not graded: subs/erin/Exercises/basics/scale.swift is not UTF-8 text (an invalid byte at offset 37); it was not compiled. Save it as UTF-8 and hand it in again.")
        #expect(outcomes[3][1].hasPrefix("not attempted: Not submitted: there is no Exercises/basics/scale.swift in frank's folder."))
        #expect(outcomes[4][1].hasPrefix("not attempted: Not submitted: there is no Exercises/basics/scale.swift in zed's folder."))

        // The summary, printed and written.
        let summary = String(decoding: FileManager.default.contents(atPath: folder.url("gradebook-summary.txt")) ?? Data(), as: UTF8.self)
        #expect(run.stdout == summary + (summary.hasSuffix("\n") ? "" : "\n"))
        #expect(summary == """
            Gradebook: 8 learners, 2 exercises.

            exercise       passed        mean points  most common failing check
            basics/negate  1 of 8 (13%)  0.75 of 4    negates a negative number (1 learner)
            basics/scale   2 of 8 (25%)  1.38 of 5    a hidden check of a long vector (1 learner)
            all            1 of 8 (13%)  2.13 of 9

            Outcomes
              basics/negate  1 passed · 1 failed · 1 not attempted · 5 not submitted
              basics/scale   2 passed · 1 failed · 1 compile error · 1 not attempted · 2 not submitted · 1 not UTF-8

            Notes
              roster.csv: warning: the id 's2' is on row 3 ('bob'), row 4 ('carol'); both rows are kept
              subs/zed: warning: the roster lists 'zed' but there is no such folder; every exercise is 'not submitted'

            """)

        // Nothing changed: nothing is graded again, every output is the same.
        let outputs = folder.snapshot("gradebook-reports")
        let again = try gradebook(["subs", "--roster", "roster.csv", "--out", "gradebook.csv"], in: folder, cache: cache)
        #expect(again.status == 0)
        #expect(again.stderr.contains("gradebook: 8 learners (8 up to date, 0 graded): 0 files graded, 0 of them from the results cache\n"), "\(again.stderr)")
        #expect(folder.snapshot("gradebook-reports") == outputs)
        #expect(String(decoding: FileManager.default.contents(atPath: folder.url("gradebook.csv")) ?? Data(), as: UTF8.self) == Self.expectedCSV)

        // Interrupted before bob's report was written, and carol fixed her file: bob comes
        // from the results cache (nothing compiled), carol is compiled.
        try FileManager.default.removeItem(atPath: folder.url("gradebook-reports/bob.json"))
        try folder.write("subs/carol/Exercises/basics/scale.swift", "func scaled(_ v: [Double], by k: Double) -> [Double] { v.map { $0 * k } }\n")
        let resumed = try gradebook(["subs", "--roster", "roster.csv", "--out", "gradebook.csv"], in: folder, cache: cache)
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("gradebook: 8 learners (6 up to date, 2 graded): 3 files graded, 2 of them from the results cache\n"), "\(resumed.stderr)")
        #expect(exercises(try report(folder, "bob")).map { $0["cached"] as? Bool } == [true, true])
        #expect(exercises(try report(folder, "carol")).map { $0["cached"] as? Bool } == [false, false])
        #expect(String(decoding: FileManager.default.contents(atPath: folder.url("gradebook.csv")) ?? Data(), as: UTF8.self)
            == Self.expectedCSV.replacingOccurrences(of: "carol,s2,Carol,0,0,0,9", with: "carol,s2,Carol,0,5,5,9"))
    }

    @Test func threeShardsRunTogetherMergeIntoTheSameGradebook() throws {
        let folder = try makeClass(), cache = try TemporaryFolder()
        let runs = Locked<[Int: CourseBinary.Run]>([:])
        let (directory, cacheDirectory) = (folder.path, cache.path)
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            let run = try? CourseBinary.run(["gradebook", "subs", "--roster", "roster.csv", "--shard", "\(index + 1)/3",
                                             "--out", "parts/part-\(index + 1).json"],
                                            in: directory, environment: ["COURSE_CACHE_DIR": cacheDirectory])
            runs.update { $0[index + 1] = run }
        }
        for shard in 1...3 {
            #expect(runs.value[shard]?.status == 0, "shard \(shard): \(runs.value[shard]?.stderr ?? "did not run")")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url("parts/gradebook.csv")))
        let merge = try gradebook(["--merge", "parts/part-1.json", "parts/part-2.json", "parts/part-3.json", "--out", "merged/gradebook.csv"],
                                  in: folder, cache: cache)
        #expect(merge.status == 0, "\(merge.stderr)")
        let whole = try gradebook(["subs", "--roster", "roster.csv", "--out", "whole/gradebook.csv"], in: folder, cache: cache)
        #expect(whole.status == 0, "\(whole.stderr)")
        let merged = try #require(FileManager.default.contents(atPath: folder.url("merged/gradebook.csv")))
        #expect(merged == FileManager.default.contents(atPath: folder.url("whole/gradebook.csv")), "the CSVs differ")
        #expect(String(decoding: merged, as: UTF8.self) == Self.expectedCSV)
        #expect(FileManager.default.contents(atPath: folder.url("merged/gradebook-summary.txt"))
            == FileManager.default.contents(atPath: folder.url("whole/gradebook-summary.txt")))
        #expect(merge.stdout == whole.stdout)
        // Every learner's report, as the shard wrote it.
        let reports = folder.snapshot("merged/gradebook-reports")
        #expect(reports.keys.sorted() == folder.snapshot("whole/gradebook-reports").keys.sorted())
        #expect(reports["bob.json"] == folder.snapshot("parts/part-2-reports")["bob.json"])

        // A part missing, or a part of another class, is refused in one line.
        let missing = try gradebook(["--merge", "parts/part-1.json", "parts/part-3.json", "--out", "m.csv"], in: folder, cache: cache)
        #expect(missing.status == 65)
        #expect(missing.stderr == "--merge: error: missing shard 2/3; merge all 3 parts of the run\n")
        try folder.write("subs/bob/Exercises/basics/negate.swift", "func negated(_ x: Int) -> Int { 0 - x }\n")
        let changed = try gradebook(["subs", "--roster", "roster.csv", "--shard", "2/3", "--out", "parts/part-2.json"], in: folder, cache: cache)
        #expect(changed.status == 0)
        let mixed = try gradebook(["--merge", "parts/part-1.json", "parts/part-2.json", "parts/part-3.json", "--out", "m.csv"], in: folder, cache: cache)
        #expect(mixed.status == 65)
        #expect(mixed.stderr == "parts/part-2.json: error: this part was cut from a different set of submissions (or roster) than parts/part-1.json; grade every shard from the same submissions\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url("m.csv")))
    }

    @Test(arguments: [
        (["subs", "--roster", "bad-roster.csv", "--out", "g.csv"], Int32(65), "bad-roster.csv: error: row 3: the folder 'alice' is already on row 2; list each learner once\n"),
        (["nowhere", "--out", "g.csv"], Int32(66), "nowhere: error: no such submissions folder; give the folder that holds one folder per learner\n"),
        (["roster.csv", "--out", "g.csv"], Int32(65), "roster.csv: error: not a readable folder; give the folder that holds one folder per learner\n"),
        (["--merge", "roster.csv", "--out", "g.csv"], Int32(65), "roster.csv: error: not a part written by 'course gradebook --shard K/N' (it cannot be read as one)\n"),
        (["--merge", "part-1.json", "--shard", "1/2", "--out", "g.csv"], Int32(64), "'--merge' takes no '--shard' or '--roster'"),
        (["subs", "--shard", "3/2", "--out", "g.csv"], Int32(64), "'3/2'"),
        (["subs", "more", "--out", "g.csv"], Int32(64), "give one submissions folder"),
    ])
    func badInputIsOneLineAndAStatus(arguments: [String], status: Int32, message: String) throws {
        let folder = try TemporaryFolder(files: ["subs/alice/x": "", "roster.csv": Self.roster,
                                                 "bad-roster.csv": "folder,id,name\nalice,1,A\nalice,2,B\n"])
        try FileManager.default.copyItem(atPath: CourseBinary.packageRoot + "/Tests/GraderTests/Fixtures/course/Lessons", toPath: folder.url("Lessons"))
        let run = try gradebook(arguments, in: folder, cache: try TemporaryFolder())
        #expect(run.status == status, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url("g.csv")))
    }

    @Test func aLearnerEditionCannotMakeAGradebook() throws {
        let folder = try makeClass()
        let yml = try String(contentsOfFile: folder.url("Lessons/course.yml"), encoding: .utf8)
        try folder.write("Lessons/course.yml", yml + "\nedition: learner\n")
        let run = try gradebook(["subs", "--out", "g.csv"], in: folder, cache: try TemporaryFolder())
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("Lessons/course.yml: error: this is a learner edition (edition: learner), without hidden checks or solutions; make the gradebook in the authors' repository\n"))
    }
}

/// A value shared between threads.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func update(_ change: (inout Value) -> Void) { lock.lock(); change(&stored); lock.unlock() }
}
