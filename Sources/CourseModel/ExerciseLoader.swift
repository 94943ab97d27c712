import Foundation
import Markdown

/// Finds and validates the exercises of one lesson.
enum ExerciseLoader {
    /// Loads `lessonFolder/exercises/*/`; every problem is collected into `diagnostics`.
    ///
    /// A learner edition (`requiresSolutions` false) has no `solution.swift`.
    static func load(lessonFolder: String, lessonSlug: String, workspaceRoot: String, requiresSolutions: Bool = true,
                     diagnostics: inout [Diagnostic]) -> [Exercise] {
        let root = CourseLoader.join(lessonFolder, Exercise.folderName)
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        var exercises: [Exercise] = []
        for name in ((try? fileManager.contentsOfDirectory(atPath: root)) ?? []).sorted() where !name.hasPrefix(".") {
            let folder = CourseLoader.join(root, name)
            guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            guard CourseLoader.isSlug(name) else {
                diagnostics.append(Diagnostic(file: folder, message:
                    "exercise folders are named with a slug (lowercase words joined by dashes), like 'rotate-pair'"))
                continue
            }
            var missing: [String] = []
            let required = [Exercise.statementFileName, Exercise.starterFileName, Exercise.checksFileName]
                + (requiresSolutions ? [Exercise.solutionFileName] : [])
            for file in required where !fileManager.fileExists(atPath: CourseLoader.join(folder, file)) {
                missing.append(file)
            }
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(file: folder, message:
                    "the exercise is missing \(missing.joined(separator: ", ")); an exercise needs exercise.md, starter.swift, solution.swift and checks.swift"))
                continue
            }
            do throws(CourseError) {
                let source = try SourceFile.read(CourseLoader.join(folder, Exercise.statementFileName))
                exercises.append(try parse(source, name: name, lessonSlug: lessonSlug, folder: folder,
                                           workspacePath: "\(workspaceRoot)/\(lessonSlug)/\(name).swift"))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return exercises
    }

    static func parse(_ source: SourceFile, name: String, lessonSlug: String, folder: String,
                      workspacePath: String) throws(CourseError) -> Exercise {
        let frontMatter: FrontMatter
        switch FrontMatter.split(source.text, file: source.path, expectedKeys: "'title:'") {
        case .success(let split): frontMatter = split
        case .failure(let diagnostic): throw CourseError([diagnostic])
        }
        var fields = YAMLFields(yaml: frontMatter.yaml, file: source.path, lineOffset: frontMatter.yamlLineOffset)
        let title = fields.requiredString("title", purpose: "the exercise's title")
        let timeout = fields.optionalDouble("timeout", range: 0.1...600, unit: "seconds")
        let showsSolution = fields.bool("show_solution", default: false)
        let hiddenCount = fields.optionalDouble("hidden_checks", range: 1...10_000, unit: "checks")
        let hiddenPoints = fields.optionalDouble("hidden_points", range: 0...1_000_000, unit: "points")
        let withheld = hiddenCount.map { WithheldChecks(count: Int($0), points: Int(hiddenPoints ?? 0)) }
        fields.rejectUnknownKeys(known: ExerciseFrontMatter.knownKeys)
        var diagnostics = fields.diagnostics

        let document = MarkdownDocument(parsing: frontMatter.body)
        if document.root.children.isEmpty {
            diagnostics.append(Diagnostic(file: source.path, line: 1, column: 1, message:
                "the exercise has no statement; after the front matter, say what to write, with the function's exact signature"))
        }
        let hasHint = document.root.children.contains { block in
            guard case .blockQuote = block.kind, let paragraph = block.children.first,
                  case .text(let text)? = paragraph.children.first?.kind else { return false }
            return text.lowercased().hasPrefix("[!hint]")
        }
        if !document.root.children.isEmpty && !hasHint {
            diagnostics.append(Diagnostic(file: source.path, line: 1, column: 1, message:
                "the exercise has no hint; add a folded one: '> [!hint] Stuck?' and the hint on the next '>' line"))
        }
        if !diagnostics.isEmpty { throw CourseError(diagnostics) }
        return Exercise(
            name: name, lessonSlug: lessonSlug, folderPath: folder, workspacePath: workspacePath,
            frontMatter: ExerciseFrontMatter(title: title, timeoutSeconds: timeout, showsSolution: showsSolution,
                                             withheldHiddenChecks: withheld),
            statement: document, statementPath: source.path
        )
    }
}
