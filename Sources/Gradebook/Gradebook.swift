/// A class's grades: the context and one record per learner, sorted by folder. The CSV and
/// the summary are functions of it alone, so an unsharded run and a merge of parts that
/// hold the same records write the same bytes.
public struct Gradebook: Sendable, Hashable {
    /// The course's columns, the digests and the notes.
    public let context: GradebookContext
    /// One record per learner, sorted by folder.
    public let records: [LearnerRecord]

    /// Creates a gradebook; `records` are put in folder order.
    public init(context: GradebookContext, records: [LearnerRecord]) {
        self.context = context
        self.records = records.sorted { Learner.byFolder($0.learner, $1.learner) }
    }

    /// Each exercise's maximum points: what the reference solution earns, or where it did
    /// not pass, the most any learner's checks offered.
    public var maxima: [Double] {
        context.exercises.indices.map { index in
            records.reduce(context.exercises[index].maxPoints) { maximum, record in
                index < record.exercises.count ? max(maximum, record.exercises[index].maxPoints) : maximum
            }
        }
    }

    /// The gradebook's maximum total.
    public var maximumTotal: Double { maxima.reduce(0, +) }

    /// `record`'s points on exercise `index` (0 when the record has no such exercise).
    func points(_ record: LearnerRecord, _ index: Int) -> Double {
        index < record.exercises.count ? record.exercises[index].points : 0
    }

    /// `record`'s total points.
    func total(_ record: LearnerRecord) -> Double {
        context.exercises.indices.reduce(0) { $0 + points(record, $1) }
    }
}
