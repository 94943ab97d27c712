import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import CourseModel
import Foundation
import Grader

/// `course watch`: re-grade an exercise each time its file is saved.
///
/// Wakes on inotify events where the system has them and otherwise polls twice a second;
/// either way it compares modification times to find what changed (reliable on network and
/// container mounts too) and waits until a file has been still for a moment, so an editor's
/// save-in-several-writes is graded once.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-grade each exercise you save, until you press Ctrl-C."
    )

    @OptionGroup var options: LessonsOptions

    @OptionGroup var isolation: IsolationOption

    @Argument(help: ArgumentHelp("Lessons or exercises to watch; all when omitted.", valueName: "target"))
    var targets: [String] = []

    func run() throws {
        let course = try GradingEnvironment.loadCourseForLearner(options)
        let exercises = try GradingEnvironment.select(targets, in: course)
        for exercise in exercises {
            try? FileManager.default.createDirectory(atPath: (exercise.workspacePath as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
        }
        // Take the first stamps before announcing, so a save right after the announcement counts.
        var seen = Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, Self.stamp($0.workspacePath)) })
        let signal = FileChangeSignal(folders: exercises.map { ($0.workspacePath as NSString).deletingLastPathComponent })
        Console.out("Watching \(exercises.count) exercise file\(exercises.count == 1 ? "" : "s")\(signal.isEventDriven ? "" : " (polling)"); save one to grade it. Ctrl-C stops.")
        var pending: [String: Date] = [:]
        let report = TerminalReport(usesColor: Console.stdoutUsesColor)
        while true {
            signal.wait(seconds: pending.isEmpty ? 0.5 : 0.1)
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
            let results = try GradeCommand.grade(ready, source: .workspace, usesResultCache: true, showProgress: true,
                                                   isolation: isolation.isolation)
            Console.out(results.map(report.render).joined())
        }
    }

    /// What identifies a version of a file: modification time to the nanosecond, size and
    /// inode (a save by rename gives a new inode even within the same clock tick).
    static func stamp(_ path: String) -> [Int]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_size), Int(info.st_ino)]
    }
}
