import Foundation
import Gradebook
import Testing

@Suite struct RosterTests {
    func parse(_ text: String) throws(GradebookError) -> Roster {
        try Roster.parse(Data(text.utf8), path: "roster.csv")
    }

    @Test func readsQuotedFieldsExtraColumnsAnyOrderBOMAndCRLF() throws {
        let roster = try parse("\u{FEFF}Name,Folder,email,ID\r\n\"Smith, Alice\",alice,a@x,s1\r\n\"O\"\"Neil\",bob,,s2\r\n\r\ncarol,carol,,\n")
        #expect(roster.learners == [Learner(folder: "alice", id: "s1", name: "Smith, Alice"),
                                    Learner(folder: "bob", id: "s2", name: "O\"Neil"),
                                    Learner(folder: "carol", id: "", name: "carol")])
        #expect(roster.warnings.isEmpty)
    }

    @Test func aNameMaySpanLines() throws {
        let roster = try parse("folder,id,name\nalice,1,\"Alice\nSecond line\"\n")
        #expect(roster.learners == [Learner(folder: "alice", id: "1", name: "Alice\nSecond line")])
    }

    @Test func aRepeatedIDWarnsAndKeepsBothRows() throws {
        let roster = try parse("folder,id,name\nbob,s2,Bob\ncarol,s2,Carol\ndave,s3,Dave\nerin,s3,Erin\n")
        #expect(roster.learners.map(\.folder) == ["bob", "carol", "dave", "erin"])
        #expect(roster.warnings == [
            "roster.csv: warning: the id 's2' is on row 2 ('bob'), row 3 ('carol'); both rows are kept",
            "roster.csv: warning: the id 's3' is on row 4 ('dave'), row 5 ('erin'); both rows are kept",
        ])
    }

    @Test(arguments: [
        ("folder,id\nalice,1\n", "roster.csv: error: the header row must name the columns folder,id,name; it is 'folder,id'"),
        ("folder,id,name\nalice,1,A\nalice,2,B\n", "roster.csv: error: row 3: the folder 'alice' is already on row 2; list each learner once"),
        ("folder,id,name\n,1,A\n", "roster.csv: error: row 2: the folder is empty; every row needs the learner's folder name"),
        ("folder,id,name\n../alice,1,A\n", "roster.csv: error: row 2: '../alice' is not a folder name; give the name of the learner's folder inside the submissions folder"),
        ("folder,id,name\n.git,1,A\n", "roster.csv: error: row 2: '.git' starts with '.'; such folders are ignored in the submissions folder, rename it"),
        ("folder,id,name\nal\"ice,1,A\n", "roster.csv: error: the roster is not valid CSV (Can't have non-quote here: i); check its quotes"),
    ])
    func badRostersAreRefusedInOneLine(text: String, message: String) {
        #expect(throws: GradebookError.self) { try parse(text) }
        do { _ = try parse(text) } catch { #expect(error.description == message) }
    }

    @Test func aRosterThatIsNotUTF8IsRefused() {
        #expect(throws: GradebookError.roster(path: "r.csv", message: "the roster is not UTF-8 text; export it as CSV UTF-8")) {
            try Roster.parse(Data([0x66, 0x6F, 0xFF, 0x0A]), path: "r.csv")
        }
    }

    @Test func aMissingRosterIsMissingInput() {
        #expect(throws: GradebookError.missingInput(path: "/nonexistent/r.csv", message: "no such roster; give a CSV file with the header row folder,id,name")) {
            try Roster.load("/nonexistent/r.csv")
        }
    }
}
