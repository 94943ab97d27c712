import Gradebook

/// Small gradebooks built in memory.
enum Fixtures {
    static func score(_ id: String, _ outcome: String, _ points: Double, _ max: Double, failed: [String] = []) -> ExerciseScore {
        ExerciseScore(id: id, outcome: outcome, points: points, maxPoints: max, failedChecks: failed)
    }

    static func record(_ folder: String, _ id: String, _ name: String, _ scores: [ExerciseScore], digest: String? = nil) -> LearnerRecord {
        LearnerRecord(learner: Learner(folder: folder, id: id, name: name), submissionDigest: digest ?? "digest-" + folder, exercises: scores)
    }

    static var records: [LearnerRecord] {
        [
            record("carol", "s2", "Carol", [score("basics/scale", "compile error", 0, 0), score("basics/shift", "not submitted", 0, 0)]),
            record("alice", "s1", "Smith, Alice", [score("basics/scale", "passed", 5, 5),
                                                   score("basics/shift", "failed", 2.5, 3, failed: ["wraps around"])]),
            record("bob", "s2", "Bob", [score("basics/scale", "failed", 1, 5, failed: ["doubles", "keeps the length"]),
                                        score("basics/shift", "failed", 0, 3, failed: ["wraps around", "shifts by one"])]),
        ]
    }

    static func context(learners: [LearnerRecord] = records, notes: [String] = ["roster.csv: warning: a note"]) -> GradebookContext {
        GradebookContext(courseDigest: "course-1", submissionsDigest: GradebookPlan.submissionsDigest(learners.map { ($0.learner.folder, $0.submissionDigest) }),
                         learnerCount: learners.count,
                         exercises: [ExerciseColumn(id: "basics/scale", title: "Scale", maxPoints: 5),
                                     ExerciseColumn(id: "basics/shift", title: "Shift", maxPoints: 3)],
                         notes: notes)
    }

    static func gradebook() -> Gradebook {
        Gradebook(context: context(), records: records)
    }
}
