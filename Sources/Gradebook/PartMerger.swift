import Foundation

/// `course gradebook --merge PART…`: checks that the parts are the N shards of one run
/// (same course, same class, each shard once) and joins them into the gradebook an
/// unsharded run would have made, with every learner's report.
public enum PartMerger {
    /// The merged gradebook and every learner's report text by folder, from `parts`
    /// (each with the path it was read from).
    public static func merge(_ parts: [(path: String, part: GradebookPart)]) throws(GradebookError) -> (gradebook: Gradebook, reports: [(folder: String, text: String)]) {
        guard let (firstPath, first) = parts.first else {
            throw .parts(path: "--merge", message: "no parts given; name every part-K.json of the run")
        }
        var byShard: [Int: String] = [:]
        for (path, part) in parts {
            guard part.shards == first.shards else {
                throw .parts(path: path, message: "this part is shard \(part.shard)/\(part.shards) but \(firstPath) is shard \(first.shard)/\(first.shards); merge the parts of one run")
            }
            guard part.context.courseDigest == first.context.courseDigest else {
                throw .parts(path: path, message: "this part was graded against a different course, checks or grading setup than \(firstPath); grade every shard with the same course")
            }
            guard part.context.submissionsDigest == first.context.submissionsDigest else {
                throw .parts(path: path, message: "this part was cut from a different set of submissions (or roster) than \(firstPath); grade every shard from the same submissions")
            }
            if let other = byShard[part.shard] {
                throw .parts(path: path, message: "this part is shard \(part.shard)/\(part.shards), and so is \(other); give each shard once")
            }
            byShard[part.shard] = path
        }
        let missing = (1...first.shards).filter { byShard[$0] == nil }
        guard missing.isEmpty else {
            let list = missing.map { "\($0)/\(first.shards)" }.joined(separator: ", ")
            throw .parts(path: "--merge", message: "missing shard\(missing.count == 1 ? "" : "s") \(list); merge all \(first.shards) parts of the run")
        }

        var records: [LearnerRecord] = []
        var reports: [(folder: String, text: String)] = []
        var seen: [String: String] = [:]
        for (path, part) in parts.sorted(by: { $0.part.shard < $1.part.shard }) {
            for entry in part.learners {
                guard let record = LearnerReport.record(in: Data(entry.report.utf8)), record.learner.folder == entry.folder,
                      Roster.folderProblem(entry.folder) == nil else {
                    throw .parts(path: path, message: "the report of '\(entry.folder)' cannot be read; make the part again")
                }
                if let other = seen[entry.folder] {
                    throw .parts(path: path, message: "'\(entry.folder)' is graded in \(other) too; the parts overlap")
                }
                seen[entry.folder] = path
                records.append(record)
                reports.append((entry.folder, entry.report))
            }
        }
        // The class digest rebuilt from the records proves that no learner is missing or
        // extra and that each was graded from the submission the shards saw.
        let rebuilt = GradebookPlan.submissionsDigest(records.map { ($0.learner.folder, $0.submissionDigest) })
        guard records.count == first.context.learnerCount, rebuilt == first.context.submissionsDigest else {
            throw .parts(path: "--merge", message: "the parts hold \(records.count) learners that do not add up to the class of \(first.context.learnerCount) they were cut from; make the parts again")
        }
        return (Gradebook(context: first.context, records: records), reports.sorted { $0.folder.utf8.lexicographicallyPrecedes($1.folder.utf8) })
    }
}
