/// Why an edition or an autograder could not be made or written. Each case reads as one
/// line, `path: error: what is wrong; what to do`, except the lists of problems, one per line.
public enum ReleaseError: Error, Sendable, CustomStringConvertible {
    /// The output folder exists and holds files; writing over them could lose work.
    case outputNotEmpty(path: String)
    /// The output path exists and is not a folder.
    case outputNotAFolder(path: String)
    /// The output file exists and is not an autograder `course autograder` wrote.
    case notAnAutograder(path: String)
    /// The file system refused to read or write.
    case fileSystem(path: String, reason: String)
    /// The course is itself a learner edition: it has no solutions or hidden checks to leave out.
    case alreadyLearnerEdition(path: String)
    /// Problems found while making the edition (it does not load, its site does not build,
    /// the hidden checks do not count up), one line each.
    case problems([String])

    public var description: String {
        switch self {
        case .outputNotEmpty(let path):
            return "\(path): error: the folder exists and is not empty; choose a new --out or empty it yourself"
        case .outputNotAFolder(let path):
            return "\(path): error: this exists and is not a folder; choose another --out"
        case .notAnAutograder(let path):
            return "\(path): error: the file exists and is not an autograder written by 'course autograder'; choose another --out or remove it yourself"
        case .fileSystem(let path, let reason):
            return "\(path): error: \(reason)"
        case .alreadyLearnerEdition(let path):
            return "\(path): error: this course is a learner edition (edition: learner) and has no solutions or hidden checks; run the command in the authors' repository"
        case .problems(let lines):
            return lines.joined(separator: "\n")
        }
    }
}
