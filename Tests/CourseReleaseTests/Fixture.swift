import CourseModel
import CourseTestSupport
import Foundation

/// A small authors' course: one lesson with one exercise that has a solution, hidden checks,
/// a stray notes file, and front matter showing the solution; plus a shared folder with an
/// image and an old solution and hidden checks that must stay behind all the same.
func makeAuthorsCourse() throws -> TemporaryFolder {
    let exercise = "Lessons/01-basics/exercises/scale/"
    return try TemporaryFolder(files: [
        "Lessons/course.yml": "# The authors' settings\ntitle: \"Scaling: a course\"\ndescription: Tests.\nauthor: Ada\n",
        "Lessons/01-basics/lesson.md": lessonMarkdown(body: "## Start\n\n```exercise\nscale\n```\n"),
        "Lessons/_shared/figure.svg": "<svg/>",
        "Lessons/_shared/old/solution.swift": "func scaled(_ v: [Double], by k: Double) -> [Double] { v.map { $0 * k } }\n",
        "Lessons/_shared/old/hidden.swift": "import CourseCheck\n\nlet hiddenChecks: [Check] = []\n",
        exercise + "exercise.md": "---\ntitle: \"Scale: a vector\"\ntimeout: 3\nshow_solution: true\n---\n\nWrite `scaled`.\n\n> [!hint] Stuck?\n> Multiply.\n",
        exercise + "starter.swift": "func scaled(_ v: [Double], by k: Double) -> [Double] {\n    return v\n}\n",
        exercise + "solution.swift": "func scaled(_ v: [Double], by k: Double) -> [Double] {\n    return v.map { $0 * k }\n}\n",
        exercise + "checks.swift": "import CourseCheck\n\nlet checks: [Check] = []\n",
        exercise + "hidden.swift": "import CourseCheck\n\nlet hiddenChecks: [Check] = []\n",
        exercise + "notes.md": "The answer is v.map { $0 * k }.\n",
        "Exercises/basics/scale.swift": "func scaled(_ v: [Double], by k: Double) -> [Double] { v.map { $0 * k } }\n",
    ])
}
