/// A whole course: its metadata and its lessons in order.
public struct Course: Sendable, Hashable {
    /// The folder the course was loaded from.
    public let lessonsPath: String
    /// Title, description and options from `course.yml`.
    public let metadata: CourseMetadata
    /// The lessons, ordered by number.
    public let lessons: [Lesson]

    /// Creates a course from validated parts.
    public init(lessonsPath: String, metadata: CourseMetadata, lessons: [Lesson]) {
        self.lessonsPath = lessonsPath
        self.metadata = metadata
        self.lessons = lessons.sorted { $0.number < $1.number }
    }

    /// The lesson whose folder name (`05-rotary-idea`), slug (`rotary-idea`) or number (`5`)
    /// is `name`, or nil.
    public func lesson(named name: String) -> Lesson? {
        lessons.first { $0.folderName == name || $0.slug == name }
            ?? Int(name).flatMap { number in lessons.first { $0.number == number } }
    }
}
