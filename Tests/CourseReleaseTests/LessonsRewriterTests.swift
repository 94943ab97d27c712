import CourseModel
@testable import CourseRelease
import CourseTestSupport
import Foundation
import Testing

/// The lessons of an edition: what is kept, what is left out, and the rewritten YAML.
@Suite struct LessonsRewriterTests {
    @Test func learnerLessonsKeepNoAnswerAndSayWhatIsWithheld() throws {
        let folder = try makeAuthorsCourse()
        let course = try CourseLoader.load(lessonsPath: folder.url("Lessons"))
        let withheld = ["basics/scale": WithheldChecks(count: 2, points: 3)]
        let (files, leftOut) = try LessonsRewriter(course: course, kind: .learner(withheld: withheld)).files()
        #expect(files.keys.sorted() == ["01-basics/exercises/scale/checks.swift", "01-basics/exercises/scale/exercise.md",
                                        "01-basics/exercises/scale/starter.swift", "01-basics/lesson.md",
                                        "_shared/figure.svg", "course.yml"])
        #expect(leftOut == ["01-basics/exercises/scale/hidden.swift", "01-basics/exercises/scale/notes.md",
                            "01-basics/exercises/scale/solution.swift", "_shared/old/hidden.swift", "_shared/old/solution.swift"])
        let statement = try #require(files["01-basics/exercises/scale/exercise.md"]).text
        #expect(statement == "---\ntitle: \"Scale: a vector\"\ntimeout: 3\nhidden_checks: 2\nhidden_points: 3\n---\n\nWrite `scaled`.\n\n> [!hint] Stuck?\n> Multiply.\n")
        let yaml = try #require(files["course.yml"]).text
        #expect(yaml.contains("edition: \"learner\"\n"))
        #expect(yaml.contains("title: \"Scaling: a course\"\n"))
        #expect(yaml.contains("author: \"Ada\"\n"))

        // Laid out again, the lessons load as a learner edition that knows what it withholds.
        let edition = try TemporaryFolder()
        try EditionWriter.writeFiles(files, into: edition.url("Lessons"))
        let loaded = try CourseLoader.load(lessonsPath: edition.url("Lessons"))
        #expect(loaded.metadata.isLearnerEdition)
        #expect(loaded.metadata.author == "Ada")
        let exercise = try #require(loaded.exercises.first)
        #expect(exercise.frontMatter.withheldHiddenChecks == WithheldChecks(count: 2, points: 3))
        #expect(!exercise.frontMatter.showsSolution)
        #expect(exercise.frontMatter.timeoutSeconds == 3)
    }

    @Test func autograderLessonsKeepHiddenChecksButNoSolution() throws {
        let folder = try makeAuthorsCourse()
        let course = try CourseLoader.load(lessonsPath: folder.url("Lessons"))
        let (files, leftOut) = try LessonsRewriter(course: course, kind: .autograder).files()
        #expect(files["01-basics/exercises/scale/hidden.swift"] != nil)
        #expect(leftOut == ["01-basics/exercises/scale/notes.md", "01-basics/exercises/scale/solution.swift",
                            "_shared/old/solution.swift"])
        #expect(try #require(files["01-basics/exercises/scale/exercise.md"]).text.hasPrefix("---\ntitle: \"Scale: a vector\"\ntimeout: 3\n---\n"))
    }

    @Test func starterFilesAreTheStartersNotTheAuthorsWorkspace() throws {
        let folder = try makeAuthorsCourse()
        let course = try CourseLoader.load(lessonsPath: folder.url("Lessons"))
        let files = try ExerciseStarters.files(of: course)
        #expect(files.keys.sorted() == ["basics/scale.swift"])
        #expect(files["basics/scale.swift"]?.text.contains("return v\n") == true)
    }
}
