import CourseModel

/// The lessons folder as an edition carries it.
///
/// Inside an exercise folder only the files the format defines are kept — `exercise.md`,
/// `starter.swift`, `checks.swift`, and `hidden.swift` for the autograder — so a solution,
/// whatever it is called, stays behind; everything else of the lessons (lesson text, images,
/// shared `_` folders) is kept as it is. `course.yml` gains `edition: learner` (no
/// solutions: the loader then asks for none) and each `exercise.md` is rewritten from its
/// parsed front matter with `show_solution` off, and, in a learner edition, the number and
/// points of the hidden checks left out.
struct LessonsRewriter {
    /// Which edition the lessons are for.
    enum Kind {
        /// Learners': no solutions, no hidden checks, their count in each exercise's front matter.
        case learner(withheld: [String: WithheldChecks])
        /// Gradescope's: no solutions; hidden checks kept and run.
        case autograder
    }

    let course: Course
    let kind: Kind

    /// The files by path relative to the lessons folder, and the paths left out.
    func files() throws(ReleaseError) -> (files: [String: EditionFile], leftOut: [String]) {
        let (read, skipped) = try FileTree.read(course.lessonsPath)
        var files: [String: EditionFile] = [:]
        var leftOut = skipped
        var problems: [String] = []
        let lessons = Dictionary(course.lessons.map { ($0.folderName, $0) }, uniquingKeysWith: { first, _ in first })
        for (path, file) in read {
            let parts = path.split(separator: "/").map(String.init)
            if parts == [CourseMetadata.fileName] {
                files[path] = EditionFile(text: try courseYAML())
                continue
            }
            guard parts.count >= 3, parts[1] == Exercise.folderName, let lesson = lessons[parts[0]] else {
                // Outside exercise folders (shared `_` folders, a lesson's own files) a file
                // named like a solution or hidden checks still stays behind.
                if parts.last == "solution.swift" || (parts.last == "hidden.swift" && !keeps("hidden.swift")) {
                    leftOut.append(path)
                } else {
                    files[path] = file
                }
                continue
            }
            guard parts.count == 4, let exercise = lesson.exercises.first(where: { $0.name == parts[2] }),
                  keeps(parts[3]) else {
                leftOut.append(path)
                continue
            }
            if parts[3] == "exercise.md" {
                guard let text = FrontMatterReplacement.replacing(in: file.text, with: try frontMatter(of: exercise)) else {
                    problems.append("\(exercise.statementPath): error: cannot find the front matter to rewrite; run 'course check'")
                    continue
                }
                files[path] = EditionFile(text: text)
            } else {
                files[path] = file
            }
        }
        if !problems.isEmpty { throw .problems(problems) }
        return (files, leftOut.sorted())
    }

    private func keeps(_ name: String) -> Bool {
        switch name {
        case "exercise.md", "starter.swift", "checks.swift": return true
        case "hidden.swift": if case .autograder = kind { return true } else { return false }
        default: return false
        }
    }

    /// `course.yml` with the same settings and `edition: learner`.
    func courseYAML() throws(ReleaseError) -> String {
        let metadata = course.metadata
        var pairs: [(key: String, value: YAMLText.Value)] = [
            ("title", .text(metadata.title)),
            ("description", .text(metadata.description)),
            ("language", .text(metadata.language)),
        ]
        if let author = metadata.author { pairs.append(("author", .text(author))) }
        if metadata.allowsRawHTML { pairs.append(("raw_html", .flag(true))) }
        pairs.append(("edition", .text("learner")))
        let note: String
        switch kind {
        case .learner:
            note = "# Written by 'course release': a learner edition, without solutions or hidden checks.\n"
        case .autograder:
            note = "# Written by 'course autograder': no solutions; the hidden checks are kept and run.\n"
        }
        return note + (try YAMLText.mapping(pairs))
    }

    /// The YAML of an exercise's front matter in this edition.
    func frontMatter(of exercise: Exercise) throws(ReleaseError) -> String {
        let fields = exercise.frontMatter
        var pairs: [(key: String, value: YAMLText.Value)] = [("title", .text(fields.title))]
        if let timeout = fields.timeoutSeconds { pairs.append(("timeout", .number(timeout))) }
        if case .learner(let withheld) = kind, let hidden = withheld[exercise.id] {
            pairs.append(("hidden_checks", .number(Double(hidden.count))))
            pairs.append(("hidden_points", .number(Double(hidden.points))))
        }
        return try YAMLText.mapping(pairs)
    }
}
