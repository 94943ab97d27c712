import Foundation

/// What `course gradebook --shard K/N --out part-K.json` writes: the context (every part of
/// one run has the same), which shard it is, and the report of each learner it graded, as
/// text, so the merge writes the very bytes the shard wrote.
public struct GradebookPart: Sendable, Hashable, Codable {
    /// Always ``formatName``: tells a part from any other JSON file.
    public var format: String
    /// The format's version; a merge refuses others.
    public var version: Int
    /// Which share of the class: shard `shard` of `shards`.
    public var shard: Int
    public var shards: Int
    /// The course, the class and the notes; the same in every part of a run.
    public var context: GradebookContext
    /// This shard's learners, in folder order.
    public var learners: [Entry]

    /// One learner's report in a part.
    public struct Entry: Sendable, Hashable, Codable {
        /// The learner's folder.
        public var folder: String
        /// The report's text, exactly as written into the reports folder.
        public var report: String

        /// Creates an entry.
        public init(folder: String, report: String) {
            self.folder = folder
            self.report = report
        }
    }

    /// The `format` of every part.
    public static let formatName = "course-gradebook-part"
    /// The version this build writes and reads.
    public static let currentVersion = 1

    /// Creates a part.
    public init(shard: Shard, context: GradebookContext, learners: [Entry]) {
        format = Self.formatName
        version = Self.currentVersion
        self.shard = shard.index
        shards = shard.count
        self.context = context
        self.learners = learners
    }

    /// The part as JSON text: keys sorted, indented, the same bytes for the same part.
    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Strings and finite numbers only: encoding cannot fail.
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a part; `path` names it in messages.
    public static func parse(_ data: Data, path: String) throws(GradebookError) -> GradebookPart {
        let part: GradebookPart
        do {
            part = try JSONDecoder().decode(GradebookPart.self, from: data)
        } catch {
            throw .parts(path: path, message: "not a part written by 'course gradebook --shard K/N' (it cannot be read as one)")
        }
        guard part.format == formatName else {
            throw .parts(path: path, message: "not a part written by 'course gradebook --shard K/N' (format '\(part.format)')")
        }
        guard part.version == currentVersion else {
            throw .parts(path: path, message: "a part of version \(part.version); this course reads version \(currentVersion): make all parts with one version of course")
        }
        guard Shard(index: part.shard, count: part.shards) != nil else {
            throw .parts(path: path, message: "says it is shard \(part.shard)/\(part.shards), which cannot be")
        }
        return part
    }
}
