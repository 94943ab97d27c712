import Foundation
import Gradebook
import Testing

@Suite struct MergeTests {
    /// The parts a 3-way sharded run of ``Fixtures/records`` would write.
    func parts(count: Int = 3, context: GradebookContext = Fixtures.context()) -> [(path: String, part: GradebookPart)] {
        let sorted = Fixtures.records.sorted { $0.learner.folder < $1.learner.folder }
        return (1...count).map { index in
            let shard = Shard(index: index, count: count)!
            let learners = sorted.enumerated().filter { shard.contains(position: $0.offset) }.map { _, record in
                GradebookPart.Entry(folder: record.learner.folder, report: Self.report(record))
            }
            return ("part-\(index).json", GradebookPart(shard: shard, context: context, learners: learners))
        }
    }

    static func report(_ record: LearnerRecord) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return "{\"version\": 3, \"gradebook\": \(String(decoding: try! encoder.encode(record), as: UTF8.self))}\n"
    }

    @Test func mergedPartsMakeTheGradebookOfTheWholeClass() throws {
        let merged = try PartMerger.merge(parts().reversed())
        #expect(merged.gradebook == Fixtures.gradebook())
        #expect(GradebookCSV.render(merged.gradebook) == GradebookCSV.render(Fixtures.gradebook()))
        #expect(merged.reports.map(\.folder) == ["alice", "bob", "carol"])
    }

    @Test func partsRoundTripThroughTheirJSON() throws {
        for (path, part) in parts() {
            #expect(try GradebookPart.parse(Data(part.rendered().utf8), path: path) == part)
        }
    }

    @Test func aMissingShardIsNamed() {
        var given = parts()
        given.remove(at: 1)
        #expect(throws: GradebookError.parts(path: "--merge", message: "missing shard 2/3; merge all 3 parts of the run")) {
            try PartMerger.merge(given)
        }
    }

    @Test func aShardGivenTwiceIsRefused() {
        let given = parts() + [("copy.json", parts()[0].part)]
        #expect(throws: GradebookError.parts(path: "copy.json", message: "this part is shard 1/3, and so is part-1.json; give each shard once")) {
            try PartMerger.merge(given)
        }
    }

    @Test func partsOfDifferentCoursesOrClassesAreRefused() throws {
        var other = Fixtures.context()
        other.courseDigest = "course-2"
        var given = parts()
        given[2] = parts(context: other)[2]
        #expect(throws: GradebookError.parts(path: "part-3.json", message: "this part was graded against a different course, checks or grading setup than part-1.json; grade every shard with the same course")) {
            try PartMerger.merge(given)
        }
        other = Fixtures.context()
        other.submissionsDigest = "another class"
        given = parts()
        given[1] = parts(context: other)[1]
        #expect(throws: GradebookError.parts(path: "part-2.json", message: "this part was cut from a different set of submissions (or roster) than part-1.json; grade every shard from the same submissions")) {
            try PartMerger.merge(given)
        }
        #expect(throws: GradebookError.self) { try PartMerger.merge(parts(count: 2) + [parts(count: 3)[2]]) }
    }

    @Test func aLearnerWhoseSubmissionChangedBetweenShardsIsCaught() {
        var given = parts()
        var record = Fixtures.records[1]
        record.submissionDigest = "graded later, from a newer file"
        given[0].part.learners[0].report = Self.report(record)
        #expect(throws: GradebookError.parts(path: "--merge", message: "the parts hold 3 learners that do not add up to the class of 3 they were cut from; make the parts again")) {
            try PartMerger.merge(given)
        }
    }

    @Test func somethingElseIsNotAPart() {
        #expect(throws: GradebookError.parts(path: "x.json", message: "not a part written by 'course gradebook --shard K/N' (it cannot be read as one)")) {
            try GradebookPart.parse(Data("{\"version\": 3}".utf8), path: "x.json")
        }
    }
}
