import Foundation

/// Where a run writes besides `--out`, named after it: `gradebook.csv` gives
/// `gradebook-summary.txt` and `gradebook-reports/`; `part-2.json` gives `part-2-reports/`.
public struct OutputNames: Sendable, Hashable {
    /// The CSV (or, for a shard, the part).
    public let out: String
    /// The per-learner reports' folder.
    public let reports: String
    /// The summary's file.
    public let summary: String

    /// Names for `out`; `reports` overrides the reports' folder.
    public init(out: String, reports: String? = nil) {
        self.out = out
        let name = out as NSString
        let stem = ["csv", "json"].contains(name.pathExtension.lowercased()) ? name.deletingPathExtension : out
        self.reports = reports ?? stem + "-reports"
        summary = stem + "-summary.txt"
    }
}
