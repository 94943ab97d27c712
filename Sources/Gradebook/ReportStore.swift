import Foundation

/// The folder of per-learner reports, `FOLDER.json` each: where a run writes each learner's
/// report as soon as their last exercise is graded, and where the next run looks first.
public struct ReportStore: Sendable {
    /// The folder.
    public let directory: String

    /// A store in `directory` (created on the first write).
    public init(directory: String) {
        self.directory = directory
    }

    /// The report file of the learner whose folder is `folder`.
    public func path(of folder: String) -> String {
        directory + "/" + folder + ".json"
    }

    /// `folder`'s report and its record if that report is up to date with `digest`, else nil.
    ///
    /// A report with a time-out or a limit hit is never up to date: those can come from a
    /// busy machine rather than the code (the grader does not cache them either), so the
    /// learner is graded again on the next run.
    public func upToDateReport(of folder: String, digest: String) -> (text: String, record: LearnerRecord)? {
        guard let data = FileManager.default.contents(atPath: path(of: folder)),
              let record = LearnerReport.record(in: data), record.submissionDigest == digest,
              !record.exercises.contains(where: { Self.mayDependOnLoad.contains($0.outcome) }) else { return nil }
        return (String(decoding: data, as: UTF8.self), record)
    }

    /// Outcomes that may say more about the machine than about the code.
    static let mayDependOnLoad: Set<String> = ["timed out", "resource limit"]

    /// Writes `folder`'s report atomically.
    public func write(_ text: String, of folder: String) throws(GradebookError) {
        try OutputFile.write(text, to: path(of: folder))
    }
}
