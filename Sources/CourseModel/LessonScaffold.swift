import Foundation

/// Creates a new lesson folder from a template (`course new`).
public enum LessonScaffold {
    /// Creates `NN-slug/lesson.md` in `lessonsPath`, numbered after the last lesson, and
    /// returns the new file's path. Never overwrites anything.
    public static func create(slug: String, title: String, summary: String?, in lessonsPath: String) throws(CourseError) -> String {
        guard CourseLoader.isSlug(slug) else {
            throw CourseError([Diagnostic(file: lessonsPath, message:
                "'\(slug)' is not a slug; use lowercase letters and digits joined by dashes, like 'rotary-idea'")])
        }
        guard !title.trimmingWhitespace().isEmpty, !title.contains("\n") else {
            throw CourseError([Diagnostic(file: lessonsPath, message: "the title must be one non-empty line")])
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: lessonsPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CourseError([Diagnostic(file: lessonsPath, message:
                "no lessons folder here; run the command from the course's top folder or pass --lessons DIR")],
                              isMissingInput: true)
        }
        let existing = ((try? fileManager.contentsOfDirectory(atPath: lessonsPath)) ?? []).compactMap(CourseLoader.parseFolderName)
        if let clash = existing.first(where: { $0.slug == slug }) {
            throw CourseError([Diagnostic(file: lessonsPath, message:
                "lesson \(clash.number) already uses the slug '\(slug)'; pick another")])
        }
        let number = (existing.map(\.number).max() ?? -1) + 1
        let folderName = (number < 10 ? "0" : "") + "\(number)-\(slug)"
        let folder = CourseLoader.join(lessonsPath, folderName)
        let file = CourseLoader.join(folder, Lesson.fileName)
        do {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try Data(template(title: title, summary: summary).utf8).write(to: URL(fileURLWithPath: file), options: .withoutOverwriting)
        } catch {
            throw CourseError([Diagnostic(file: folder, message: "cannot create the lesson: \(error.localizedDescription)")])
        }
        return file
    }

    /// Text the template puts in a new lesson for the author to replace. `course check` fails
    /// while any is left (outside code blocks) and `course build` warns, so a draft is never
    /// published by accident.
    static let placeholders = [
        "TODO:",
        "Start with the idea in plain words.",
        "Self-check: a question for the reader",
        "The answer, folded until the reader opens it.",
    ]

    /// The starting text of a lesson: valid front matter and the sections every lesson has.
    static func template(title: String, summary: String?) -> String {
        """
        ---
        title: \(yamlQuoted(title))
        summary: \(yamlQuoted(summary ?? "TODO: one sentence on what this lesson covers."))
        objectives:
          - "TODO: what the learner will be able to do after this lesson"
        ---

        ## Intuition

        \(placeholders[1]) Inline math is written $`\\theta_i`$; display math
        goes in a `math` block:

        ```math
        \\theta_i = 10000^{-2i/d}
        ```

        ## Recap

        - TODO: the points to remember.

        > [!answer] \(placeholders[2])
        > \(placeholders[3])

        """
    }

    /// Every scaffold placeholder left in `source`, at its line and column; text inside fenced
    /// code blocks is the author's own (a starter may well say `// TODO:`) and is skipped.
    public static func placeholdersLeft(in source: SourceFile) -> [Diagnostic] {
        // Most lessons have none: one scan of the bytes per placeholder decides that.
        guard placeholders.contains(where: { UTF8Search.contains($0, in: source.text) }) else { return [] }
        var found: [Diagnostic] = []
        var fence: Substring?
        for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) && trimmed.drop(while: { $0 == open.first }).allSatisfy(\.isWhitespace) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
                continue
            }
            for placeholder in placeholders {
                guard let range = line.range(of: placeholder) else { continue }
                let column = line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1
                found.append(Diagnostic(file: source.path, line: index + 1, column: column, message:
                    "'\(placeholder)' is placeholder text from 'course new'; replace it with the lesson's own words before publishing"))
                break
            }
        }
        return found
    }

    /// A YAML double-quoted scalar, so titles with ':' or '#' survive.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
