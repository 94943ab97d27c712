@testable import CourseRelease
import CourseTestSupport
import Foundation
import Testing

/// Writing an edition: whole or not at all, never over anything.
@Suite struct EditionWriterTests {
    let edition = Edition(files: [
        "README.md": EditionFile(text: "# Hello\n"),
        "scripts/test": EditionFile(text: "#!/bin/sh\n", isExecutable: true),
        "Lessons/01-a/lesson.md": EditionFile(text: "text\n"),
    ])

    @Test func writesEveryFileWithItsModeIntoANewFolder() throws {
        let folder = try TemporaryFolder()
        try EditionWriter.write(edition, to: folder.url("edition"))
        #expect(folder.snapshot("edition").keys.sorted() == ["Lessons/01-a/lesson.md", "README.md", "scripts/test"])
        #expect(FileManager.default.isExecutableFile(atPath: folder.url("edition/scripts/test")))
        #expect(!FileManager.default.isExecutableFile(atPath: folder.url("edition/README.md")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["edition"], "no staging folder left")
    }

    @Test func writesIntoAnEmptyFolder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.url("edition"), withIntermediateDirectories: true)
        try EditionWriter.write(edition, to: folder.url("edition"))
        #expect(folder.snapshot("edition").count == 3)
    }

    @Test func refusesAFolderThatHoldsAnythingAndLeavesItAlone() throws {
        let folder = try TemporaryFolder(files: ["edition/mine.txt": "precious"])
        #expect(throws: ReleaseError.self) { try EditionWriter.write(edition, to: folder.url("edition")) }
        do {
            try EditionWriter.write(edition, to: folder.url("edition"))
        } catch {
            #expect(error.description == "\(folder.url("edition")): error: the folder exists and is not empty; choose a new --out or empty it yourself")
        }
        #expect(folder.snapshot("edition") == ["mine.txt": Data("precious".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["edition"])
    }

    @Test func refusesAFile() throws {
        let folder = try TemporaryFolder(files: ["edition": "a file"])
        #expect(throws: ReleaseError.self) { try EditionWriter.write(edition, to: folder.url("edition")) }
        #expect(folder.snapshot("") == ["edition": Data("a file".utf8)])
    }
}
