import CourseModel
import Foundation
import Grader
import Sandbox
import SiteRenderer

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

    /// `COURSE_CACHE_DIR`, or `.build/course-cache` in the package.
    static var cacheDirectory: String {
        ProcessInfo.processInfo.environment["COURSE_CACHE_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? packageRoot + "/.build/course-cache"
    }

    static func makeGrader(usesResultCache: Bool = true, isolation: IsolationMode = .auto) -> Grader {
        Grader(courseCheckSources: packageRoot + "/Sources/CourseCheck", cacheDirectory: cacheDirectory,
               usesResultCache: usesResultCache, isolation: isolation,
               hiddenPaths: [packageRoot, FileManager.default.currentDirectoryPath])
    }

    /// How `build`, `check` and `render` compile, isolate and cache runnable lesson code;
    /// `lessons` (the lessons folder, or the rendered file's folder) is hidden from it like
    /// the checkout. In mode `required` where isolation is unavailable, says so in one line
    /// and throws before anything is built, even when every output is cached: the mode is a
    /// promise about the machine.
    static func liveCode(isolation: IsolationMode, lessons: String) throws -> LiveCodeSettings {
        let settings = LiveCodeSettings(
            cacheDirectory: cacheDirectory, coursePlotSources: packageRoot + "/Sources/CoursePlot",
            isolation: isolation,
            hiddenPaths: [packageRoot, FileManager.default.currentDirectoryPath, URL(fileURLWithPath: lessons).standardized.path],
            warn: { Console.warnOnce($0) })
        if isolation == .required {
            do throws(LiveCodeIsolationError) {
                _ = try settings.isolationStatus()
            } catch {
                Console.error(error.description)
                throw ExitStatus.cannotRun
            }
        }
        return settings
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

    /// Loads what can be loaded for a learner's command: broken lessons are skipped with a
    /// warning on stderr, so one bad lesson does not stop grading the others.
    static func loadCourseForLearner(_ options: LessonsOptions) throws -> Course {
        do throws(CourseError) {
            let (course, problems) = try CourseLoader.loadSkippingBrokenLessons(lessonsPath: options.lessons)
            if !problems.isEmpty {
                Console.error(problems.map { $0.description.replacingOccurrences(of: ": error: ", with: ": warning: ") }.joined(separator: "\n")
                              + "\nSkipping the lesson\(problems.count == 1 ? "" : "s") above; the others can be graded.")
            }
            return course
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
