import ArgumentParser
import CourseModel
import Markdown

/// `course hint LESSON/EXERCISE`: print the exercise's hints.
struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hint", abstract: "Show the hints of an exercise.")

    @OptionGroup var options: LessonsOptions

    @Argument(help: ArgumentHelp("The exercise, as lesson/exercise.", valueName: "exercise"))
    var exercise: String

    func run() throws {
        let course = try GradingEnvironment.loadCourseForLearner(options)
        let chosen = try GradingEnvironment.select([exercise], in: course)
        for exercise in chosen {
            Console.out("\(exercise.id): \(exercise.frontMatter.title)")
            for (index, hint) in Self.hints(of: exercise).enumerated() {
                Console.out("  Hint \(index + 1): \(hint)")
            }
            Console.out("  Edit \(exercise.workspacePath), then run './course grade \(exercise.id)'.")
        }
    }

    /// The text of each `> [!hint]` block of the statement, title and body joined.
    static func hints(of exercise: Exercise) -> [String] {
        exercise.statement.root.children.compactMap { block in
            guard case .blockQuote = block.kind else { return nil }
            let text = block.children.map(\.plainText).joined(separator: " ")
            guard text.lowercased().hasPrefix("[!hint]") else { return nil }
            return String(text.dropFirst("[!hint]".count)).trimmingCharacters(in: .whitespaces)
        }
    }
}
