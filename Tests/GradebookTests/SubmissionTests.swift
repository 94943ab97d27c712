import CourseTestSupport
import Foundation
import Gradebook
import Testing

@Suite struct SubmissionTests {
    func inspect(_ fixture: ClassFixture, _ folder: String) -> LearnerSubmission {
        LearnerSubmission.read(Learner(folder: folder), submissions: fixture.submissions, exercises: fixture.course.exercises,
                               starters: [Data(try! fixture.text("starter.swift").utf8)], courseDigest: "course")
    }

    @Test func eachKindOfFileIsToldApart() throws {
        let fixture = try ClassFixture()
        try fixture.hand(in: "solved", fixture.text("solution.swift"))
        try fixture.hand(in: "starter", fixture.text("starter.swift"))
        try fixture.folder.write("subs/latin1/Exercises/basics/scale.swift", bytes: Array("// caf".utf8) + [0xE9, 0x0A])
        try fixture.folder.write("subs/huge/Exercises/basics/scale.swift", String(repeating: "//\n", count: 400_000))
        try fixture.folder.write("subs/empty/notes.txt", "no exercises here")

        let solved = inspect(fixture, "solved").files
        #expect(solved[0].needsGrading)
        try fixture.hand(in: "twin", fixture.text("solution.swift"))
        #expect(inspect(fixture, "twin").files == solved, "the same bytes, the same digest")
        #expect(inspect(fixture, "starter").files == [.unchanged])
        #expect(inspect(fixture, "latin1").files == [.notUTF8(offset: 6)])
        #expect(inspect(fixture, "huge").files == [.tooLarge(bytes: 1_200_000)])
        #expect(inspect(fixture, "empty").files == [.missing])
        #expect(inspect(fixture, "nobody").files == [.missing])
    }

    @Test func symbolicLinksAreNeverFollowed() throws {
        let fixture = try ClassFixture()
        try fixture.hand(in: "bob", fixture.text("solution.swift"))
        // A link to another learner's file, and a linked folder that leads to it.
        try FileManager.default.createDirectory(atPath: fixture.folder.url("subs/copycat/Exercises/basics"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: fixture.folder.url("subs/copycat/Exercises/basics/scale.swift"),
                                                   withDestinationPath: fixture.folder.url("subs/bob/Exercises/basics/scale.swift"))
        try FileManager.default.createDirectory(atPath: fixture.folder.url("subs/sneaky"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: fixture.folder.url("subs/sneaky/Exercises"),
                                                   withDestinationPath: fixture.folder.url("subs/bob/Exercises"))
        #expect(inspect(fixture, "copycat").files == [.notRegularFile("a symbolic link")])
        #expect(inspect(fixture, "sneaky").files == [.notRegularFile("reached through a symbolic link to outside the learner's folder")])
        #expect(inspect(fixture, "bob").files[0].needsGrading)
    }

    @Test func presetResultsSayWhyNothingWasCompiled() throws {
        let fixture = try ClassFixture()
        try fixture.hand(in: "starter", fixture.text("starter.swift"))
        try fixture.folder.write("subs/latin1/Exercises/basics/scale.swift", bytes: [0x2F, 0x2F, 0xFF])
        let starter = try #require(inspect(fixture, "starter").presetResult(0, of: fixture.exercise))
        #expect(starter.outcome == .notAttempted)
        #expect(starter.summary == "Not attempted: \(fixture.submissions)/starter/Exercises/basics/scale.swift is the starter, unchanged.")
        let missing = try #require(inspect(fixture, "nobody").presetResult(0, of: fixture.exercise))
        #expect(missing.summary == "Not submitted: there is no Exercises/basics/scale.swift in nobody's folder.")
        let latin1 = try #require(inspect(fixture, "latin1").presetResult(0, of: fixture.exercise))
        #expect(latin1.outcome == .compileError)
        #expect(latin1.summary.contains("is not UTF-8 text (an invalid byte at offset 2); it was not compiled."))
        #expect(latin1.points == 0)
    }

    @Test func theDigestChangesWithTheFilesTheLearnerAndTheCourse() throws {
        let fixture = try ClassFixture()
        try fixture.hand(in: "alice", "func scaled(_ v: [Double], by k: Double) -> [Double] { v }\n")
        let first = inspect(fixture, "alice").digest
        #expect(inspect(fixture, "alice").digest == first)
        try fixture.hand(in: "alice", "func scaled(_ v: [Double], by k: Double) -> [Double] { v } \n")
        #expect(inspect(fixture, "alice").digest != first)
        let renamed = LearnerSubmission.read(Learner(folder: "alice", id: "1"), submissions: fixture.submissions,
                                             exercises: fixture.course.exercises, starters: [Data()], courseDigest: "course")
        #expect(renamed.digest != inspect(fixture, "alice").digest)
    }
}
