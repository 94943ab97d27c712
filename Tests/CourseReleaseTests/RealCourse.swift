import CourseModel
import CourseTestSupport
import Foundation

/// The course this repository ships, and whether this checkout is the authors' repository
/// (with solutions) or a learner edition, where releasing is refused and these tests skip.
enum RealCourse {
    static let lessons = CourseBinary.packageRoot + "/Lessons"

    /// Whether `Lessons/` is the authors' course: not marked as a learner edition.
    static let isAuthorsRepository: Bool = {
        guard let file = try? SourceFile.read(lessons + "/" + CourseMetadata.fileName),
              let metadata = try? CourseMetadata.parse(file) else { return false }
        return !metadata.isLearnerEdition
    }()

    /// The grader's cache the end-to-end tests share: content-addressed, so runs agree.
    static let cache = CourseBinary.packageRoot + "/.build/course-cache"
}
