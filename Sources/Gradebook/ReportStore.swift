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
    public func upToDateReport(of folder: String, digest: String) -> (text: String, record: LearnerRecord)? {
        guard let data = FileManager.default.contents(atPath: path(of: folder)),
              let record = LearnerReport.record(in: data), record.submissionDigest == digest else { return nil }
        return (String(decoding: data, as: UTF8.self), record)
    }

    /// Writes `folder`'s report atomically.
    public func write(_ text: String, of folder: String) throws(GradebookError) {
        try OutputFile.write(text, to: path(of: folder))
    }
}
