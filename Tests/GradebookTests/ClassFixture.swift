import CourseModel
import CourseTestSupport
import Foundation

/// The grader's one-exercise fixture course in a temporary folder, with a submissions
/// folder beside it to fill.
struct ClassFixture {
    let folder: TemporaryFolder
    let course: Course

    static let fixture = CourseBinary.packageRoot + "/Tests/GraderTests/Fixtures/course/Lessons"

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: folder.url("Lessons"))
        try FileManager.default.createDirectory(atPath: folder.url("subs"), withIntermediateDirectories: true)
        course = try CourseLoader.load(lessonsPath: folder.url("Lessons"))
    }

    var submissions: String { folder.url("subs") }
    var exercise: Exercise { course.exercises[0] }

    func text(_ file: String) throws -> String {
        try String(contentsOfFile: exercise.folderPath + "/" + file, encoding: .utf8)
    }

    /// Writes `learner`'s copy of the exercise.
    func hand(in learner: String, _ text: String) throws {
        try folder.write("subs/\(learner)/Exercises/basics/scale.swift", text)
    }
}
