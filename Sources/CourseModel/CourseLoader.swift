import ContentHash
import Foundation
import Markdown
import ParallelMap

/// Finds, reads and validates the lessons of a course folder.
///
/// Every problem in every file is collected and thrown together, so one run of
/// `course check` or `course build` shows an author all there is to fix.
public enum CourseLoader {
    /// The front matter read earlier from the lesson text with this fingerprint, if any.
    public typealias KnownFrontMatter = @Sendable (Fingerprint) -> LessonFrontMatter?

    /// The folder beside `course.yml` whose files replace the site theme's files of the same
    /// name (course.css, search.js…).
    public static let themeFolderName = "theme"

    /// Loads the course in `lessonsPath` (a folder holding `course.yml` and `NN-slug/` folders).
    ///
    /// Learners' copies of the exercises live in `workspacePath`, by default `Exercises`
    /// beside the lessons folder.
    ///
    /// `knownFrontMatter` answers, for a lesson file's fingerprint, the front matter an earlier
    /// load read from that same text (the build cache's): its YAML is then not parsed again.
    public static func load(lessonsPath: String, workspacePath: String? = nil,
                            knownFrontMatter: KnownFrontMatter? = nil) throws(CourseError) -> Course {
        let (course, problems) = try loadSkippingBrokenLessons(lessonsPath: lessonsPath, workspacePath: workspacePath,
                                                               knownFrontMatter: knownFrontMatter)
        guard problems.isEmpty else { throw CourseError(problems) }
        return course
    }

    /// Loads every lesson that is well formed and returns the problems of the others
    /// beside it, so a learner can grade lesson 5 while an author's edit breaks lesson 2.
    /// Throws only when nothing usable is left: no lessons folder, or no valid `course.yml`.
    public static func loadSkippingBrokenLessons(lessonsPath: String, workspacePath: String? = nil,
                                                 knownFrontMatter: KnownFrontMatter? = nil) throws(CourseError) -> (Course, [Diagnostic]) {
        let workspace = workspacePath ?? defaultWorkspace(for: lessonsPath)
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: lessonsPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CourseError([Diagnostic(file: lessonsPath, message:
                "no lessons folder here; run the command from the course's top folder or pass --lessons DIR")],
                              isMissingInput: true)
        }

        let metadataPath = join(lessonsPath, CourseMetadata.fileName)
        var metadata: CourseMetadata?
        if fileManager.fileExists(atPath: metadataPath) {
            do throws(CourseError) {
                metadata = try CourseMetadata.parse(SourceFile.read(metadataPath))
            } catch {
                diagnostics += error.diagnostics
            }
        } else {
            diagnostics.append(Diagnostic(file: metadataPath, message:
                "missing course metadata; create it with 'title:' and 'description:' lines"))
        }

        let entries = ((try? fileManager.contentsOfDirectory(atPath: lessonsPath)) ?? []).sorted()
        var lessonFolders: [(path: String, name: String, number: Int, slug: String)] = []
        for entry in entries {
            let path = join(lessonsPath, entry)
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            // Folders starting with '_' or '.' hold shared material, not lessons; `theme/`
            // holds the course's own stylesheet or scripts, replacing the defaults.
            if entry.hasPrefix("_") || entry.hasPrefix(".") || entry == Self.themeFolderName { continue }
            guard let (number, slug) = parseFolderName(entry) else {
                diagnostics.append(Diagnostic(file: path, message:
                    "lesson folders are named 'NN-slug' (digits, a dash, lowercase words joined by dashes), like '03-sinusoidal'; rename it, or start its name with '_' if it is not a lesson"))
                continue
            }
            lessonFolders.append((path, entry, number, slug))
        }
        let requiresSolutions = !(metadata?.isLearnerEdition ?? false)
        // Reading, YAML and cmark parsing are independent per lesson: spread them over the cores.
        let loaded = lessonFolders.parallelMap { folder -> Result<Lesson, CourseError> in
            do throws(CourseError) {
                let lesson = try loadLesson(folderPath: folder.path, folderName: folder.name, number: folder.number, slug: folder.slug,
                                            knownFrontMatter: knownFrontMatter)
                var problems: [Diagnostic] = []
                let exercises = ExerciseLoader.load(lessonFolder: folder.path, lessonSlug: folder.slug, workspaceRoot: workspace,
                                                    requiresSolutions: requiresSolutions,
                                                    diagnostics: &problems)
                guard problems.isEmpty else { return .failure(CourseError(problems)) }
                return .success(lesson.with(exercises: exercises))
            } catch {
                return .failure(error)
            }
        }
        var lessons: [Lesson] = []
        for result in loaded {
            switch result {
            case .success(let lesson): lessons.append(lesson)
            case .failure(let error): diagnostics += error.diagnostics
            }
        }

