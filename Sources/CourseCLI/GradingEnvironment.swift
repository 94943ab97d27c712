import CourseModel
import Foundation
import Grader

/// Where the grader finds `CourseCheck`'s sources and keeps its cache.
///
/// Both live in the `course` package the learner cloned: sources under
/// `Sources/CourseCheck`, the cache under `.build/course-cache` (ignored by git).
enum GradingEnvironment {
    /// The package folder: the nearest ancestor of the running binary (or of the current
    /// folder) that has `Sources/CourseCheck`.
    static var packageRoot: String {
        let environment = ProcessInfo.processInfo.environment
        if let root = environment["COURSE_PACKAGE_ROOT"], !root.isEmpty { return root }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for start in [executable.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var folder = start
            while folder.path != "/" {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sources/CourseCheck").path) {
                    return folder.path
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        return FileManager.default.currentDirectoryPath
    }

    static func makeGrader(usesResultCache: Bool = true) -> Grader {
        let root = packageRoot
        let cache = ProcessInfo.processInfo.environment["COURSE_CACHE_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? root + "/.build/course-cache"
        return Grader(courseCheckSources: root + "/Sources/CourseCheck", cacheDirectory: cache, usesResultCache: usesResultCache)
    }

    /// Loads the course or prints its problems and throws the matching exit status.
    static func loadCourse(_ options: LessonsOptions) throws -> Course {
        do throws(CourseError) {
            return try CourseLoader.load(lessonsPath: options.lessons)
        } catch {
            Console.report(error)
            throw Console.isMissingInput(error) ? ExitStatus.noInput : ExitStatus.courseError
        }
    }

    /// The exercises the learner named, or a usage error listing what exists.
    static func select(_ names: [String], in course: Course) throws -> [Exercise] {
        let (exercises, unknown) = course.exercises(named: names)
        if !unknown.isEmpty {
            let known = course.exercises.map(\.id).joined(separator: ", ")
            Console.error("error: no lesson or exercise named \(unknown.map { "'\($0)'" }.joined(separator: ", ")); exercises are: \(known.isEmpty ? "(none)" : known)")
            throw ExitStatus.usage
        }
        return exercises
    }
}
