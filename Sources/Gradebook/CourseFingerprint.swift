import CourseModel
import Foundation

/// The digest of what grading a class depends on besides the learners' files: every
/// exercise's statement, starter, checks, hidden checks and solution, the sources of the
/// libraries checks are built on, and whether learner code ran isolated.
///
/// It goes into every learner's digest (so a changed check regrades everyone, from the
/// results cache where the compiled programs are unchanged) and into every part of a
/// sharded run (so parts graded against different courses are never merged).
public enum CourseFingerprint {
    /// The digest for `exercises` graded with the libraries in `librarySources` (folders
    /// of `.swift` files), isolated or not.
    public static func digest(exercises: [Exercise], librarySources: [String], isolated: Bool) -> String {
        let fileManager = FileManager.default
        var digest = DigestBuilder()
        digest.add("course gradebook course 1")
        digest.add(isolated ? "isolated" : "not isolated")
        for exercise in exercises {
            digest.add(exercise.id)
            for path in [exercise.statementPath, exercise.starterPath, exercise.checksPath, exercise.hiddenChecksPath, exercise.solutionPath] {
                if let bytes = fileManager.contents(atPath: path) {
                    digest.add((path as NSString).lastPathComponent)
                    digest.add(bytes: bytes)
                } else {
                    digest.add("absent")
                }
            }
        }
        for folder in librarySources {
            let files = ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".swift") }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for file in files {
                digest.add(file)
                digest.add(bytes: fileManager.contents(atPath: folder + "/" + file) ?? Data())
            }
        }
        return digest.hexDigest()
    }
}
