import ArgumentParser
import CourseModel
import Foundation
import Grader

/// `course watch`: re-grade an exercise each time its file is saved.
///
/// Polls modification times twice a second (works on every file system, including network
/// and container mounts where change notifications are unreliable) and waits until a file
/// has been still for a moment, so an editor's save-in-several-writes is graded once.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-grade each exercise you save, until you press Ctrl-C."
    )

    @OptionGroup var options: LessonsOptions

    @Argument(help: ArgumentHelp("Lessons or exercises to watch; all when omitted.", valueName: "target"))
    var targets: [String] = []

    func run() throws {
        let course = try GradingEnvironment.loadCourseForLearner(options)
        let exercises = try GradingEnvironment.select(targets, in: course)
        Console.out("Watching \(exercises.count) exercise file\(exercises.count == 1 ? "" : "s"); save one to grade it. Ctrl-C stops.")
        var seen = Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, Self.stamp($0.workspacePath)) })
        var pending: [String: Date] = [:]
        let report = TerminalReport(usesColor: Console.stdoutUsesColor)
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let now = Date()
            for exercise in exercises {
                let stamp = Self.stamp(exercise.workspacePath)
                if stamp != seen[exercise.id] {
                    seen[exercise.id] = stamp
                    pending[exercise.id] = now
                }
            }
            let ready = exercises.filter { pending[$0.id].map { now.timeIntervalSince($0) >= 0.3 } ?? false }
            guard !ready.isEmpty else { continue }
            for exercise in ready { pending[exercise.id] = nil }
            let results = try GradeCommand.grade(ready, source: .workspace, usesResultCache: true, showProgress: true)
            Console.out(results.map(report.render).joined())
        }
    }

    static func stamp(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
