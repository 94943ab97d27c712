import ArgumentParser
import Foundation

/// The `--lessons` option every command that reads a course shares.
struct LessonsOptions: ParsableArguments {
    @Option(name: .customLong("lessons"),
            help: ArgumentHelp("The folder holding course.yml and the NN-slug lesson folders (default: Lessons, in the current folder or the nearest one above it that has Lessons/course.yml).",
                               valueName: "dir"))
    var lessonsFolder: String?

    /// The lessons folder: the one given, or found as git finds `.git`.
    var lessons: String { lessonsFolder ?? CourseRoot.lessonsPath() }

    /// Where `course build` writes by default: `site` beside the lessons folder found.
    var defaultSitePath: String {
        guard lessonsFolder == nil else { return "site" }
        let lessons = CourseRoot.lessonsPath()
        let root = (lessons as NSString).deletingLastPathComponent
        return root.isEmpty ? "site" : root + "/site"
    }
}

/// Finds the course a command is run in, from any folder inside it.
enum CourseRoot {
    static let lessonsFolderName = "Lessons"

    /// `Lessons` when the current folder has `Lessons/course.yml`; otherwise `../Lessons`,
    /// `../../Lessons`… for the nearest folder above that has one (relative, so messages name
    /// files as the user can open them from where they are); `Lessons` when none has.
    static func lessonsPath(from start: String = FileManager.default.currentDirectoryPath) -> String {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        var climbs = 0
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(lessonsFolderName).appendingPathComponent("course.yml").path) {
                return String(repeating: "../", count: climbs) + lessonsFolderName
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return lessonsFolderName }
            folder = parent
            climbs += 1
        }
    }
}
