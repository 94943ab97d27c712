import Foundation

/// Everyone a gradebook covers: each folder of the submissions folder and each roster row,
/// sorted by folder.
///
/// A folder not on the roster is graded with an empty id and name; a roster row without a
/// folder gets a row of "not submitted" (both with a warning). Files at the top of the
/// submissions folder, folders starting with `.` or `_` (`.git`, `__MACOSX`) and the
/// command's own outputs are not learners.
public struct ClassList: Sendable, Hashable {
    /// The learners, sorted by folder (UTF-8 byte order).
    public var learners: [Learner]
    /// Folders of learners on the roster that the submissions folder does not have.
    public var missingFolders: Set<String>
    /// Warnings for the instructor, one line each: the roster's, then the class list's.
    public var warnings: [String]

    /// Creates a class list from validated parts.
    public init(learners: [Learner], missingFolders: Set<String> = [], warnings: [String] = []) {
        self.learners = learners.sorted(by: Learner.byFolder)
        self.missingFolders = missingFolders
        self.warnings = warnings
    }

    /// The learners of `submissions` (a folder of folders), named by `roster` when given.
    ///
    /// `ignoring` lists absolute paths that are not learners even if they lie in the
    /// submissions folder (the gradebook's reports folder, say).
    public static func discover(submissions: String, roster: Roster?, ignoring: [String] = []) throws(GradebookError) -> ClassList {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: submissions, isDirectory: &isDirectory) else {
            throw .missingInput(path: submissions, message: "no such submissions folder; give the folder that holds one folder per learner")
        }
        guard isDirectory.boolValue, let entries = try? fileManager.contentsOfDirectory(atPath: submissions) else {
            throw .submissions(path: submissions, message: "not a readable folder; give the folder that holds one folder per learner")
        }
        let root = URL(fileURLWithPath: submissions).standardized.path
        let folders = entries.filter { entry in
            guard !entry.hasPrefix("."), !entry.hasPrefix("_"), !ignoring.contains(root + "/" + entry) else { return false }
            var isFolder: ObjCBool = false
            return fileManager.fileExists(atPath: submissions + "/" + entry, isDirectory: &isFolder) && isFolder.boolValue
        }

        guard let roster else {
            return ClassList(learners: folders.map { Learner(folder: $0) })
        }
        var warnings = roster.warnings
        let onRoster = Set(roster.learners.map(\.folder))
        let present = Set(folders)
        let unlisted = folders.filter { !onRoster.contains($0) }.map { Learner(folder: $0) }.sorted(by: Learner.byFolder)
        let missing = roster.learners.filter { !present.contains($0.folder) }.sorted(by: Learner.byFolder)
        for learner in missing {
            warnings.append("\(submissions)/\(learner.folder): warning: the roster lists '\(learner.folder)' but there is no such folder; every exercise is 'not submitted'")
        }
        for learner in unlisted {
            warnings.append("\(submissions)/\(learner.folder): warning: '\(learner.folder)' is not on the roster; graded with an empty id and name")
        }
        return ClassList(learners: roster.learners + unlisted, missingFolders: Set(missing.map(\.folder)), warnings: warnings)
    }
}
