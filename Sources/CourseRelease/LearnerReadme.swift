import CourseModel
import Foundation

/// The README of a learner edition: the set-up, how to read, do and hand in the exercises.
///
/// The text is a Markdown template shipped as a real file in the package
/// (`Sources/CourseRelease/Templates/learner-README.md`, read from the repository like the
/// rest of the edition) with `{{…}}` slots for the course's own words and examples.
enum LearnerReadme {
    /// Where the template lives, relative to the package's root.
    static let templatePath = "Sources/CourseRelease/Templates/learner-README.md"

    /// The README for `course`, from `template`.
    static func render(_ template: String, course: Course) -> String {
        let example = course.exercises.first
        let lesson: String = example?.lessonSlug ?? course.lessons.first?.slug ?? "LESSON"
        let name: String = example?.name ?? "EXERCISE"
        let slots: [String: String] = [
            "{{title}}": course.metadata.title,
            "{{description}}": course.metadata.description,
            "{{exercise}}": lesson + "/" + name,
            "{{exercise-name}}": name,
            "{{exercise-file}}": "Exercises/" + lesson + "/" + name + ".swift",
            "{{lesson}}": lesson,
        ]
        return TemplateText.fill(template, slots)
    }
}
