import CourseTestSupport
import Foundation
import Gradebook
import Testing

@Suite struct ClassListTests {
    @Test func foldersAreLearnersAndTheRestIsIgnored() throws {
        let folder = try TemporaryFolder(files: ["subs/zoe/x": "", "subs/adam/x": "", "subs/Émile/x": "", "subs/notes.txt": "",
                                                 "subs/.git/HEAD": "", "subs/_build/x": "", "subs/gradebook-reports/a.json": ""])
        let list = try ClassList.discover(submissions: folder.url("subs"), roster: nil, ignoring: [folder.url("subs/gradebook-reports")])
        #expect(list.learners.map(\.folder) == ["adam", "zoe", "Émile"])
        #expect(list.warnings.isEmpty)
    }

    @Test func theRosterNamesLearnersAndMissingOrUnlistedFoldersWarn() throws {
        let folder = try TemporaryFolder(files: ["subs/alice/x": "", "subs/bob/x": "", "subs/eve/x": ""])
        let roster = Roster(learners: [Learner(folder: "bob", id: "2", name: "Bob"), Learner(folder: "alice", id: "1", name: "Alice"),
                                       Learner(folder: "zed", id: "9", name: "Zed")], warnings: ["roster warning"])
        let list = try ClassList.discover(submissions: folder.url("subs"), roster: roster)
        #expect(list.learners == [Learner(folder: "alice", id: "1", name: "Alice"), Learner(folder: "bob", id: "2", name: "Bob"),
                                  Learner(folder: "eve"), Learner(folder: "zed", id: "9", name: "Zed")])
        #expect(list.missingFolders == ["zed"])
        #expect(list.warnings == [
            "roster warning",
            "\(folder.url("subs"))/zed: warning: the roster lists 'zed' but there is no such folder; every exercise is 'not submitted'",
            "\(folder.url("subs"))/eve: warning: 'eve' is not on the roster; graded with an empty id and name",
        ])
    }

    @Test func aMissingOrPlainFileSubmissionsFolderIsRefused() throws {
        let folder = try TemporaryFolder(files: ["file": ""])
        #expect(throws: GradebookError.missingInput(path: folder.url("none"), message: "no such submissions folder; give the folder that holds one folder per learner")) {
            try ClassList.discover(submissions: folder.url("none"), roster: nil)
        }
        #expect(throws: GradebookError.submissions(path: folder.url("file"), message: "not a readable folder; give the folder that holds one folder per learner")) {
            try ClassList.discover(submissions: folder.url("file"), roster: nil)
        }
    }
}
