import CourseTestSupport
import Foundation
import Testing

/// `site/` is committed; this fails when `course build` would change it, so the site a
/// learner opens from a clone always matches the lessons beside it.
@Suite struct CommittedSiteTests {
    @Test func committedSiteIsWhatBuildWrites() throws {
        let root = CourseBinary.packageRoot
        let folder = try TemporaryFolder()
        let run = try CourseBinary.run(["build", "--lessons", root + "/Lessons", "--out", folder.url("site")], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let built = folder.snapshot("site")
        let committed = snapshotFiles(atPath: root + "/site")
        let stale = Set(built.keys).symmetricDifference(committed.keys).sorted()
            + built.keys.filter { committed[$0] != nil && committed[$0] != built[$0] }.sorted()
        #expect(stale.isEmpty, "site/ is out of date (\(stale.prefix(5).joined(separator: ", "))); run 'course build' and commit site/")
    }

}
