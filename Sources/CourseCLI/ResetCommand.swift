import ArgumentParser
import CourseModel
import Foundation

/// `course reset LESSON/EXERCISE`: back up the learner's file, then restore the starter.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Restore an exercise's starter code, keeping your version as a backup."
    )

    @OptionGroup var options: LessonsOptions

    @Argument(help: ArgumentHelp("The exercise, as lesson/exercise.", valueName: "exercise"))
    var exercise: String

    func run() throws {
        let course = try GradingEnvironment.loadCourseForLearner(options)
        guard exercise.contains("/") else {
            Console.error("error: name one exercise, as lesson/exercise (for example '\(course.exercises.first?.id ?? "rotary-idea/rotate-pair")')")
            throw ExitStatus.usage
        }
        for exercise in try GradingEnvironment.select([exercise], in: course) {
            let fileManager = FileManager.default
            guard let starter = fileManager.contents(atPath: exercise.starterPath) else {
                Console.error("\(exercise.starterPath): error: cannot read the starter")
                throw ExitStatus.noInput
            }
            let current = fileManager.contents(atPath: exercise.workspacePath)
            if current == starter {
                Console.out("\(exercise.workspacePath) is already the starter; nothing to do.")
                continue
            }
            do {
                if current != nil {
                    let backup = Self.freeBackupPath(for: exercise.workspacePath)
                    try fileManager.copyItem(atPath: exercise.workspacePath, toPath: backup)
                    Console.out("Saved your version as \(backup).")
                }
                try fileManager.createDirectory(atPath: (exercise.workspacePath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
                try starter.write(to: URL(fileURLWithPath: exercise.workspacePath), options: .atomic)
                Console.out("Restored the starter in \(exercise.workspacePath).")
            } catch {
                Console.error("\(exercise.workspacePath): error: cannot reset: \(error.localizedDescription)")
                throw ExitStatus.cannotCreate
            }
        }
    }

    /// `file.swift.backup-1`, or the next number that is free; never overwrites a backup.
    static func freeBackupPath(for path: String) -> String {
        var number = 1
        while FileManager.default.fileExists(atPath: "\(path).backup-\(number)") { number += 1 }
        return "\(path).backup-\(number)"
    }
}
