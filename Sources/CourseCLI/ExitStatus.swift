import ArgumentParser

/// The exit statuses `course` documents, from BSD's sysexits so scripts can tell them apart.
enum ExitStatus {
    /// The command line was wrong (ArgumentParser's own validation status).
    static let usage = ExitCode(64)
    /// A lesson, front matter, link, image or TeX expression is malformed.
    static let courseError = ExitCode(65)
    /// The lessons folder or an input file does not exist.
    static let noInput = ExitCode(66)
    /// Learner or lesson code could not be run as asked (the grader failed to start, or
    /// `--isolation required` where isolation is unavailable).
    static let cannotRun = ExitCode(70)
    /// The site (or a new lesson) could not be written.
    static let cannotCreate = ExitCode(73)
}
