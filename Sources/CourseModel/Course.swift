/// A whole course: its metadata and its lessons in order.
public struct Course: Sendable, Hashable {
    /// The folder the course was loaded from.
    public let lessonsPath: String
    /// The folder with the learners' copies of the exercises.
    public let workspacePath: String
    /// Title, description and options from `course.yml`.
    public let metadata: CourseMetadata
    /// The lessons, ordered by number.
    public let lessons: [Lesson]

    /// Creates a course from validated parts.
    public init(lessonsPath: String, workspacePath: String = "Exercises", metadata: CourseMetadata, lessons: [Lesson]) {
        self.lessonsPath = lessonsPath
        self.workspacePath = workspacePath
        self.metadata = metadata
        self.lessons = lessons.sorted { $0.number < $1.number }
    }

    /// The lesson whose folder name (`05-rotary-idea`), slug (`rotary-idea`) or number (`5`)
    /// is `name`, or nil.
    public func lesson(named name: String) -> Lesson? {
        lessons.first { $0.folderName == name || $0.slug == name }
            ?? Int(name).flatMap { number in lessons.first { $0.number == number } }
    }

    /// Every exercise of the course, in lesson order.
    public var exercises: [Exercise] { lessons.flatMap(\.exercises) }

    /// The exercises a learner named: a lesson (`rotary-idea`, `05-rotary-idea`, `5`), an
    /// exercise (`rotary-idea/rotate-pair`), or all of them when `names` is empty.
    /// Returns the names that match nothing as the second value.
    public func exercises(named names: [String]) -> (exercises: [Exercise], unknown: [String]) {
        guard !names.isEmpty else { return (exercises, []) }
        var chosen: [Exercise] = []
        var unknown: [String] = []
        for name in names {
            let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
            guard let lesson = parts.first.flatMap(lesson(named:)) else { unknown.append(name); continue }
            if parts.count == 2 {
                guard let exercise = lesson.exercises.first(where: { $0.name == parts[1] }) else { unknown.append(name); continue }
                chosen.append(exercise)
            } else {
                chosen += lesson.exercises
            }
        }
        var seen = Set<String>()
        return (chosen.filter { seen.insert($0.id).inserted }, unknown)
    }
}