        diagnostics += duplicateProblems(in: lessons)
        if lessons.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: lessonsPath, message:
                "the course has no lessons; add one with 'course new SLUG --title \"…\"'"))
        }
        guard let metadata else { throw CourseError(diagnostics) }
        // Duplicates make lesson names ambiguous: keep the first of each number and slug.
        var seenNumbers = Set<Int>(), seenSlugs = Set<String>()
        let usable = lessons.sorted { $0.folderName < $1.folderName }.filter {
            seenNumbers.insert($0.number).inserted && seenSlugs.insert($0.slug).inserted
        }
        return (Course(lessonsPath: lessonsPath, workspacePath: workspace, metadata: metadata, lessons: usable),
                CourseError(diagnostics).diagnostics)
    }

    /// `Exercises` beside the lessons folder: `Lessons` → `Exercises`, `x/L` → `x/Exercises`.
    public static func defaultWorkspace(for lessonsPath: String) -> String {
        var parts = lessonsPath.split(separator: "/", omittingEmptySubsequences: false)
        while parts.count > 1, parts.last == "" { parts.removeLast() }
        if parts.count <= 1 { return "Exercises" }
        parts[parts.count - 1] = "Exercises"
        return parts.joined(separator: "/")
    }

    /// Reads one lesson folder.
    public static func loadLesson(folderPath: String, folderName: String, number: Int, slug: String,
                                  knownFrontMatter: KnownFrontMatter? = nil) throws(CourseError) -> Lesson {
        let path = join(folderPath, Lesson.fileName)
        let source: SourceFile
        do throws(CourseError) {
            source = try SourceFile.read(path)
        } catch {
            // Asked only when reading failed: a build of a thousand lessons stats none of them.
            guard FileManager.default.fileExists(atPath: path) else {
                throw CourseError([Diagnostic(file: folderPath, message:
                    "the lesson folder has no \(Lesson.fileName); add one, or scaffold the lesson with 'course new'")])
            }
            throw error
        }
        return try parseLesson(source, folderPath: folderPath, folderName: folderName, number: number, slug: slug,
                               knownFrontMatter: knownFrontMatter)
    }

    /// Builds a lesson from its text; split out so tests need no files.
    public static func parseLesson(_ source: SourceFile, folderPath: String, folderName: String,
                                   number: Int, slug: String, knownFrontMatter: KnownFrontMatter? = nil) throws(CourseError) -> Lesson {
        let frontMatter: FrontMatter
        switch FrontMatter.split(source.text, file: source.path) {
        case .success(let split): frontMatter = split
        case .failure(let diagnostic): throw CourseError([diagnostic])
        }
        let digest = Fingerprint.of(source.text)
        if let known = knownFrontMatter?(digest) {
            return Lesson(number: number, slug: slug, folderName: folderName, folderPath: folderPath,
                          source: source, sourceDigest: digest, frontMatter: known, body: LessonBody(frontMatter: frontMatter))
        }
        var fields = YAMLFields(yaml: frontMatter.yaml, file: source.path, lineOffset: frontMatter.yamlLineOffset)
        let lessonFields = LessonFrontMatter(
            title: fields.requiredString("title", purpose: "the lesson's title"),
            summary: fields.requiredString("summary", purpose: "one sentence on what the lesson covers"),
            objectives: fields.stringList("objectives", required: true, purpose: "what the learner will be able to do")
        )
        fields.rejectUnknownKeys(known: LessonFrontMatter.knownKeys)
        if !fields.diagnostics.isEmpty { throw CourseError(fields.diagnostics) }
        return Lesson(
            number: number, slug: slug, folderName: folderName, folderPath: folderPath,
            source: source, sourceDigest: digest, frontMatter: lessonFields, body: LessonBody(frontMatter: frontMatter)
        )
    }

    /// Splits `03-sinusoidal` into 3 and `sinusoidal`; nil when the name has another shape.
    public static func parseFolderName(_ name: String) -> (number: Int, slug: String)? {
        guard let dash = name.firstIndex(of: "-") else { return nil }
        let digits = name[..<dash]
        let slug = String(name[name.index(after: dash)...])
        guard digits.count >= 2, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits),
              isSlug(slug) else { return nil }
        return (number, slug)
    }

    /// Lowercase ASCII words of letters and digits joined by single dashes.
    public static func isSlug(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { $0.isASCIIDigit || ("a"..."z").contains($0) }
        }
    }

    private static func duplicateProblems(in lessons: [Lesson]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var byNumber: [Int: Lesson] = [:]
        var bySlug: [String: Lesson] = [:]
        for lesson in lessons.sorted(by: { $0.folderName < $1.folderName }) {
            if let first = byNumber[lesson.number] {
                problems.append(Diagnostic(file: lesson.folderPath, message:
                    "lesson number \(lesson.number) is already used by '\(first.folderName)'; give each lesson its own number"))
            } else {
                byNumber[lesson.number] = lesson
            }
            if let first = bySlug[lesson.slug] {
                problems.append(Diagnostic(file: lesson.folderPath, message:
                    "the slug '\(lesson.slug)' is already used by '\(first.folderName)'; slugs name lessons on the command line, so make it unique"))
            } else {
                bySlug[lesson.slug] = lesson
            }
        }
        return problems
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
